"""``hubdesk dossier list|import|export``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hubdesk.cli.common import CliContext
from hubdesk.money import format_eur


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("dossier", help="elenca, importa, esporta dossier")
    dsub = p.add_subparsers(dest="dossier_command", metavar="ACTION", required=True)
    lst = dsub.add_parser("list", help="elenca i dossier dell'area di lavoro")
    lst.add_argument("--json", action="store_true", help="output JSON")
    lst.set_defaults(handler=_list)
    imp = dsub.add_parser("import", help="importa un documento .json o un pacchetto .asice")
    imp.add_argument("file", type=Path)
    imp.add_argument("--attachments", type=Path, metavar="DIR", help="cartella con i file degli allegati")
    imp.set_defaults(handler=_import)
    exp = dsub.add_parser("export", help="esporta il documento canonico (e gli allegati)")
    exp.add_argument("id")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    exp.add_argument("--attachments", type=Path, metavar="DIR")
    exp.set_defaults(handler=_export)


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


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
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
    ctx.workspace().export_to(args.id, args.out, args.attachments)
    return 0
