"""Finding PKCS#11 modules and the tokens they see, for the signer choice in the UI."""

from __future__ import annotations

import sys
from pathlib import Path

import pkcs11
from pkcs11 import exceptions as p11e

from hubdesk.signing.errors import SigningError

# Modules of the smart cards and tokens common in Italy, plus OpenSC and SoftHSM, per platform.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "linux": (
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/opensc-pkcs11.so",
        "/usr/lib/libbit4xpki.so",
        "/usr/lib/libbit4ipki.so",
        "/usr/lib/libASEP11.so",
        "/usr/lib/x86_64-linux-gnu/libASEP11.so",
        "/usr/lib/softhsm/libsofthsm2.so",
    ),
    "win32": (
        r"C:\Windows\System32\bit4xpki.dll",
        r"C:\Windows\System32\bit4ipki.dll",
        r"C:\Windows\System32\asepkcs.dll",
        r"C:\Windows\System32\opensc-pkcs11.dll",
    ),
    "darwin": ("/Library/OpenSC/lib/opensc-pkcs11.so", "/usr/local/lib/libbit4xpki.dylib"),
}


def known_modules() -> list[str]:
    """The PKCS#11 modules installed on this computer, most common first."""
    key = "linux" if sys.platform.startswith("linux") else sys.platform
    return [p for p in _CANDIDATES.get(key, ()) if Path(p).is_file()]


def list_tokens(module_path: str) -> list[str]:
    """Labels of the tokens present for ``module_path`` (an empty list when none is inserted)."""
    if not Path(module_path).is_file():
        raise SigningError(
            f"Libreria PKCS#11 non trovata: {module_path}", f"PKCS#11 library not found: {module_path}"
        )
    try:
        lib = pkcs11.lib(module_path)
        labels = [slot.get_token().label.strip() for slot in lib.get_slots(token_present=True)]
        return [label for label in labels if label]  # an empty label is an uninitialised slot
    except (OSError, RuntimeError, p11e.PKCS11Error) as exc:
        raise SigningError(
            f"Impossibile usare la libreria PKCS#11 {module_path}: {exc}",
            f"Cannot use PKCS#11 library {module_path}: {exc}",
        ) from exc
