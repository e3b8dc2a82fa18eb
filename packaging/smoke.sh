#!/usr/bin/env bash
# Round trip through an installed HubDesk: demo, validate, package build with a throw-away test
# certificate, package verify, and the GUI started offscreen until its first paint.
#   bash packaging/smoke.sh HUBDESK_COMMAND      e.g. dist/hubdesk/hubdesk  or  /tmp/venv/bin/hubdesk
set -euo pipefail
hub="${1:?usage: packaging/smoke.sh HUBDESK_COMMAND}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HUBDESK_WORKSPACE="$work/workspace.sqlite3"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"

# A test CA and a signer (EKU emailProtection, as openssl cms and the verifier expect).
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/C=IT/CN=HubDesk Smoke CA" \
  -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/C=IT/CN=Mario Rossi/serialNumber=TINIT-RSSMRA80A01F205X" \
  -keyout "$work/signer.key" -out "$work/signer.csr" 2>/dev/null
printf 'basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=emailProtection\n' >"$work/ext.cnf"
openssl x509 -req -in "$work/signer.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
  -days 30 -extfile "$work/ext.cnf" -out "$work/signer.pem" 2>/dev/null
export SMOKE_P12_PASSWORD="smoke-test"
openssl pkcs12 -export -inkey "$work/signer.key" -in "$work/signer.pem" -certfile "$work/ca.pem" \
  -passout env:SMOKE_P12_PASSWORD -out "$work/signer.p12"

step() { echo "smoke: $*"; }
step "version: $("$hub" --version)"
id="$("$hub" demo | tail -n 1)"
step "demo dossier $id"
"$hub" validate --dossier "$id" >/dev/null
step "validate: no errors"
"$hub" dossier export "$id" --out "$work/dossier.json" >/dev/null
"$hub" validate "$work/dossier.json" >/dev/null
step "validate FILE.json: no errors"
"$hub" package build --dossier "$id" --out "$work/proposta.asice" --p12 "$work/signer.p12" \
  --password-env SMOKE_P12_PASSWORD >/dev/null
step "package build: $(wc -c <"$work/proposta.asice") bytes"
"$hub" package verify "$work/proposta.asice" --trust "$work/ca.pem" >/dev/null
step "package verify: TOTAL_PASSED"
# A folder of 3 packages on two worker processes (spawned copies of the bundled program): three
# verdicts, nothing on the terminal but ours (a pool that failed to start would say so there).
mkdir "$work/pec"
for n in 1 2 3; do cp "$work/proposta.asice" "$work/pec/HUB_00000${n}_SMOKE_v1.asice"; done
"$hub" package verify "$work/pec" --trust "$work/ca.pem" --workers 2 --json >"$work/pec.json" 2>"$work/pec.err"
passed="$(grep -c '^      "indication": "TOTAL_PASSED"' "$work/pec.json" || true)"
[ "$passed" = 3 ] || { echo "smoke: folder verify: $passed of 3 passed" >&2; cat "$work/pec.err" >&2; exit 1; }
[ ! -s "$work/pec.err" ] || { echo "smoke: folder verify wrote to stderr:" >&2; cat "$work/pec.err" >&2; exit 1; }
step "package verify FOLDER (3 packages, 2 processes): TOTAL_PASSED x3"
timeout 120 "$hub" gui --exit-after-start
step "gui --exit-after-start: painted"
echo "smoke: all passed"
