"""A reviewer's PEC folder built from real packages: two good ones (same municipality: a duplicate),
one for another municipality signed by a RUP, one tampered; and the CA that a reviewer trusts."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from hubdesk.demo import demo_document
from hubdesk.package import names as N
from hubdesk.signing import load_pkcs12_signer
from tests.core.package.pki import PASSWORD, make_pki
from tests.core.verify.conftest import _build
from tests.core.verify.tampering import entries, tamper


@dataclass(frozen=True)
class Folder:
    path: Path
    ca_pem: Path
    good: Path
    tampered: Path
    rup: Path


def build_folder(root: Path) -> Folder:
    pki = make_pki(root)
    signer = load_pkcs12_signer(pki.signer_p12, PASSWORD)
    folder = root / "pec"
    folder.mkdir()
    good = _build(demo_document(), signer, folder / "HUB_072011_OFFICINE_v2.asice")
    shutil.copyfile(good, folder / "HUB_072011_OFFICINE_v3.asice")
    doc = demo_document()
    doc["applicant"].update({"istat_code": "072029", "name": "Comune di Molfetta"})
    doc["proposal"].update({"acronym": "MOLHUB", "cup": "B51H20000010006"})
    other = _build(doc, signer, root / "other.asice")
    rup = tamper(
        other, folder / "HUB_072029_MOLHUB_v1.asice", resign=load_pkcs12_signer(pki.rup_p12, PASSWORD)
    )
    data = entries(good)["allegati/ALL-2-nomina-rup.pdf"].replace(b"%%EOF", b"%%EOX")
    tampered = tamper(
        good, folder / "HUB_072011_MANOMESSO_v2.asice", replace={"allegati/ALL-2-nomina-rup.pdf": data}
    )
    assert N.MANIFEST in entries(tampered)
    return Folder(folder, pki.ca_pem, good, tampered, rup)
