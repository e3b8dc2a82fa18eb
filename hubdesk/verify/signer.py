"""Who signed, compared with who should have: the dossier's legal representative.

Italian qualified certificates carry the holder's fiscal code (``serialNumber`` ``TINIT-<CF>``); the
package must be signed by the applicant's legal representative. A different signer (a RUP, an
officer) or a fiscal code that fails its check character is a warning the reviewer must see: it does
not change the cryptographic verdict, but the PDF cover says "firmato dal legale rappresentante".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from hubdesk.verify.verdict import Finding, Problem


def legal_representative(doc: Any) -> tuple[str | None, str | None]:
    """``(full name, fiscal code)`` of the applicant's legal representative as the dossier records it."""
    applicant = doc.get("applicant") if isinstance(doc, dict) else None
    rep = applicant.get("legal_representative") if isinstance(applicant, dict) else None
    if not isinstance(rep, dict):
        return None, None
    name, code = rep.get("full_name"), rep.get("fiscal_code")
    return (
        name if isinstance(name, str) and name.strip() else None,
        code.strip().upper() if isinstance(code, str) and code.strip() else None,
    )


def _words(name: str) -> list[str]:
    """``"Giuseppe Antonio VENTURA"`` and ``"Ventura, Giuseppe Antònio"`` give the same words."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return sorted(w for w in re.split(r"[^\w']+", plain.casefold()) if w)


def same_person_name(a: str | None, b: str | None) -> bool | None:
    """Whether two spellings name the same person (case, accents, word order ignored); None when one
    is absent."""
    if not a or not b or not _words(a) or not _words(b):
        return None
    return _words(a) == _words(b)


def compare_signer(
    doc: Any, signer_name: str | None, fiscal_code: str | None, code_valid: bool
) -> tuple[bool | None, list[Finding]]:
    """``(signed_by_legal_representative, warnings)``; None when it cannot be told."""
    rep_name, rep_code = legal_representative(doc)
    who = signer_name or "?"
    if fiscal_code is None and same_person_name(signer_name, rep_name) is False:
        return False, [
            Finding.note(
                f"Attenzione: il pacchetto è firmato da {who}, non dal legale rappresentante "
                f"{rep_name} indicato nel dossier (il certificato non riporta il codice fiscale)",
                f"Warning: the package is signed by {who}, not by the legal representative {rep_name} "
                "named in the dossier (the certificate carries no fiscal code)",
            )
        ]
    if fiscal_code is None:
        return None, [
            Finding.note(
                f"Il certificato di {who} non riporta il codice fiscale: impossibile stabilire se ha "
                "firmato il legale rappresentante",
                f"{who}'s certificate carries no fiscal code: cannot tell whether the legal "
                "representative signed",
            )
        ]
    warnings: list[Finding] = []
    check_character: list[Finding] = []
    if not code_valid:
        check_character.append(
            Finding.note(
                f"Attenzione: il codice fiscale del firmatario ({fiscal_code}) non è valido (carattere di "
                "controllo errato)",
                f"Warning: the signer's fiscal code ({fiscal_code}) is invalid (wrong check character)",
            )
        )
    if rep_code is None:
        warnings.append(
            Finding.note(
                "Il dossier non indica il codice fiscale del legale rappresentante",
                "The dossier does not record the legal representative's fiscal code",
            )
        )
        return None, warnings + check_character
    if code_valid and fiscal_code == rep_code:
        if same_person_name(signer_name, rep_name) is False:
            warnings.append(
                Finding.note(
                    f"Attenzione: il nome nel certificato ({who}) è diverso da quello del legale "
                    f"rappresentante nel dossier ({rep_name}), pur con lo stesso codice fiscale",
                    f"Warning: the name in the certificate ({who}) differs from the legal representative's "
                    f"in the dossier ({rep_name}), with the same fiscal code",
                )
            )
        return True, warnings
    warnings.append(
        Finding.note(
            f"Attenzione: il pacchetto è firmato da {who}, non dal legale rappresentante "
            f"{rep_name or ''} ({rep_code}) indicato nel dossier",
            f"Warning: the package is signed by {who}, not by the legal representative "
            f"{rep_name or ''} ({rep_code}) named in the dossier",
        )
    )
    return False, warnings + check_character


def signing_warnings(doc: Any, cert: Any) -> list[Problem]:
    """What the officer must read, and acknowledge, before signing ``doc`` with ``cert`` (asn1crypto):
    a certificate of someone other than the dossier's legal representative (fiscal code or name), or
    whose fiscal code fails its check character. Empty when the holder is the legal representative.
    The app's signing dialog and ``package build`` both ask this."""
    from hubdesk.verify import certs

    if cert is None:
        return []
    name, code = certs.signer_identity(cert)
    _ok, findings = compare_signer(
        doc, name.split(" (")[0], code, code is not None and certs.fiscal_code_is_valid(code)
    )
    return [f.problem for f in findings]
