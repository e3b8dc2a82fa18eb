"""``hubdesk trust add/list/remove`` and ``package verify`` using the store (FORMATS.md §5)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from asn1crypto import pem

from hubdesk.cli import main
from hubdesk.verify.truststore import TrustStore, config_dir
from tests.core.verify.conftest import Env
from tests.core.verify.tampering import other_ca_pem


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def _tsl(ca_pem: bytes, *, status: str = "granted", dtd: str = "") -> bytes:
    der = pem.unarmor(ca_pem)[2]
    return f"""<?xml version="1.0" encoding="UTF-8"?>{dtd}
<tsl:TrustServiceStatusList xmlns:tsl="http://uri.etsi.org/02231/v2#">
 <tsl:SchemeInformation>
  <tsl:SchemeOperatorName><tsl:Name xml:lang="it">AgID</tsl:Name></tsl:SchemeOperatorName>
  <tsl:SchemeTerritory>IT</tsl:SchemeTerritory>
  <tsl:ListIssueDateTime>2026-11-20T10:00:00Z</tsl:ListIssueDateTime>
 </tsl:SchemeInformation>
 <tsl:TrustServiceProviderList><tsl:TrustServiceProvider><tsl:TSPServices><tsl:TSPService>
  <tsl:ServiceInformation>
   <tsl:ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</tsl:ServiceTypeIdentifier>
   <tsl:ServiceDigitalIdentity><tsl:DigitalId>
    <tsl:X509Certificate>{base64.b64encode(der).decode()}</tsl:X509Certificate>
   </tsl:DigitalId></tsl:ServiceDigitalIdentity>
   <tsl:ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/{status}</tsl:ServiceStatus>
  </tsl:ServiceInformation>
 </tsl:TSPService></tsl:TSPServices></tsl:TrustServiceProvider></tsl:TrustServiceProviderList>
</tsl:TrustServiceStatusList>""".encode()


def test_store_lives_in_the_config_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUBDESK_CONFIG_DIR", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg" and TrustStore().path == tmp_path / "cfg" / "trust.json"


def test_no_trust_configured_is_never_total_passed(env: Env, capsys) -> None:
    code, out, _ = cli(capsys, "package", "verify", env.good, "--json")
    pkg = json.loads(out)["packages"][0]
    assert code == 1 and (pkg["indication"], pkg["sub_indication"]) == (
        "INDETERMINATE",
        "NO_CERTIFICATE_CHAIN_FOUND",
    )
    assert pkg["trust"] == {"source": "nessuna", "as_of": None}


def test_add_list_verify_remove(env: Env, capsys) -> None:
    code, out, _ = cli(capsys, "trust", "add", env.pki.ca_pem)
    assert code == 0 and "HubDesk Test CA" in out
    fingerprint = out.split()[0]
    assert len(fingerprint) == 64
    code, out, _ = cli(capsys, "trust", "list", "--json")
    listed = json.loads(out)["certificates"]
    assert code == 0 and [c["fingerprint"] for c in listed] == [fingerprint]
    assert listed[0]["source"] == "ca.pem" and "der" not in listed[0]
    code, out, _ = cli(capsys, "package", "verify", env.good, "--json")
    pkg = json.loads(out)["packages"][0]
    assert code == 0 and pkg["indication"] == "TOTAL_PASSED"
    assert pkg["trust"]["source"] == "archivio fiduciario: ca.pem" and pkg["trust"]["as_of"]
    assert cli(capsys, "trust", "add", env.pki.ca_pem)[0] == 0  # adding twice keeps one copy
    assert len(TrustStore().anchors()) == 1
    code, out, _ = cli(capsys, "trust", "remove", fingerprint[:12])
    assert code == 0 and TrustStore().anchors() == []
    assert cli(capsys, "package", "verify", env.good)[0] == 1


def test_folder_and_trusted_list_keep_the_issue_date(env: Env, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "certs"
    folder.mkdir()
    (folder / "altra.pem").write_bytes(other_ca_pem())
    (folder / "IT_TSL.xml").write_bytes(_tsl(env.pki.ca_pem.read_bytes()))
    (folder / "leggimi.txt").write_text("ignorato")
    code, _, _ = cli(capsys, "trust", "add", folder)
    assert code == 0 and len(TrustStore().anchors()) == 2
    code, out, _ = cli(capsys, "package", "verify", env.good, "--json")
    pkg = json.loads(out)["packages"][0]
    assert code == 0 and pkg["trust"]["as_of"] == "2026-11-20" and "IT AgID" in pkg["trust"]["source"]


def test_withdrawn_services_and_hostile_xml_are_not_trusted(env: Env, tmp_path: Path, capsys) -> None:
    withdrawn = tmp_path / "old.xml"
    withdrawn.write_bytes(_tsl(env.pki.ca_pem.read_bytes(), status="withdrawn"))
    assert cli(capsys, "trust", "add", withdrawn)[0] == 2
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(_tsl(env.pki.ca_pem.read_bytes(), dtd='<!DOCTYPE x [<!ENTITY a "aaaa">]>'))
    code, _, err = cli(capsys, "trust", "add", bomb)
    assert code == 2 and "bomb.xml" in err and "Traceback" not in err
    assert TrustStore().anchors() == []


def test_unusable_input_exit_2_and_nothing_written(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_text("non un certificato")
    assert cli(capsys, "trust", "add", junk)[0] == 2
    assert cli(capsys, "trust", "add", tmp_path / "missing.pem")[0] == 2
    assert cli(capsys, "trust", "remove", "0123456789abcdef")[0] == 2
    assert not TrustStore().path.exists()
    code, out, _ = cli(capsys, "--lang", "en", "trust", "list")
    assert code == 0 and "No trusted certificate" in out
