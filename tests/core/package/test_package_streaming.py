"""Package build without fixed overhead: the .p12 decrypted once, the key parsed once, the package
hashed while written (never read back), attachments streamed with a data descriptor."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from hubdesk.package import names as N
from hubdesk.signing import load_pkcs12_signer
from hubdesk.signing import pkcs12 as p12_module
from tests.core.package.conftest import Built, build
from tests.core.package.pki import PASSWORD, Pki


def test_the_package_hash_is_the_hash_of_the_file(built: Built) -> None:
    data = built.result.path.read_bytes()
    assert built.result.sha256 == hashlib.sha256(data).hexdigest()
    assert built.result.size == len(data)
    with zipfile.ZipFile(built.result.path) as zf:
        assert zf.testzip() is None
        infos = zf.infolist()
        assert infos[0].filename == N.MIMETYPE and not infos[0].flag_bits & 0x08  # plain, first
        attachments = [i for i in infos if i.filename.startswith("allegati/")]
        assert attachments and all(i.flag_bits & 0x08 for i in attachments)


def test_the_p12_is_decrypted_once_and_the_key_parsed_once(
    pki: Pki, demo: tuple[dict[str, Any], dict[str, bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"p12": 0, "der": 0}
    real_p12 = p12_module.pkcs12.load_key_and_certificates
    real_der = serialization.load_der_private_key

    def counting_p12(*a: Any, **k: Any) -> Any:
        calls["p12"] += 1
        return real_p12(*a, **k)

    def counting_der(*a: Any, **k: Any) -> Any:
        calls["der"] += 1
        return real_der(*a, **k)

    monkeypatch.setattr(p12_module.pkcs12, "load_key_and_certificates", counting_p12)
    monkeypatch.setattr(serialization, "load_der_private_key", counting_der)
    signer = load_pkcs12_signer(pki.signer_p12, PASSWORD)
    result = build(*demo, signer, tmp_path / "p.asice")
    assert result.path.is_file()
    assert calls == {"p12": 1, "der": 0}
