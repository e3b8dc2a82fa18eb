"""The verdict on one package: ETSI EN 319 102-1 indication, sub-indication, and the reasons behind it.

Every check adds :class:`Finding` objects; :func:`decide` picks the decisive one with a fixed priority,
so the same package always gets the same verdict whatever order the checks ran in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hubdesk.labels import format_name
from hubdesk.package.read import FileCheck
from hubdesk.validation.issues import Issue

TOTAL_PASSED = "TOTAL_PASSED"
INDETERMINATE = "INDETERMINATE"
TOTAL_FAILED = "TOTAL_FAILED"

FORMAT_FAILURE = "FORMAT_FAILURE"
HASH_FAILURE = "HASH_FAILURE"
SIG_CRYPTO_FAILURE = "SIG_CRYPTO_FAILURE"
REVOKED = "REVOKED"
NOT_YET_VALID = "NOT_YET_VALID"
SIGNED_DATA_NOT_FOUND = "SIGNED_DATA_NOT_FOUND"
NO_SIGNING_CERTIFICATE_FOUND = "NO_SIGNING_CERTIFICATE_FOUND"
NO_CERTIFICATE_CHAIN_FOUND = "NO_CERTIFICATE_CHAIN_FOUND"
EXPIRED = "EXPIRED"

# Most serious first: the first finding in this order decides the verdict. A broken signature over the
# manifest outranks entry digests (a forged manifest makes every digest comparison meaningless).
_INDICATION_RANK = {TOTAL_FAILED: 0, INDETERMINATE: 1}
_SUB_RANK = {
    name: i
    for i, name in enumerate(
        (
            FORMAT_FAILURE,
            SIG_CRYPTO_FAILURE,
            HASH_FAILURE,
            REVOKED,
            NOT_YET_VALID,
            SIGNED_DATA_NOT_FOUND,
            NO_SIGNING_CERTIFICATE_FOUND,
            NO_CERTIFICATE_CHAIN_FOUND,
            EXPIRED,
        )
    )
}

# Short meaning of each sub-indication, shown next to the code (like the DSS "semantics" section).
MEANING: dict[str, tuple[str, str]] = {
    FORMAT_FAILURE: ("pacchetto non conforme al formato ASiC-E", "package does not conform to ASiC-E"),
    HASH_FAILURE: ("contenuto modificato dopo la firma", "content modified after signing"),
    SIG_CRYPTO_FAILURE: ("firma non valida crittograficamente", "signature cryptographically invalid"),
    REVOKED: ("certificato del firmatario revocato", "signer's certificate revoked"),
    NOT_YET_VALID: ("certificato non ancora valido alla firma", "certificate not yet valid at signing"),
    SIGNED_DATA_NOT_FOUND: ("dati firmati non trovati", "signed data not found"),
    NO_SIGNING_CERTIFICATE_FOUND: (
        "certificato del firmatario non identificabile",
        "signer's certificate cannot be identified",
    ),
    NO_CERTIFICATE_CHAIN_FOUND: (
        "certificato non riconducibile a un'autorità attendibile",
        "certificate does not chain to a trusted authority",
    ),
    EXPIRED: (
        "certificato scaduto, nessuna prova dell'ora di firma",
        "certificate expired, no proof of time",
    ),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """A reason or a remark about the package, in Italian and English."""

    it: str
    en: str

    def text(self, lang: str = "it") -> str:
        return self.en if lang == "en" else self.it


@dataclass(frozen=True, slots=True)
class Finding:
    """One check's conclusion; ``indication`` is None for a remark that does not change the verdict."""

    indication: str | None
    sub_indication: str | None
    problem: Problem

    @staticmethod
    def note(it: str, en: str) -> Finding:
        return Finding(None, None, Problem(it, en))

    @staticmethod
    def fail(sub: str, it: str, en: str) -> Finding:
        return Finding(TOTAL_FAILED, sub, Problem(it, en))

    @staticmethod
    def indeterminate(sub: str, it: str, en: str) -> Finding:
        return Finding(INDETERMINATE, sub, Problem(it, en))

    def rank(self) -> tuple[int, int]:
        return _INDICATION_RANK.get(self.indication or "", 9), _SUB_RANK.get(self.sub_indication or "", 99)


@dataclass
class SignatureCheck:
    """One signature file of the container with its own verdict."""

    file: str
    manifest: str | None
    indication: str
    sub_indication: str | None
    signer: str | None = None
    signer_fiscal_code: str | None = None
    signer_issuer: str | None = None
    signer_valid_from: str | None = None
    signer_valid_to: str | None = None
    signed_at: str | None = None
    #: the issuer's name as ``(attribute, value)`` pairs, for ``labels.format_name`` (not in the JSON)
    signer_issuer_name: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "manifest": self.manifest,
            "indication": self.indication,
            "sub_indication": self.sub_indication,
            "signer": self.signer,
            "signer_fiscal_code": self.signer_fiscal_code,
            "signer_issuer": self.signer_issuer,
            "signer_valid_from": self.signer_valid_from,
            "signer_valid_to": self.signer_valid_to,
            "signed_at": self.signed_at,
        }


@dataclass
class PackageVerdict:
    """Everything a reviewer sees about one package; ``to_json`` gives the FORMATS.md §3 shape."""

    path: str
    indication: str
    sub_indication: str | None
    signer: str | None = None
    signed_at: str | None = None
    files: list[FileCheck] = field(default_factory=list)
    rule_errors: int = 0
    rule_warnings: int = 0
    problems: list[Problem] = field(default_factory=list)
    rule_issues: tuple[Issue, ...] = ()
    rules_checked: bool = False
    signer_fiscal_code: str | None = None
    signer_issuer: str | None = None
    signer_issuer_name: tuple[tuple[str, str], ...] = ()  # pairs for ``labels.format_name``
    signer_name: str | None = None  # common name alone (``signer`` adds the fiscal code)
    signer_valid_from: str | None = None
    signer_valid_to: str | None = None
    trust: dict[str, str | None] = field(default_factory=lambda: {"source": "nessuna", "as_of": None})
    municipality: str | None = None
    istat_code: str | None = None
    acronym: str | None = None
    cup: str | None = None
    requested_cents: dict[str, int] = field(default_factory=lambda: {"FESR": 0, "FSE": 0})
    signed_by_legal_representative: bool | None = None
    signatures: list[SignatureCheck] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # other packages of the folder: same CUP/municipality
    files_sha256: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        """TOTAL_PASSED and no rule errors: the only outcome that makes ``package verify`` exit 0."""
        return self.indication == TOTAL_PASSED and self.rule_errors == 0

    @property
    def files_ok(self) -> int:
        return sum(1 for f in self.files if f.status == "OK")

    def to_json(self, lang: str = "it") -> dict[str, Any]:
        return {
            "path": self.path,
            "indication": self.indication,
            "sub_indication": self.sub_indication,
            "signer": self.signer,
            "signed_at": self.signed_at,
            "files": [{"name": f.name, "status": f.status} for f in self.files],
            "rules": {"errors": self.rule_errors, "warnings": self.rule_warnings},
            "problems": [p.text(lang) for p in self.problems],
            "signer_fiscal_code": self.signer_fiscal_code,
            "signer_issuer": self.signer_issuer,
            "signer_valid_from": self.signer_valid_from,
            "signer_valid_to": self.signer_valid_to,
            "trust": dict(self.trust),
            "municipality": self.municipality,
            "istat_code": self.istat_code,
            "acronym": self.acronym,
            "requested_cents": dict(self.requested_cents),
            "signed_by_legal_representative": self.signed_by_legal_representative,
            "signatures": [s.to_json() for s in self.signatures],
            "duplicates": list(self.duplicates),
        }

    def issuer_text(self, lang: str = "it") -> str | None:
        """The signer's issuer in words of ``lang`` (the JSON keeps asn1crypto's English wording)."""
        return format_name(self.signer_issuer_name, lang) if self.signer_issuer_name else self.signer_issuer

    @property
    def has_warnings(self) -> bool:
        """Passed, yet something the reviewer must look at (signer, rule warnings, duplicates)."""
        return (
            self.signed_by_legal_representative is not True or self.rule_warnings > 0 or bool(self.duplicates)
        )


def decide(findings: Iterable[Finding]) -> tuple[str, str | None, list[Problem]]:
    """``(indication, sub_indication, problems)``, the decisive reason listed first."""
    ordered = sorted(findings, key=Finding.rank)  # stable: remarks keep the order they were found in
    if not ordered or ordered[0].indication is None:
        return TOTAL_PASSED, None, [f.problem for f in ordered]
    top = ordered[0]
    return top.indication or TOTAL_PASSED, top.sub_indication, [f.problem for f in ordered]
