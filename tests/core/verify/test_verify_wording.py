"""Who issued the signer's certificate and when it was signed, in words of the reader's language:
Italian attribute names and local dd/mm/yyyy times, never asn1crypto's "Common Name:" or raw ISO."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hubdesk.labels import format_name, local_datetime
from hubdesk.verify import format_verdict, verify_package
from hubdesk.verify.certs import name_parts
from hubdesk.verify.sheet import write_package_sheet
from hubdesk.verify.truststore import TrustStore, trust_from_files
from tests.core.verify.conftest import Env
from tests.core.verify.test_verify_sheet import _text

ISO = re.compile(r"\d{4}-\d{2}-\d{2}T")


@pytest.fixture
def rome(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_names_have_italian_and_english_labels() -> None:
    parts = (
        ("country_name", "IT"),
        ("organization_name", "ArubaPEC S.p.A."),
        ("common_name", "Mario Rossi"),
        ("serial_number", "TINIT-RSSMRA80A01H501U"),
        ("1.2.3.4", "x"),
    )
    assert format_name(parts, "it") == (
        "Nome: Mario Rossi, Codice fiscale: RSSMRA80A01H501U, Organizzazione: ArubaPEC S.p.A., "
        "Paese: IT, 1.2.3.4: x"
    )
    assert format_name(parts, "en").startswith(
        "Name: Mario Rossi, Fiscal code: RSSMRA80A01H501U, Organisation"
    )
    assert format_name((("organization_name", "Rossi, Bianchi"), ("country_name", "IT")), "it") == (
        "Organizzazione: Rossi, Bianchi; Paese: IT"
    )


def test_local_datetime_in_each_language(rome: None) -> None:
    assert local_datetime("2026-12-02T21:43:21Z", "it") == "02/12/2026 22:43"
    assert local_datetime("2026-07-02T21:43:21Z", "en") == "2 Jul 2026, 23:43"
    assert local_datetime(datetime(2026, 12, 2, 21, 43, tzinfo=UTC), "it", with_time=False) == "02/12/2026"
    assert local_datetime("2028-11-01", "en", with_time=False) == "1 Nov 2028"
    assert local_datetime("not a date", "it") == "not a date"


def test_report_text_and_sheet_use_the_words_of_the_language(env: Env, tmp_path: Path, rome: None) -> None:
    v = verify_package(env.good, trust_from_files([env.pki.ca_pem]))
    assert v.signed_at and ISO.match(v.signed_at)  # the JSON keeps ISO 8601 UTC
    local = local_datetime(v.signed_at, "it")
    it = format_verdict(v, "it")
    assert "Common Name" not in it and "Country" not in it
    assert "Emesso da: Nome: HubDesk Test CA, Paese: IT" in it
    assert f"Ora di firma (dichiarata): {local}" in it and not ISO.search(it)
    assert re.search(r"Validità del certificato: dal \d\d/\d\d/\d{4} al \d\d/\d\d/\d{4}", it)
    en = format_verdict(v, "en")
    assert "Issued by: Name: HubDesk Test CA, Country: IT" in en
    assert local_datetime(v.signed_at, "en") in en and not ISO.search(en)
    out = tmp_path / "scheda.pdf"
    write_package_sheet(v, out, "it")
    text = _text(out)
    assert "Common Name" not in text and "Nome: HubDesk Test CA" in text and local in text


def test_trust_store_names_in_words(env: Env) -> None:
    store = TrustStore()
    from hubdesk.verify.truststore import read_anchor_files

    store.add(read_anchor_files([env.pki.ca_pem]))
    (anchor,) = [a for a in store.anchors() if "HubDesk Test CA" in a.subject]
    assert anchor.subject_text("it") == "Nome: HubDesk Test CA, Paese: IT"
    assert anchor.subject_text("en") == "Name: HubDesk Test CA, Country: IT"
    assert name_parts(anchor.certificate().subject) == (
        ("country_name", "IT"),
        ("common_name", "HubDesk Test CA"),
    )


def test_english_report_has_no_italian_trust_or_attachment_words(env: Env, tmp_path: Path) -> None:
    from hubdesk.package import names as N
    from tests.core.verify.tampering import entries, tamper

    store = TrustStore()
    from hubdesk.verify.truststore import read_anchor_files

    store.add(read_anchor_files([env.pki.ca_pem]))
    dossier = entries(env.good)[N.DOSSIER].replace(b'"sha256": "', b'"sha256": "0', 1)
    bad = tamper(env.good, tmp_path / "d.asice", replace={N.DOSSIER: dossier}, resign=env.signer)
    v = verify_package(bad, store.trust())
    en = format_verdict(v, "en")
    assert "Trust: trust store: " in en and "archivio" not in en
    assert "does not match the digest recorded in the dossier" in en and "L'allegato" not in en
    assert "Fiducia: archivio fiduciario: " in format_verdict(v, "it")
