"""``hubdesk diff A B [--json] [--pdf FILE]``: compare two rounds; exit 0 same, 1 different, 2 unusable."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hubdesk.cli.common import EXIT_OK, EXIT_REFUSED, CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "diff",
        help="confronta due versioni di un dossier (file .json, pacchetto .asice, ID o ID@N)",
    )
    p.add_argument("a", metavar="A", help="prima versione: FILE.json, FILE.asice, ID o ID@N")
    p.add_argument("b", metavar="B", help="seconda versione: FILE.json, FILE.asice, ID o ID@N")
    p.add_argument("--json", action="store_true", help="output JSON")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="scrive il «Prospetto delle modifiche» in PDF")
    p.set_defaults(handler=_diff)


def _diff(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.diff import diff_rounds, resolve_round
    from hubdesk.diff.text import render_text

    a = resolve_round(args.a, ctx.workspace)
    b = resolve_round(args.b, ctx.workspace)
    result = diff_rounds(a, b)
    if args.pdf is not None:
        from hubdesk.diff.pdf import write_changes_pdf

        write_changes_pdf(result, args.pdf)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_text(result, ctx.lang), end="")
    return EXIT_OK if result.same else EXIT_REFUSED
