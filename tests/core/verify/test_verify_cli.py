"""``hubdesk package verify``: JSON shape of FORMATS.md §3, exit codes, folders, text output, CSV report."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.package import names as N
from hubdesk.verify import PackageVerdict, format_summary, format_verdict
from tests.core.verify.conftest import Env
from tests.core.verify.tampering import entries, other_ca_pem, tamper


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main(["package", "verify", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_good_package_json_shape_and_exit_0(env: Env, capsys) -> None:
    code, out, _ = run(capsys, env.good, "--trust", env.pki.ca_pem, "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["packages"] and len(data["packages"]) == 1
    pkg = data["packages"][0]
    assert set(pkg) == {
        "path",
        "indication",
        "sub_indication",
        "signer",
        "signed_at",
        "files",
        "rules",
        "problems",
        "signer_fiscal_code",
        "signer_issuer",
        "signer_valid_from",
        "signer_valid_to",
        "trust",
        "municipality",
        "istat_code",
        "acronym",
        "requested_cents",
        "signed_by_legal_representative",
        "signatures",
        "duplicates",
    }
    assert pkg["path"] == str(env.good)
    assert (pkg["indication"], pkg["sub_indication"]) == ("TOTAL_PASSED", None)
    assert "Giuseppe Antonio Ventura" in pkg["signer"]
    assert pkg["signed_at"].endswith("Z") and "T" in pkg["signed_at"]
    assert pkg["files"] and all(set(f) == {"name", "status"} and f["status"] == "OK" for f in pkg["files"])
    assert pkg["rules"] == {"errors": 0, "warnings": 0}
    assert pkg["problems"] == []


def test_without_trust_is_indeterminate_exit_1(env: Env, capsys) -> None:
    code, out, err = run(capsys, env.good, "--json")
    pkg = json.loads(out)["packages"][0]
    assert code == 1
    assert (pkg["indication"], pkg["sub_indication"]) == ("INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND")
    assert "Traceback" not in err  # pyHanko's chain-building tracebacks are kept off the terminal


def test_trust_bundle_with_several_certificates(env: Env, tmp_path: Path, capsys) -> None:
    bundle = tmp_path / "bundle.pem"
    other_ca = tmp_path / "other.pem"
    other_ca.write_bytes(other_ca_pem())
    bundle.write_bytes(other_ca.read_bytes() + env.pki.ca_pem.read_bytes())
    assert run(capsys, env.good, "--trust", bundle)[0] == 0
    assert run(capsys, env.good, "--trust", other_ca)[0] == 1


def test_folder_batch_json(env: Env, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.asice", "b.asice", "c.asice"):
        shutil.copyfile(env.good, folder / name)
    (folder / "note.txt").write_text("non un pacchetto")
    code, out, _ = run(capsys, folder, "--trust", env.pki.ca_pem, "--json")
    packages = json.loads(out)["packages"]
    assert code == 0 and [Path(p["path"]).name for p in packages] == ["a.asice", "b.asice", "c.asice"]
    tamper(env.good, folder / "b.asice", replace={"allegati/ALL-1-delibera-gc-123-2020.pdf": b"%PDF-x"})
    code, out, _ = run(capsys, folder, "--trust", env.pki.ca_pem, "--json")
    indications = [p["indication"] for p in json.loads(out)["packages"]]
    assert code == 1 and indications == ["TOTAL_PASSED", "TOTAL_FAILED", "TOTAL_PASSED"]


def test_rule_errors_make_exit_1(env: Env, tmp_path: Path, capsys) -> None:
    items = entries(env.good)
    dossier = items[N.DOSSIER].replace(b'"population": ', b'"population": -', 1)
    pkg = tamper(env.good, tmp_path / "r.asice", replace={N.DOSSIER: dossier}, resign=env.signer)
    code, out, _ = run(capsys, pkg, "--trust", env.pki.ca_pem, "--json")
    data = json.loads(out)["packages"][0]
    assert code == 1 and data["indication"] == "TOTAL_PASSED" and data["rules"]["errors"] > 0


def test_csv_report_semicolons_bom_and_columns(env: Env, tmp_path: Path, capsys) -> None:
    bad = tamper(env.good, tmp_path / "bad.asice", replace={N.SIGNATURE: None})
    report = tmp_path / "rapporto.csv"
    code, _, _ = run(capsys, env.good, bad, "--trust", env.pki.ca_pem, "--report", report)
    raw = report.read_bytes()
    assert code == 1 and raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert set(rows[0]) >= {
        "path",
        "municipality",
        "istat_code",
        "acronym",
        "indication",
        "sub_indication",
        "signer",
        "signer_fiscal_code",
        "signer_issuer",
        "signer_valid_from",
        "signer_valid_to",
        "signed_by_legal_representative",
        "trust_source",
        "trust_as_of",
        "requested_fesr_cents",
        "requested_fse_cents",
        "rule_errors",
        "rule_warnings",
        "duplicates",
    }
    good, failed = rows
    assert (good["indication"], good["sub_indication"], good["istat_code"]) == ("TOTAL_PASSED", "", "072011")
    assert good["signed_by_legal_representative"] == "sì" and int(good["requested_fesr_cents"]) > 0
    assert good["trust_source"] == "ca.pem (--trust)" and good["trust_as_of"]
    assert good["duplicates"] == "bad.asice" and failed["duplicates"] == env.good.name
    assert (failed["indication"], failed["sub_indication"]) == ("TOTAL_FAILED", "FORMAT_FAILURE")
    assert "firma" in failed["reason"]


def test_text_output_italian_by_default_english_on_request(env: Env, capsys) -> None:
    code, out, _ = run(capsys, env.good, "--trust", env.pki.ca_pem)
    assert code == 0 and "Esito: VALIDO (TOTAL_PASSED)" in out and "Firmatario: Giuseppe" in out
    assert main(["--lang", "en", "package", "verify", str(env.good)]) == 1
    out = capsys.readouterr().out
    assert "Outcome: INDETERMINATE" in out and "NO_CERTIFICATE_CHAIN_FOUND" in out
    assert "INDETERMINATE (INDETERMINATE" not in out and "Trust: no trusted authority configured" in out
    assert "Call rules: 0 errors, 0 warnings" in out


def test_counts_agree_in_number(env: Env, tmp_path: Path, capsys) -> None:
    items = entries(env.good)
    dossier = items[N.DOSSIER].replace(b'"population": ', b'"population": -', 1)
    pkg = tamper(env.good, tmp_path / "r.asice", replace={N.DOSSIER: dossier}, resign=env.signer)
    _, out, _ = run(capsys, pkg, "--trust", env.pki.ca_pem)
    assert "Regole del bando: 2 errori, 1 avviso" in out and "viola 2 regole del bando (la prima:" in out
    main(["--lang", "en", "package", "verify", str(pkg), "--trust", str(env.pki.ca_pem)])
    out = capsys.readouterr().out
    assert "Call rules: 2 errors, 1 warning" in out and "breaks 2 call rules (first:" in out
    single = PackageVerdict(
        "p.asice", "TOTAL_PASSED", None, rule_errors=1, rule_warnings=1, rules_checked=True
    )
    assert "1 errore, 1 avviso" in format_verdict(single) and "1 error, 1 warning" in format_verdict(
        single, "en"
    )
    assert format_summary([single]) == "1 pacchetto: 0 validi senza errori, 1 da esaminare"


def test_unusable_input_exit_2(env: Env, tmp_path: Path, capsys) -> None:
    assert run(capsys, tmp_path / "nope.asice")[0] == 2
    assert run(capsys, env.good, tmp_path / "nope.asice")[0] == 2
    assert run(capsys, tmp_path)[0] == 2  # a folder with nothing to verify
    bad_trust = tmp_path / "ca.pem"
    bad_trust.write_text("non un certificato")
    code, _, err = run(capsys, env.good, "--trust", bad_trust)
    assert code == 2 and "ca.pem" in err
    assert run(capsys, env.good, "--trust", tmp_path / "missing.pem")[0] == 2


def test_folder_on_two_workers_matches_one_and_flags_duplicates(env: Env, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "pec"
    folder.mkdir()
    for i in range(3):
        shutil.copyfile(env.good if i < 2 else env.other, folder / f"p{i}.asice")
    tamper(env.good, folder / "p3.asice", replace={N.SIGNATURE: None})
    code2, out2, _ = run(capsys, folder, "--trust", env.pki.ca_pem, "--json", "--workers", "2")
    code1, out1, _ = run(capsys, folder, "--trust", env.pki.ca_pem, "--json", "--workers", "1")
    two, one = json.loads(out2)["packages"], json.loads(out1)["packages"]
    strip = [{k: v for k, v in p.items() if k != "signed_at"} for p in two]
    assert strip == [{k: v for k, v in p.items() if k != "signed_at"} for p in one]
    assert [p["indication"] for p in two] == ["TOTAL_PASSED"] * 3 + ["TOTAL_FAILED"]
    assert two[0]["duplicates"] == ["p1.asice", "p2.asice", "p3.asice"]  # same municipality and CUP
    assert code1 == code2 == 1
    _, out, _ = run(capsys, folder, "--trust", env.pki.ca_pem)
    assert "Stesso comune o CUP nella cartella" in out and "4 pacchetti: 3 validi senza errori" in out
