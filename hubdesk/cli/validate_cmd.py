"""``hubdesk validate FILE.json | --dossier ID [--json]``: exit 0 no errors, 1 errors, 2 unusable input."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hubdesk.cli.common import EXIT_INPUT, EXIT_OK, EXIT_REFUSED, CliContext, fail


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("validate", help="verifica un dossier (schema + regole del bando)")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE.json")
    p.add_argument(
        "--dossier", metavar="ID", help="un dossier dell'area di lavoro (verifica anche i byte allegati)"
    )
    p.add_argument("--json", action="store_true", help="output JSON")
    p.set_defaults(handler=_validate)


def _validate(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.callprofile import load_call_profile
    from hubdesk.document import load_path
    from hubdesk.validation import format_text_report, validate_document

    if (args.file is None) == (args.dossier is None):
        return fail("indicare un file FILE.json oppure --dossier ID (uno solo dei due)", EXIT_INPUT)
    if args.dossier:
        result = ctx.workspace().validate(args.dossier, rehash=True)  # every stored byte read again
    else:
        doc = load_path(args.file)
        result = validate_document(doc, load_call_profile())
    if args.json:
        print(json.dumps(result.to_json(ctx.lang), ensure_ascii=False, indent=2))
    else:
        print(format_text_report(result, ctx.lang))
    return EXIT_REFUSED if result.errors else EXIT_OK
