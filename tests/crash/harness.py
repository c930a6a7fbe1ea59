"""Kill a worker at a random moment of a real operation, start again, judge.

Each scenario prepares a template data folder once. A run copies it, forks a
worker that opens the copy and does the operation (the parent has imported
the app already, so a run costs milliseconds, not an interpreter start), and
SIGKILLs the worker after a random delay drawn from the operation's measured
length. Then the «next start» opens the folder as the app does (which sweeps
our stale temporary files) and the scenario's judge asserts: the database is
sound, no action the worker reported committed is lost, an operation is
applied wholly or not at all, and nothing of ours is left behind.

A worker reports a committed action by appending a line to `actions.log`
with fsync *after* the commit returned, so every logged action must survive.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tbn4_desktop.core.sqlite_copy import integrity_problems
from tbn4_desktop.services.context import AppContext, open_app
from tbn4_desktop.store import DB_FILE

ACTIONS_LOG = "actions.log"
# Names our temporary files and staging folders have had or have: after the
# next start none may remain anywhere in the data folder or an output folder.
TEMP_MARKERS = (".part", ".import-", ".incoming.", "~tbn4-", ".tmp-")


@dataclass
class Scenario:
    name: str
    prepare: Callable[[Path], None]  # fills the template folder once
    work: Callable[[Path], None]  # runs in the worker, on a copy
    judge: Callable[[Path, AppContext, list[str]], None]  # folder, reopened ctx, logged actions
    # Output folders outside the data folder a scenario writes into (relative to the run folder).
    outputs: tuple[str, ...] = ()


@dataclass
class RunResult:
    scenario: str
    delay: float
    killed: bool
    failures: list[str] = field(default_factory=list)


def log_action(run_dir: Path, text: str) -> None:
    """Called by a worker after a commit returned."""
    with (run_dir / ACTIONS_LOG).open("a", encoding="utf-8") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def logged_actions(run_dir: Path) -> list[str]:
    path = run_dir / ACTIONS_LOG
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def temp_leftovers(folder: Path) -> list[str]:
    """Our temporary names, and backup folders a killed backup left without their manifest."""
    from tbn4_desktop.core.backup import MANIFEST_NAME, is_backup_name

    if not folder.exists():
        return []
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if any(marker in p.name for marker in TEMP_MARKERS)
        or (p.is_dir() and is_backup_name(p.name) and not (p / MANIFEST_NAME).exists())
    )


def _worker(scenario: Scenario, run_dir: Path) -> None:
    # The forked child must not run the parent's atexit handlers or flush its buffers twice.
    try:
        scenario.work(run_dir)
    except BaseException:  # noqa: BLE001 - a worker's failure is judged by the parent
        os._exit(3)
    os._exit(0)


def _fork_run(scenario: Scenario, run_dir: Path, delay: float | None) -> tuple[bool, int | None]:
    """(killed, exit code) of one worker; delay None: let it finish."""
    process = multiprocessing.get_context("fork").Process(target=_worker, args=(scenario, run_dir))
    process.start()
    if delay is not None:
        process.join(delay)
        if process.is_alive():
            os.kill(process.pid, signal.SIGKILL)
            process.join()
            return True, None
    process.join()
    return False, process.exitcode


def measure(scenario: Scenario, template: Path, scratch: Path) -> float:
    """Seconds one uninterrupted run of the operation takes (the kill window)."""
    run_dir = scratch / f"{scenario.name}-measure"
    shutil.copytree(template, run_dir)
    started = time.perf_counter()
    killed, code = _fork_run(scenario, run_dir, None)
    elapsed = time.perf_counter() - started
    assert not killed and code == 0, f"{scenario.name}: the uninterrupted run failed (exit {code})"
    return elapsed


def run_once(scenario: Scenario, template: Path, scratch: Path, n: int, delay: float) -> RunResult:
    run_dir = scratch / f"{scenario.name}-{n}"
    shutil.copytree(template, run_dir)
    killed, code = _fork_run(scenario, run_dir, delay)
    result = RunResult(scenario.name, delay, killed)
    if not killed and code != 0:
        result.failures.append(f"worker exited with {code}")
    data_dir = run_dir / "data"
    problems = integrity_problems(data_dir / DB_FILE)
    if problems:
        result.failures.append(f"integrity before the next start: {problems[:3]}")
        return result
    try:
        ctx = open_app(data_dir)  # «the next start»: migrations, start-up sweep
    except Exception as exc:  # noqa: BLE001 - any failure to start is the finding
        result.failures.append(f"the next start failed: {exc}")
        return result
    try:
        scenario.judge(run_dir, ctx, logged_actions(run_dir))
    except AssertionError as exc:
        result.failures.append(str(exc))
    finally:
        ctx.close()
    for folder in (data_dir, *(run_dir / o for o in scenario.outputs)):
        left = temp_leftovers(folder)
        if left:
            result.failures.append(f"leftovers in {folder.name}: {left[:5]}")
    if result.failures:
        result.failures.insert(0, f"run {n}, killed after {delay:.3f} s")
    else:
        shutil.rmtree(run_dir, ignore_errors=True)
    return result


def run_scenario(scenario: Scenario, scratch: Path, runs: int, seed: int) -> list[RunResult]:
    template = scratch / f"{scenario.name}-template"
    template.mkdir(parents=True)
    scenario.prepare(template)
    # The shortest of two runs: a shared, loaded machine makes single timings long.
    window = min(measure(scenario, template, scratch / "m1"), measure(scenario, template, scratch / "m2"))
    rng = random.Random(seed)
    # Inside the operation as measured; a slower run is still killed mid-way.
    delays = [rng.uniform(0.0, window) for _ in range(runs)]
    return [run_once(scenario, template, scratch, n, d) for n, d in enumerate(delays)]
