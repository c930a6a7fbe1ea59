"""Render the official forms of the demo year into docs/screenshots/forms_*.png.

    .venv/bin/python docs/screenshots/make_form_pages.py

Each form is written by `tbn4 form` into a temporary demo folder, as PDF and
(for the look in a real office suite) as DOCX/XLSX converted to PDF by
LibreOffice; the pages are rasterised with pdftoppm. A second Appendix 1 has
a fact of 3,000 characters, to show a row continued on the next page.
Needs LibreOffice (soffice) and poppler-utils (pdftoppm) on PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
YEAR = 2025
sys.path.insert(0, str(REPO))

FORMS = [
    ("app1", "pdf", ""),
    ("app1", "docx", ""),
    ("app2", "pdf", "Q1"),
    ("app3", "pdf", ""),
    ("app3", "xlsx", ""),
    ("app4", "pdf", ""),
    ("app4", "docx", ""),
    ("app5", "pdf", ""),
    ("inventory", "pdf", ""),
]


def tbn4(data: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "tbn4_desktop", "--data-dir", str(data), *args], check=True, stdout=subprocess.DEVNULL
    )


def office_fonts(work: Path) -> dict[str, str]:
    """LibreOffice's environment with the program's Liberation Serif, Word's
    Times New Roman's metric twin: a machine without it substitutes a wider
    face and the pages would not be the users' pages."""
    from tbn4_desktop.paths import resource_dir

    conf = work / "fonts.conf"
    conf.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{resource_dir() / "fonts"}</dir><cachedir>{work / "fc-cache"}</cachedir></fontconfig>
""",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def to_pdf(path: Path, work: Path) -> Path:
    if path.suffix == ".pdf":
        return path
    profile = (work / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "lo"),
            str(path),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=office_fonts(work),
    )
    return work / "lo" / f"{path.stem}.pdf"


def pages(pdf: Path, stem: str, last: int = 1) -> None:
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", str(last), str(pdf), str(OUT / stem)], check=True)
    for png in OUT.glob(f"{stem}-*.png"):  # pdftoppm numbers the pages: forms_app1_pdf-1.png
        png.rename(OUT / f"{stem}_p{int(png.stem.rsplit('-', 1)[1])}.png")


def long_fact(data: Path) -> None:
    """A 2.1.1 fact whose reply runs to 3,000 characters, written through the app's services."""
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.executions import find_year_plan, list_executions
    from tbn4_desktop.services.organizations import get_current_organization
    from tbn4_desktop.services.registers import list_rows, save_rows

    words = (
        "Проверка установила, что главный специалист отдела документооборота в период с января по "
        "март без уведомления руководства совмещал службу с оплачиваемой работой в коммерческой "
        "организации; материалы направлены в уполномоченный орган, приняты меры дисциплинарного "
        "воздействия. "
    )
    fact = {
        "category": "Административное",
        "event_date": f"{YEAR}-03-12",
        "event_place": "г. Тараз, ул. Абая, 12",
        "offender_position": "главный специалист отдела документооборота",
        "offender_name": "Касымов Арман Болатович",
        "damage": "1250000",
        "report_letter": "письмо в Департамент АПК по Жамбылской области от 14.03.2025 № 02-15/311",
        "authority_answer": (words * 12)[:3000].rstrip(),
    }
    ctx = open_app(data)
    try:
        register = ctx.catalog_for_year(YEAR).subtask("2.1.1").register
        with ctx.store.session() as s:
            plan = find_year_plan(s, get_current_organization(s).id, YEAR)
            execution = next(e for e in list_executions(s, plan.id) if e.subtask_code == "2.1.1")
            rows = [dict(r.values) for r in list_rows(s, execution.id, register)]
            save_rows(s, execution.id, register, [*rows, fact])
    finally:
        ctx.close()


def main() -> int:
    for old in OUT.glob("forms_*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = work / "data"
        tbn4(data, "demo", "--year", str(YEAR))
        for name, fmt, period in FORMS:
            out = work / f"{name}.{fmt}"
            tbn4(data, "form", name, "--year", str(YEAR), *(["--period", period] if period else []), "--out", str(out))
            pages(to_pdf(out, work), f"forms_{name}_{fmt}", last=2)
        long_fact(data)
        out = work / "app1_long.pdf"
        tbn4(data, "form", "app1", "--year", str(YEAR), "--out", str(out))
        pages(out, "forms_app1_long_fact", last=3)
    print("\n".join(sorted(p.name for p in OUT.glob("forms_*.png"))))
    return 0


if __name__ == "__main__":
    if not shutil.which("soffice") or not shutil.which("pdftoppm"):
        sys.exit("LibreOffice (soffice) and poppler-utils (pdftoppm) are needed.")
    sys.exit(main())
