"""``hubdesk package verify``: verify packages (files or folders of ``*.asice``) for the Region's reviewers.

Exit 0 only when every package is TOTAL_PASSED without rule errors; 1 otherwise; 2 when an input
cannot be used at all (no such file, unreadable ``--trust`` file, nothing to verify).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.cli.common import EXIT_INPUT, EXIT_OK, EXIT_REFUSED, CliContext, fail
from hubdesk.fileio import FileReadError, check_input

if TYPE_CHECKING:
    from hubdesk.verify.verdict import PackageVerdict

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
        help="certificati delle autorità attendibili (PEM/DER o lista di fiducia XML); ripetibile. "
        "Senza: l'archivio fiduciario (hubdesk trust add)",
    )
    v.add_argument(
        "--workers", type=int, default=None, metavar="N", help="processi in parallelo (default: 2)"
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
        else:
            try:
                check_input(path, regular=True)  # a package is read by seeking: a device is refused
            except FileReadError as exc:
                return [], exc.message(lang)
            out.append(path)
    if not out:
        return [], "no .asice package to verify" if lang == "en" else "nessun pacchetto .asice da verificare"
    return out, None


def _duplicates_text(verdicts: list[PackageVerdict], lang: str) -> str:
    pairs = [f"{Path(v.path).name} ↔ {', '.join(v.duplicates)}" for v in verdicts if v.duplicates]
    title = "Same municipality or CUP in the folder" if lang == "en" else "Stesso comune o CUP nella cartella"
    return title + ":\n" + "\n".join(f"  {p}" for p in pairs)


def run_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.verify import format_summary, format_verdict, write_csv
    from hubdesk.verify.batch import mark_duplicates, verify_in_order
    from hubdesk.verify.truststore import TrustStore, trust_from_files

    packages, error = expand(args.paths, ctx.lang)
    if error:
        return fail(error, EXIT_INPUT)
    if args.workers is not None and args.workers < 1:
        return fail("--workers must be at least 1" if ctx.lang == "en" else "--workers deve essere almeno 1")
    trust = trust_from_files(args.trust) if args.trust else TrustStore().trust()  # errors -> exit 2
    first = True

    def show(verdict) -> None:  # type: ignore[no-untyped-def]
        nonlocal first
        print(("" if first else "\n") + format_verdict(verdict, ctx.lang), flush=True)
        first = False

    verdicts = verify_in_order(packages, trust, workers=args.workers, on_verdict=None if args.json else show)
    mark_duplicates(verdicts)
    if args.json:
        print(json.dumps({"packages": [v.to_json(ctx.lang) for v in verdicts]}, ensure_ascii=False, indent=2))
    else:
        if any(v.duplicates for v in verdicts):
            print("\n" + _duplicates_text(verdicts, ctx.lang))
        if len(verdicts) > 1:
            print("\n" + format_summary(verdicts, ctx.lang))
    if args.report is not None:
        write_csv(verdicts, args.report, ctx.lang)
    return EXIT_OK if all(v.passed for v in verdicts) else EXIT_REFUSED
