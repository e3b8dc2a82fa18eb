"""PKCS#11 signing through a SoftHSM2 token created for the test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hubdesk.signing import SigningError, close_signer, open_pkcs11_signer, signer_summary
from tests.core.package.conftest import build
from tests.core.package.pki import Pki

MODULE = "/usr/lib/softhsm/libsofthsm2.so"
LABEL = "hubdesk-test"
PIN = "1234"


@pytest.fixture(scope="session")
def token(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if (
        shutil.which("softhsm2-util") is None
        or shutil.which("pkcs11-tool") is None
        or not Path(MODULE).exists()
    ):
        pytest.skip("softhsm2 / opensc non installati: test PKCS#11 saltato")
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read by the module when this process first loads it

    def run(*args: str) -> None:
        subprocess.run(args, check=True, capture_output=True)

    run("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", PIN, "--so-pin", "5678")
    for kind, path in (("privkey", pki.signer_key_der), ("cert", pki.signer_cert_der)):
        run(
            "pkcs11-tool",
            "--module",
            MODULE,
            "--token-label",
            LABEL,
            "--login",
            "--pin",
            PIN,
            "--write-object",
            str(path),
            "--type",
            kind,
            "--id",
            "01",
            "--label",
            "signer",
        )
    yield LABEL
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


def test_token_signer_builds_a_verifiable_package(token: str, pki: Pki, demo: tuple, tmp_path: Path) -> None:
    signer = open_pkcs11_signer(MODULE, token, "signer", pin=PIN)
    try:
        assert signer_summary(signer)["subject_cn"] == "Giuseppe Antonio Ventura"
        result = build(*demo, signer, tmp_path / "p11.asice")
    finally:
        close_signer(signer)
    with zipfile.ZipFile(result.path) as zf:
        zf.extractall(tmp_path / "x")
    run = subprocess.run(
        [
            "openssl",
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            str(tmp_path / "x/META-INF/signature001.p7s"),
            "-content",
            str(tmp_path / "x/META-INF/ASiCManifest.xml"),
            "-CAfile",
            str(pki.ca_pem),
            "-out",
            "/dev/null",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr


def test_single_key_found_without_label(token: str) -> None:
    signer = open_pkcs11_signer(MODULE, token, pin=PIN)
    close_signer(signer)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"token_label": LABEL, "pin": "0000"}, "PIN errato"),
        ({"token_label": "nessun-token", "pin": PIN}, "non trovato"),
        ({"token_label": LABEL, "key_label": "altra-chiave", "pin": PIN}, "Chiave privata di firma"),
    ],
)
def test_clear_errors(token: str, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(SigningError, match=message):
        open_pkcs11_signer(MODULE, **kwargs)


def test_missing_module_is_a_signing_error(tmp_path: Path) -> None:
    with pytest.raises(SigningError, match="Libreria PKCS#11 non trovata"):
        open_pkcs11_signer(str(tmp_path / "nope.so"), LABEL, pin=PIN)
