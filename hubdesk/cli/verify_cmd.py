"""``hubdesk package verify``: verify packages (files or folders of ``*.asice``) for the Region's reviewers.

Exit 0 only when every package is TOTAL_PASSED without rule errors; 1 otherwise; 2 when an input
cannot be used at all (no such file, unreadable ``--trust`` file, nothing to verify).
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from hubdesk.cli.common import EXIT_INPUT, EXIT_OK, EXIT_REFUSED, CliContext, fail

PACKAGE_SUFFIXES = (".asice", ".sce")


def register(psub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    v = psub.add_parser("verify", help="verifica uno o più pacchetti firmati (anche una cartella intera)")
    v.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="pacchetto .asice, o cartella: tutti i .asice che contiene",
    )
    v.add_argument(
        "--trust",
        action="append",
        type=Path,
        default=[],
        metavar="PEM",
        help="certificati delle autorità attendibili (PEM, anche più d'uno); ripetibile",
    )
    v.add_argument("--json", action="store_true", help="esito in JSON (FORMATS.md §3)")
    v.add_argument(
        "--report", type=Path, metavar="FILE.csv", help="scrive un rapporto CSV, una riga per pacchetto"
    )
    v.set_defaults(handler=run_verify)


def expand(paths: list[Path], lang: str = "it") -> tuple[list[Path], str | None]:
    """Files as given, folders as their ``*.asice`` (sorted); or an error message."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PACKAGE_SUFFIXES)
        elif path.is_file():
            out.append(path)
        else:
            return [], (f"file not found: {path}" if lang == "en" else f"file non trovato: {path}")
    if not out:
        return [], "no .asice package to verify" if lang == "en" else "nessun pacchetto .asice da verificare"
    return out, None


def _quiet_pyhanko() -> None:
    """pyHanko logs every failed chain with a traceback; a verdict already says it, in plain words."""
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        for name in ("pyhanko", "pyhanko_certvalidator"):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def run_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.verify import format_summary, format_verdict, load_trust_roots, verify_many, write_csv

    packages, error = expand(args.paths, ctx.lang)
    if error:
        return fail(error, EXIT_INPUT)
    roots = load_trust_roots(args.trust)  # TrustStoreError -> exit 2 in cli.main
    _quiet_pyhanko()
    verdicts = verify_many(packages, roots)
    if args.json:
        print(json.dumps({"packages": [v.to_json(ctx.lang) for v in verdicts]}, ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(format_verdict(v, ctx.lang) for v in verdicts))
        if len(verdicts) > 1:
            print("\n" + format_summary(verdicts, ctx.lang))
    if args.report is not None:
        write_csv(verdicts, args.report, ctx.lang)
    return EXIT_OK if all(v.passed for v in verdicts) else EXIT_REFUSED
