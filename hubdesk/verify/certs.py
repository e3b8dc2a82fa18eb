"""Facts about the signer's certificate: who it names, whether the signature binds it, its validity.

Kept apart from the CMS plumbing so the reviewer UI can show the same identity and dates.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import Any

from asn1crypto import cms, x509

from hubdesk.labels import local_datetime
from hubdesk.validation.identifiers import is_valid_entity_code, is_valid_personal_fiscal_code
from hubdesk.verify.verdict import EXPIRED, NO_SIGNING_CERTIFICATE_FOUND, NOT_YET_VALID, Finding

# Italian qualified certificates carry the fiscal code in serialNumber as "TINIT-<CF>" (ETSI EN 319 412-1).
_FISCAL_CODE = re.compile(r"^(?:TIN)?IT[-:]?([A-Z0-9]{11,16})$", re.IGNORECASE)


def _fmt(when: datetime, lang: str = "it") -> str:
    return local_datetime(when, lang)


def signer_identity(cert: x509.Certificate) -> tuple[str, str | None]:
    """``("Mario Rossi (RSSMRA80A01H501U)", "RSSMRA80A01H501U")``: common name plus fiscal code."""
    subject = cert.subject.native
    cn = subject.get("common_name")
    if isinstance(cn, list):
        cn = ", ".join(str(c) for c in cn)
    name = str(cn) if cn else cert.subject.human_friendly
    serial = subject.get("serial_number")
    match = _FISCAL_CODE.match(str(serial).strip()) if isinstance(serial, str) else None
    fiscal_code = match.group(1).upper() if match else None
    return (f"{name} ({fiscal_code})" if fiscal_code else name), fiscal_code


def name_parts(name: x509.Name) -> tuple[tuple[str, str], ...]:
    """``(("common_name", "HubDesk CA"), ("country_name", "IT"))``: what ``labels.format_name`` shows.

    Plain strings, so a verdict carrying them crosses process boundaries and JSON as it is.
    """
    out: list[tuple[str, str]] = []
    try:
        for rdn in name.chosen:
            for type_value in rdn:
                key = type_value["type"].native
                value = type_value["value"].native
                out.append((str(key), ", ".join(map(str, value)) if isinstance(value, list) else str(value)))
    except Exception:  # a hostile certificate may carry anything: show what could be read
        pass
    return tuple(out)


def fiscal_code_is_valid(code: str) -> bool:
    """Check character (16-character personal code) or check digit (11-digit entity code)."""
    return is_valid_personal_fiscal_code(code) if len(code) == 16 else is_valid_entity_code(code)


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def validity_period(cert: x509.Certificate) -> tuple[str, str]:
    """``(not_before, not_after)`` as ISO 8601 UTC strings."""
    validity = cert["tbs_certificate"]["validity"]
    return _iso(validity["not_before"].native), _iso(validity["not_after"].native)


def signed_attr(signer_info: cms.SignerInfo, name: str) -> Any:
    """The first value of a signed attribute, or None."""
    attrs = signer_info["signed_attrs"]
    if not isinstance(attrs, cms.CMSAttributes):
        return None
    for attr in attrs:
        if attr["type"].native == name:
            values = attr["values"]
            return values[0] if len(values) else None
    return None


def signing_time(signer_info: cms.SignerInfo) -> datetime | None:
    """The signer-reported signingTime (not a proof of time: there is no timestamp in a B-B signature)."""
    value = signed_attr(signer_info, "signing_time")
    when = value.native if value is not None else None
    return when if isinstance(when, datetime) else None


def find_signer_cert(signed_data: cms.SignedData, signer_info: cms.SignerInfo) -> x509.Certificate | None:
    """The certificate the SignerInfo's ``sid`` points to, among those embedded in the CMS."""
    sid = signer_info["sid"]
    for choice in signed_data["certificates"]:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            iss = sid.chosen
            if cert.serial_number == iss["serial_number"].native and cert.issuer == iss["issuer"]:
                return cert
        elif sid.name == "subject_key_identifier" and cert.key_identifier == sid.chosen.native:
            return cert
    return None


def check_signing_certificate_attr(signer_info: cms.SignerInfo, cert: x509.Certificate) -> Finding | None:
    """CAdES-BES binds the certificate with signing-certificate(-v2); without it a swap goes unnoticed."""
    v2 = signed_attr(signer_info, "signing_certificate_v2")
    v1 = signed_attr(signer_info, "signing_certificate")
    attr = v2 if v2 is not None else v1
    if attr is None:
        return Finding.indeterminate(
            NO_SIGNING_CERTIFICATE_FOUND,
            "La firma non contiene l'attributo signing-certificate-v2: il certificato del firmatario "
            "non è vincolato alla firma (non è una firma CAdES-BES)",
            "The signature lacks signing-certificate-v2: the signer's certificate is not bound to it "
            "(not a CAdES-BES signature)",
        )
    ess_id = attr["certs"][0]
    algorithm = "sha1" if v2 is None else ess_id["hash_algorithm"]["algorithm"].native
    digest = hashlib.new(algorithm, cert.dump()).digest()
    issuer_serial = ess_id["issuer_serial"]
    serial_ok = (
        not isinstance(issuer_serial, cms.IssuerSerial)
        or issuer_serial["serial_number"].native == cert.serial_number
    )
    if digest != ess_id["cert_hash"].native or not serial_ok:
        return Finding.indeterminate(
            NO_SIGNING_CERTIFICATE_FOUND,
            "L'impronta del certificato nell'attributo signing-certificate-v2 non corrisponde al "
            "certificato allegato alla firma",
            "The certificate digest in signing-certificate-v2 does not match the embedded certificate",
        )
    return None


def check_validity(cert: x509.Certificate, signed_at: datetime | None, now: datetime) -> Finding | None:
    """NOT_YET_VALID (TOTAL_FAILED) or EXPIRED (INDETERMINATE: no proof of existence before expiry).

    The claimed signing time is checked first; a certificate valid then but expired now is still
    INDETERMINATE, because a B-B signature carries no timestamp proving when it was made.
    """
    validity = cert["tbs_certificate"]["validity"]
    not_before: datetime = validity["not_before"].native
    not_after: datetime = validity["not_after"].native
    at = signed_at or now
    if at < not_before or now < not_before:
        return Finding.fail(
            NOT_YET_VALID,
            f"Il certificato del firmatario è valido solo dal {_fmt(not_before)}: la firma "
            f"({_fmt(at)}) è anteriore",
            f"The signer's certificate is valid only from {_fmt(not_before, 'en')}: the signature "
            f"({_fmt(at, 'en')}) predates it",
        )
    if at > not_after:
        return Finding.indeterminate(
            EXPIRED,
            f"Il certificato del firmatario era già scaduto ({_fmt(not_after)}) all'ora di firma "
            f"dichiarata ({_fmt(at)})",
            f"The signer's certificate had already expired ({_fmt(not_after, 'en')}) at the claimed signing "
            f"time ({_fmt(at, 'en')})",
        )
    if now > not_after:
        return Finding.indeterminate(
            EXPIRED,
            f"Il certificato del firmatario è scaduto il {_fmt(not_after)}; l'ora di firma dichiarata "
            f"({_fmt(at)}) precede la scadenza ma nessuna marca temporale lo prova",
            f"The signer's certificate expired on {_fmt(not_after, 'en')}; the claimed signing time "
            f"({_fmt(at, 'en')}) is earlier but no timestamp proves it",
        )
    return None
