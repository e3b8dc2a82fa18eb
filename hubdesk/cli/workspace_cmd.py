"""``hubdesk workspace check``: bring every dossier's library status up to date; ``workspace copy``.

The desktop library runs it in a separate process, so checking many (or very large) dossiers never
competes with the window for the interpreter; it is also handy after a large import by script.
"""

from __future__ import annotations

import argparse

from hubdesk.cli.common import EXIT_OK, CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("workspace", help="operazioni sull'area di lavoro")
    wsub = p.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    check = wsub.add_parser(
        "check", help="aggiorna lo stato (errori, avvisi, importi) dei dossier da verificare"
    )
    check.set_defaults(handler=_check)
    copy = wsub.add_parser(
        "copy",
        help="copia ogni dossier (cronologia, versioni, allegati) da un'area di lavoro a un'altra "
        "(file SQLite o server PostgreSQL), verificando l'impronta di ogni allegato",
    )
    copy.add_argument("source", metavar="SOURCE", help="file o URL postgresql+psycopg://… di origine")
    copy.add_argument(
        "target", metavar="TARGET", help="file o URL di destinazione (vuota o senza quei dossier)"
    )
    copy.set_defaults(handler=_copy)


def _check(ctx: CliContext, args: argparse.Namespace) -> int:
    print(ctx.workspace().refresh_status())
    return EXIT_OK


def _copy(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.services.copying import copy_workspace

    report = copy_workspace(args.source, args.target)
    if ctx.lang == "en":
        print(
            f"{report.dossiers} dossiers copied ({report.rows} rows), {report.blobs_copied} attachment files "
            f"({report.bytes_copied} bytes) copied and {report.blobs_present} already there, "
            "every hash verified"
        )
    else:
        print(
            f"{report.dossiers} dossier copiati ({report.rows} righe), {report.blobs_copied} file allegati "
            f"({report.bytes_copied} byte) copiati e {report.blobs_present} già presenti, "
            "ogni impronta verificata"
        )
    return EXIT_OK
