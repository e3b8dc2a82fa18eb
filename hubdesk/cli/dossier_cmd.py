"""``hubdesk dossier list|import|export|clone|patch``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hubdesk.cli.common import EXIT_CONFLICT, EXIT_INPUT, CliContext, fail
from hubdesk.money import format_eur


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("dossier", help="elenca, importa, esporta dossier")
    dsub = p.add_subparsers(dest="dossier_command", metavar="ACTION", required=True)
    lst = dsub.add_parser("list", help="elenca i dossier dell'area di lavoro")
    lst.add_argument("--json", action="store_true", help="output JSON")
    lst.set_defaults(handler=_list)
    imp = dsub.add_parser(
        "import",
        help="importa un documento .json, un dossier con allegati .hubdesk.zip o un pacchetto .asice",
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--attachments", type=Path, metavar="DIR", help="cartella con i file degli allegati")
    imp.add_argument(
        "--trust",
        type=Path,
        action="append",
        metavar="FILE",
        help="pacchetto .asice: certificati CA attendibili (default: l'archivio di hubdesk trust)",
    )
    imp.add_argument(
        "--accept-unverified",
        action="store_true",
        help="pacchetto .asice: importa anche se la verifica non dà TOTAL_PASSED",
    )
    imp.set_defaults(handler=_import)
    exp = dsub.add_parser(
        "export",
        help="esporta il documento canonico (FILE.json, allegati in --attachments DIR) "
        "o il dossier con i suoi allegati in un solo file (FILE.hubdesk.zip)",
    )
    exp.add_argument("id")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.json|FILE.hubdesk.zip")
    exp.add_argument("--attachments", type=Path, metavar="DIR")
    exp.set_defaults(handler=_export)
    cln = dsub.add_parser("clone", help="copia un dossier (nuovo id) e stampa il nuovo id")
    cln.add_argument("id")
    cln.set_defaults(handler=_clone)
    pat = dsub.add_parser(
        "patch", help="applica una JSON Patch (RFC 6902) in una sola transazione e stampa la nuova versione"
    )
    pat.add_argument("id")
    pat.add_argument("file", metavar="FILE|-", help="file JSON Patch, o - per lo standard input")
    pat.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="rifiuta (codice 3) se il dossier non è più alla versione N",
    )
    pat.set_defaults(handler=_patch)


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    rows = ctx.workspace().list_dossiers()
    if args.json:
        payload = {
            "dossiers": [
                {
                    "id": r.id,
                    "municipality": r.municipality,
                    "title": r.title,
                    "acronym": r.acronym,
                    "modified": r.modified,
                    "version": r.version,
                }
                for r in rows
            ]
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Nessun dossier nell'area di lavoro." if ctx.lang == "it" else "No dossiers in the workspace.")
        return 0
    for r in rows:
        grant = format_eur(r.requested_fesr_cents + r.requested_fse_cents)
        state = (
            f"{r.errors} errori, {r.warnings} avvisi"
            if ctx.lang == "it"
            else f"{r.errors} errors, {r.warnings} warnings"
        )
        print(f"{r.id}  {r.municipality:<28} {r.acronym:<12} {grant:>16}  {state}  {r.modified[:16]}")
    return 0


def _verify_first(ctx: CliContext, args: argparse.Namespace) -> int | None:
    """A package is verified before the copy is made: the verdict is printed; unless it is
    TOTAL_PASSED the import stops (exit 2) without ``--accept-unverified``."""
    from hubdesk.verify import format_verdict
    from hubdesk.verify.importing import import_allowed, refusal, verify_before_import
    from hubdesk.verify.truststore import trust_from_files

    trust = trust_from_files(args.trust) if args.trust else None  # errors -> exit 2
    verdict = verify_before_import(args.file, trust)
    print(format_verdict(verdict, ctx.lang), flush=True)
    if import_allowed(verdict):
        return None
    if not args.accept_unverified:
        return fail(refusal(verdict, ctx.lang), EXIT_INPUT)
    note = (
        "imported although not verified (--accept-unverified)"
        if ctx.lang == "en"
        else "importato benché non verificato (--accept-unverified)"
    )
    print(f"hubdesk: {note}", file=sys.stderr)
    return None


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.file.suffix.lower() in (".asice", ".sce") and args.file.is_file():
        refused = _verify_first(ctx, args)
        if refused is not None:
            return refused
    elif (args.trust or args.accept_unverified) and args.file.suffix.lower() not in (".asice", ".sce"):
        return fail(
            "--trust and --accept-unverified are for .asice packages"
            if ctx.lang == "en"
            else "--trust e --accept-unverified valgono per i pacchetti .asice",
            EXIT_INPUT,
        )
    ws = ctx.workspace()
    new_id = ws.import_file(args.file, args.attachments)
    missing = len(ws.get(new_id).document["attachments"]) - len(ws.attachment_facts(new_id))
    if missing:
        note = (
            f"{missing} allegati importati senza il file (indicare --attachments DIR): "
            "la verifica li segnalerà (ATT-001)"
            if ctx.lang == "it"
            else f"{missing} attachments imported without their file (give --attachments DIR): "
            "validation will report them (ATT-001)"
        )
        print(f"hubdesk: {note}", file=sys.stderr)
    print(new_id)
    return 0


def _export(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.out.name.lower().endswith(".zip"):
        if args.attachments is not None:
            print(
                "hubdesk: "
                + (
                    "--attachments non serve con un file .zip: gli allegati sono già dentro"
                    if ctx.lang == "it"
                    else "--attachments is not used with a .zip file: the attachments are inside it"
                ),
                file=sys.stderr,
            )
            return 2
        ctx.workspace().export_bundle(args.id, args.out)
        return 0
    ctx.workspace().export_to(args.id, args.out, args.attachments)
    return 0


def _clone(ctx: CliContext, args: argparse.Namespace) -> int:
    print(ctx.workspace().clone(args.id).id)
    return 0


def _read_patch(ctx: CliContext, source: str) -> object:
    from hubdesk.document import DocumentError
    from hubdesk.document.canonical import load_patch

    try:
        return load_patch(sys.stdin.buffer if source == "-" else Path(source))
    except DocumentError as exc:
        if source == "-":
            it, en = "La patch dallo standard input", "The patch from standard input"
        else:
            it, en = f"La patch {source}", f"The patch {source}"
        raise _Unusable(
            f"{it} non è utilizzabile: {exc.message_it}", f"{en} is not usable: {exc.message_en}"
        ) from exc


class _Unusable(Exception):
    def __init__(self, it: str, en: str) -> None:
        super().__init__(it)
        self.it, self.en = it, en


def _patch(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.services.errors import ConflictError

    try:
        patch = _read_patch(ctx, args.file)
    except _Unusable as exc:
        return fail(exc.en if ctx.lang == "en" else exc.it, EXIT_INPUT)
    try:
        state = ctx.workspace().patch(args.id, patch, args.expect_version)
    except ConflictError as exc:
        return fail(exc.message(ctx.lang), EXIT_CONFLICT)
    print(state.version)
    return 0
