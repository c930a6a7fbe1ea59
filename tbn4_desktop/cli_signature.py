"""`tbn4 signature FILE [--data FILE] [--crl FILE] [--json]`: «Сведения о
подписи» of a CMS (PKCS#7) signature, detached (with --data) or attached.

Exit 0 when the signature was read, even when a check failed (the report
says so); 1 with one line when the file is not a signature, cannot be read,
is too big, or is detached and --data is missing. Trust: the НУЦ РК
certificates shipped in resources/certs/nca and those an administrator put
into <data dir>/certs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tbn4_desktop.cli_context import Refused, _data_dir
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.i18n import tr

MAX_BYTES = 50 * 1024 * 1024


def _read(name: str) -> bytes:
    path = Path(name).expanduser()
    try:
        if path.is_dir():
            raise Refused(tr("«{path}» — папка, а не файл: укажите файл.").format(path=path))
        if path.stat().st_size > MAX_BYTES:
            raise Refused(
                tr("Файл «{path}» больше 50 МБ: такие файлы подписи и документы не принимаются.").format(path=path)
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Refused(tr("Файл не прочитан. {error}").format(error=describe_os_error(exc, path))) from None
    if len(data) > MAX_BYTES:
        raise Refused(
            tr("Файл «{path}» больше 50 МБ: такие файлы подписи и документы не принимаются.").format(path=path)
        )
    return data


def trust_folders(args: argparse.Namespace) -> list[Path]:
    from tbn4_desktop.services.signatures import trust_folders as folders

    return folders(_data_dir(args))


def cmd_signature(args: argparse.Namespace) -> int:
    from tbn4_desktop.core.esign.cms import SignatureError
    from tbn4_desktop.core.esign.report import report_lines, report_to_dict
    from tbn4_desktop.core.esign.verify import (
        DocumentNeeded,
        check_signature,
        trusted_certificates,
    )

    signature = _read(args.file)
    document = _read(args.data) if args.data is not None else None
    crl = _read(args.crl) if args.crl is not None else None
    try:
        report = check_signature(signature, document, trusted_certificates(trust_folders(args)), crl=crl)
    except DocumentNeeded:
        raise Refused(tr("Подпись отделена от документа: укажите подписанный документ параметром --data.")) from None
    except SignatureError as exc:
        raise Refused(" ".join(str(exc).split())) from None
    if args.json:
        print(json.dumps(report_to_dict(report), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report)))
    return 0
