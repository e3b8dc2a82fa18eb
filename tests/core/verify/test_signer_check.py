"""Who signs compared with the dossier's legal representative: one core check for the app's signing
dialog, ``package build`` and the reviewer's verdict."""

from __future__ import annotations

from hubdesk.demo import demo_document
from hubdesk.signing import load_pkcs12_signer
from hubdesk.verify.signer import compare_signer, same_person_name, signing_warnings
from tests.core.package.pki import PASSWORD
from tests.core.verify.conftest import Env

REP_CODE = "VNTGPP68P03A893Z"


def test_the_legal_representatives_certificate_raises_nothing(env: Env) -> None:
    assert signing_warnings(demo_document(), env.signer.signing_cert) == []


def test_a_rups_certificate_is_named_with_both_reasons(env: Env) -> None:
    rup = load_pkcs12_signer(env.pki.rup_p12, PASSWORD)
    texts = [p.text("it") for p in signing_warnings(demo_document(), rup.signing_cert)]
    assert any("non dal legale rappresentante" in t and REP_CODE in t for t in texts)
    assert any("carattere di controllo" in t for t in texts)
    assert all(p.text("en") for p in signing_warnings(demo_document(), rup.signing_cert))


def test_names_are_compared_without_case_accents_or_order() -> None:
    assert same_person_name("Giuseppe Antonio Ventura", "VENTURA GIUSEPPE ANTÒNIO")
    assert same_person_name("Ventura, Giuseppe Antonio", "Giuseppe Antonio Ventura")
    assert same_person_name("Mario Rossi", "Giuseppe Antonio Ventura") is False
    assert same_person_name(None, "Mario Rossi") is None


def test_same_code_other_name_warns_and_no_code_other_name_is_not_the_representative() -> None:
    doc = demo_document()
    ok, notes = compare_signer(doc, "Mario Rossi", REP_CODE, True)
    assert ok is True and any("nome nel certificato" in n.problem.it for n in notes)
    ok, notes = compare_signer(doc, "Mario Rossi", None, False)
    assert ok is False and any("non dal legale rappresentante" in n.problem.it for n in notes)
    ok, notes = compare_signer(doc, "Giuseppe Antonio Ventura", None, False)
    assert ok is None and notes  # cannot tell without a fiscal code
    assert compare_signer(doc, "Giuseppe Antonio Ventura", REP_CODE, True) == (True, [])
