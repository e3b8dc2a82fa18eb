"""``hubdesk package build``: build and sign the submission package of a dossier.

Secrets never come from the command line: a password or PIN is read from the environment variable
named by ``--password-env`` / ``--pin-env``, or asked on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.cli import verify_cmd
from hubdesk.cli.common import EXIT_INPUT, EXIT_OK, EXIT_REFUSED, CliContext, fail

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("package", help="pacchetto di invio firmato (.asice)")
    psub = p.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    b = psub.add_parser("build", help="genera e firma il pacchetto (rifiuta se ci sono errori)")
    b.add_argument("--dossier", required=True, metavar="ID")
    b.add_argument("--out", required=True, type=Path, metavar="FILE.asice")
    src = b.add_mutually_exclusive_group(required=True)
    src.add_argument("--p12", type=Path, metavar="FILE", help="certificato di firma in un file PKCS#12")
    src.add_argument("--pkcs11-module", metavar="LIB", help="libreria PKCS#11 della smart card o del token")
    b.add_argument("--password-env", metavar="VAR", help="variabile d'ambiente con la password del file .p12")
    b.add_argument("--token-label", metavar="L")
    b.add_argument("--key-label", metavar="K")
    b.add_argument("--pin-env", metavar="VAR", help="variabile d'ambiente con il PIN")
    b.set_defaults(handler=_build)
    verify_cmd.register(psub)


def _secret(var: str | None, prompt: str) -> str | None:
    if var:
        value = os.environ.get(var)
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(prompt)
        except EOFError:  # Ctrl-D: nothing typed
            print(file=sys.stderr)
            return None
    return None


def _signer_factory(args: argparse.Namespace) -> Callable[[], Signer] | str:
    """A factory that opens the signer, or an error message (Italian) when inputs are missing."""
    from hubdesk.signing import load_pkcs12_signer, open_pkcs11_signer  # pyHanko: loaded only to sign

    if args.p12:
        password = _secret(args.password_env, "Password del certificato: ")
        if password is None:
            return "password mancante: indicare --password-env VAR (la variabile deve esistere)"
        return lambda: load_pkcs12_signer(args.p12, password)
    if not args.token_label:
        return "con --pkcs11-module indicare anche --token-label"
    pin = _secret(args.pin_env, "PIN: ")
    if pin is None:
        return "PIN mancante: indicare --pin-env VAR (la variabile deve esistere)"
    return lambda: open_pkcs11_signer(args.pkcs11_module, args.token_label, args.key_label, pin=pin)


def _warn_if_not_legal_representative(ctx: CliContext, dossier_id: str, signer: Signer) -> None:
    """The package must be signed by the legal representative: say so before signing with another
    (the same check the app's signing dialog asks the officer to acknowledge)."""
    from hubdesk.verify.signer import signing_warnings

    for problem in signing_warnings(ctx.workspace().get(dossier_id).document, signer.signing_cert):
        print(f"hubdesk: {problem.text(ctx.lang)}", file=sys.stderr)


def _build(ctx: CliContext, args: argparse.Namespace) -> int:
    from hubdesk.package import PackageRefused
    from hubdesk.services.packaging import build_submission
    from hubdesk.signing import close_signer

    factory = _signer_factory(args)
    if isinstance(factory, str):
        return fail(factory, EXIT_INPUT)
    opened: list[Signer] = []

    def open_once() -> Signer:
        signer = factory()
        opened.append(signer)
        _warn_if_not_legal_representative(ctx, args.dossier, signer)
        return signer

    try:
        outcome = build_submission(ctx.workspace(), args.dossier, args.out, open_once)
    except PackageRefused as exc:
        print(f"hubdesk: {exc.message(ctx.lang)}", file=sys.stderr)
        for issue in exc.issues:
            print(f"  {issue.rule} {issue.path}: {issue.message(ctx.lang)}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        for signer in opened:
            close_signer(signer)
    print(f"{outcome.result.path}")
    print(f"sha256 {outcome.result.sha256}  versione {outcome.version}")
    return EXIT_OK
