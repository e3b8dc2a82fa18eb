"""``hubdesk trust add/list/remove``: the reviewer's trust store (FORMATS.md §5)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hubdesk.cli.common import EXIT_OK, CliContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    trust = sub.add_parser("trust", help="archivio delle autorità di certificazione attendibili")
    tsub = trust.add_subparsers(dest="trust_command", metavar="SUBCOMMAND", required=True)
    add = tsub.add_parser("add", help="aggiunge certificati PEM/DER, cartelle o liste di fiducia ETSI (XML)")
    add.add_argument("paths", nargs="+", type=Path, metavar="FILE|FOLDER")
    add.set_defaults(handler=run_add)
    lst = tsub.add_parser("list", help="elenca i certificati attendibili")
    lst.add_argument("--json", action="store_true", help="elenco in JSON")
    lst.set_defaults(handler=run_list)
    rm = tsub.add_parser("remove", help="toglie un certificato (impronta SHA-256, anche solo l'inizio)")
    rm.add_argument("fingerprint", metavar="FINGERPRINT")
    rm.set_defaults(handler=run_remove)


def run_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.verify.truststore import TrustStore, read_anchor_files

    anchors = read_anchor_files(list(args.paths))  # TrustStoreError -> exit 2, nothing written
    store = TrustStore()
    added = store.add(anchors)
    en = ctx.lang == "en"
    for a in anchors:
        print(f"{a.fingerprint}  {a.subject_text(ctx.lang)}")
    n = len(added)
    if en:
        print(
            f"{n} certificate{'s' if n != 1 else ''} added ({len(anchors) - n} already present): {store.path}"
        )
    else:
        print(
            f"{n} certificat{'o aggiunto' if n == 1 else 'i aggiunti'} "
            f"({len(anchors) - n} già presenti): {store.path}"
        )
    return EXIT_OK


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.verify.report import day
    from hubdesk.verify.truststore import TrustStore

    store = TrustStore()
    anchors = store.anchors()
    if args.json:
        print(json.dumps({"certificates": [a.public() for a in anchors]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not anchors:
        print(
            "No trusted certificate: add some with hubdesk trust add"
            if ctx.lang == "en"
            else "Nessun certificato attendibile: aggiungerli con hubdesk trust add"
        )
        return EXIT_OK
    until = "valid until" if ctx.lang == "en" else "valido fino al"
    for a in anchors:
        dated = f", {day(a.as_of, ctx.lang)}" if a.as_of else ""
        valid = f"{until} {day(a.not_after, ctx.lang)}"
        print(f"{a.fingerprint}  {a.subject_text(ctx.lang)}  ({valid}; {a.source}{dated})")
    return EXIT_OK


def run_remove(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.verify.truststore import TrustStore

    removed = TrustStore().remove(args.fingerprint)  # TrustStoreError -> exit 2
    print(
        ("Removed: " if ctx.lang == "en" else "Rimosso: ")
        + f"{removed.fingerprint}  {removed.subject_text(ctx.lang)}"
    )
    return EXIT_OK
