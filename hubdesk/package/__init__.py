"""The signed submission package (ASiC-E with CAdES + PAdES): build it, and read one back safely.

The names load on first use (PEP 562): ``hubdesk.package.errors`` is imported by commands that never
build a package (``dossier list``, import), and building pulls in ReportLab and pyHanko.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubdesk.package.build import PackageEntry, PackageResult, build_package, suggested_file_name
    from hubdesk.package.errors import PackageError, PackageFormatError, PackageRefused
    from hubdesk.package.read import FileCheck, PackageContents, read_package

_WHERE = {
    "PackageEntry": "build",
    "PackageResult": "build",
    "build_package": "build",
    "suggested_file_name": "build",
    "PackageError": "errors",
    "PackageFormatError": "errors",
    "PackageRefused": "errors",
    "FileCheck": "read",
    "PackageContents": "read",
    "read_package": "read",
}

__all__ = [
    "FileCheck",
    "PackageContents",
    "PackageEntry",
    "PackageError",
    "PackageFormatError",
    "PackageRefused",
    "PackageResult",
    "build_package",
    "read_package",
    "suggested_file_name",
]


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'hubdesk.package' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"hubdesk.package.{module}"), name)
    globals()[name] = value
    return value
