"""Signer from a PKCS#11 token (smart card or USB key of an Italian certifier, or SoftHSM in tests).

The returned pyHanko signer keeps a logged-in session open: call :func:`close_signer` when done.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pkcs11
from asn1crypto import x509
from pkcs11 import Attribute, ObjectClass
from pkcs11 import exceptions as p11e
from pyhanko.sign.pkcs11 import PKCS11Signer
from pyhanko.sign.signers import Signer

from hubdesk.signing.certificates import check_certificate
from hubdesk.signing.errors import SigningError


def _open_session(module_path: str, token_label: str, pin: str) -> pkcs11.Session:
    if not Path(module_path).is_file():
        raise SigningError(
            f"Libreria PKCS#11 non trovata: {module_path}", f"PKCS#11 library not found: {module_path}"
        )
    try:
        lib = pkcs11.lib(module_path)
        token = lib.get_token(token_label=token_label)
    except (p11e.NoSuchToken, p11e.TokenNotPresent) as exc:
        raise SigningError(
            f'Dispositivo di firma "{token_label}" non trovato: inserire la smart card o la chiavetta',
            f'Signing token "{token_label}" not found',
        ) from exc
    except p11e.MultipleTokensReturned as exc:
        raise SigningError(
            f'Più dispositivi con etichetta "{token_label}": lasciarne inserito uno solo',
            f'Several tokens labelled "{token_label}"',
        ) from exc
    except (OSError, RuntimeError, p11e.PKCS11Error) as exc:
        raise SigningError(
            f"Impossibile usare la libreria PKCS#11 {module_path}: {exc}",
            f"Cannot use PKCS#11 library {module_path}: {exc}",
        ) from exc
    try:
        return token.open(user_pin=pin)
    except (p11e.PinIncorrect, p11e.PinInvalid, p11e.PinLenRange) as exc:
        raise SigningError("PIN errato", "Wrong PIN") from exc
    except p11e.PinLocked as exc:
        raise SigningError(
            "PIN bloccato: sbloccarlo con il PUK del dispositivo", "PIN locked: unblock it with the PUK"
        ) from exc
    except p11e.PinExpired as exc:
        raise SigningError("PIN scaduto: cambiarlo prima di firmare", "PIN expired") from exc


def _find_key_and_cert(session: pkcs11.Session, key_label: str | None) -> tuple[bytes, x509.Certificate]:
    query: dict[Attribute, object] = {Attribute.CLASS: ObjectClass.PRIVATE_KEY}
    if key_label is not None:
        query[Attribute.LABEL] = key_label
    keys = list(session.get_objects(query))
    if not keys:
        what = f' con etichetta "{key_label}"' if key_label else ""
        raise SigningError(
            f"Chiave privata di firma{what} non trovata sul dispositivo",
            f"Private signing key{' labelled ' + key_label if key_label else ''} not found on the token",
        )
    if len(keys) > 1:
        raise SigningError(
            "Il dispositivo contiene più chiavi: indicare l'etichetta della chiave di firma",
            "The token holds several keys: give the signing key's label",
        )
    key_id = keys[0][Attribute.ID]
    certs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.ID: key_id}))
    if not certs:
        raise SigningError(
            "Certificato di firma associato alla chiave non trovato sul dispositivo",
            "No certificate matching the signing key on the token",
        )
    return key_id, x509.Certificate.load(certs[0][Attribute.VALUE])


def open_pkcs11_signer(
    module_path: str,
    token_label: str,
    key_label: str | None = None,
    *,
    pin: str,
    at: datetime | None = None,
) -> PKCS11Signer:
    """Log in to the token, find the signing key and its certificate, check the certificate."""
    session = _open_session(module_path, token_label, pin)
    try:
        key_id, cert = _find_key_and_cert(session, key_label)
        check_certificate(cert, at=at)
        return PKCS11Signer(session, key_id=key_id, signing_cert=cert, other_certs_to_pull=None)
    except BaseException:
        session.close()
        raise


def close_signer(signer: Signer) -> None:
    """Log out of a token signer's session; a no-op for file-based signers."""
    session = getattr(signer, "pkcs11_session", None)
    if session is not None:
        session.close()
