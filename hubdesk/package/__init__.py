"""The signed submission package (ASiC-E with CAdES + PAdES): build it, and read one back safely."""

from hubdesk.package.build import PackageEntry, PackageResult, build_package, suggested_file_name
from hubdesk.package.errors import PackageError, PackageFormatError, PackageRefused
from hubdesk.package.read import FileCheck, PackageContents, read_package

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
