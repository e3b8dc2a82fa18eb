"""A throw-away PKI for signing tests: a CA, a signer certificate and some broken ones, all on disk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "Pässwörd-è"


@dataclass(frozen=True)
class Pki:
    folder: Path
    ca_pem: Path
    signer_p12: Path
    signer_key_der: Path
    signer_cert_der: Path
    expired_p12: Path
    future_p12: Path
    no_signing_usage_p12: Path
    rup_p12: Path  # same CA, another person, a fiscal code whose check character is wrong
    stranger_p12: Path  # a signer from a CA nobody trusts


def _name(cn: str, serial: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"), x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if serial:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(attrs)


def _usage(*, signing: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,
        key_encipherment=not signing,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def _leaf(
    ca_key: rsa.RSAPrivateKey,
    ca_name: x509.Name,
    cn: str,
    start: datetime,
    end: datetime,
    *,
    signing: bool = True,
    serial: str = "TINIT-VNTGPP68P03A893Z",
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn, serial))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(signing=signing), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _p12(path: Path, key: rsa.RSAPrivateKey, cert: x509.Certificate, ca: x509.Certificate) -> Path:
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"firma", key, cert, [ca], serialization.BestAvailableEncryption(PASSWORD.encode("utf-8"))
        )
    )
    return path


def _ca(cn: str, now: datetime) -> tuple[rsa.RSAPrivateKey, x509.Name, x509.Certificate]:
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = _name(cn)
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=30))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return ca_key, ca_name, ca


def make_pki(folder: Path) -> Pki:
    now = datetime.now(UTC)
    ca_key, ca_name, ca = _ca("HubDesk Test CA", now)
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    key, cert = _leaf(
        ca_key, ca_name, "Giuseppe Antonio Ventura", now - timedelta(days=1), now + timedelta(days=730)
    )
    (folder / "signer.key.der").write_bytes(
        key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    (folder / "signer.cert.der").write_bytes(cert.public_bytes(serialization.Encoding.DER))
    old_key, old = _leaf(ca_key, ca_name, "Scaduto", now - timedelta(days=800), now - timedelta(days=70))
    new_key, new = _leaf(ca_key, ca_name, "Futuro", now + timedelta(days=10), now + timedelta(days=800))
    enc_key, enc = _leaf(
        ca_key, ca_name, "Solo cifratura", now - timedelta(days=1), now + timedelta(days=700), signing=False
    )
    rup_key, rup = _leaf(
        ca_key,
        ca_name,
        "Mario Rossi",
        now - timedelta(days=1),
        now + timedelta(days=700),
        serial="TINIT-RSSMRA80A01H501X",
    )
    other_key, other_name, other_ca = _ca("Altra CA", now)
    stranger_key, stranger = _leaf(
        other_key, other_name, "Giuseppe Antonio Ventura", now - timedelta(days=1), now + timedelta(days=700)
    )
    return Pki(
        folder=folder,
        ca_pem=folder / "ca.pem",
        signer_p12=_p12(folder / "signer.p12", key, cert, ca),
        signer_key_der=folder / "signer.key.der",
        signer_cert_der=folder / "signer.cert.der",
        expired_p12=_p12(folder / "expired.p12", old_key, old, ca),
        future_p12=_p12(folder / "future.p12", new_key, new, ca),
        no_signing_usage_p12=_p12(folder / "encipher.p12", enc_key, enc, ca),
        rup_p12=_p12(folder / "rup.p12", rup_key, rup, ca),
        stranger_p12=_p12(folder / "stranger.p12", stranger_key, stranger, other_ca),
    )
