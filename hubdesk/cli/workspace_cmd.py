"""``hubdesk workspace check``: bring every dossier's library status up to date.

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


def _check(ctx: CliContext, args: argparse.Namespace) -> int:
    print(ctx.workspace().refresh_status())
    return EXIT_OK
