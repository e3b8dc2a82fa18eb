"""Large attachment sets on disk (for the memory test and the packaging benchmark)."""

from __future__ import annotations

import copy
import hashlib
import os
from pathlib import Path
from typing import Any

from hubdesk.demo import demo_document

# Run in a fresh interpreter: builds a package from files on disk and prints peak RSS figures (kB).
PEAK_SCRIPT = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])

def peak_kb():
    # VmHWM is this process's own high-water mark; ru_maxrss on Linux keeps the parent's across exec.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

from tests.core.package.pki import PASSWORD
from hubdesk.package import build_package
from hubdesk.signing import load_pkcs12_signer
from hubdesk.validation.issues import ValidationResult
doc = json.loads(Path(sys.argv[2]).read_text("utf-8"))
folder = Path(sys.argv[3])
signer = load_pkcs12_signer(sys.argv[4], PASSWORD)
before = peak_kb()
start = time.perf_counter()
build_package(doc, lambda att: (folder / att["file_name"]).open("rb"), signer, sys.argv[5],
              validation=ValidationResult.of([]), dossier_version=1, app_version="bench")
elapsed = time.perf_counter() - start
after = peak_kb()
print(json.dumps({"before_kb": before, "peak_kb": after, "seconds": elapsed}))
"""


def make_big_attachments(folder: Path, total_mb: int = 200, files: int = 10) -> dict[str, Any]:
    """Write ``files`` incompressible files totalling ``total_mb`` MiB; return a dossier listing them."""
    folder.mkdir(parents=True, exist_ok=True)
    doc = copy.deepcopy(demo_document())
    template = doc["attachments"][0]
    size = total_mb * 1024 * 1024 // files
    records = []
    block = os.urandom(1024 * 1024)
    for i in range(files):
        name = f"allegato-grande-{i + 1}.pdf"
        digest = hashlib.sha256()
        with (folder / name).open("wb") as fh:
            for j in range(size // len(block)):
                chunk = bytes([i, j % 256]) + block[2:]
                fh.write(chunk)
                digest.update(chunk)
        record = dict(
            template,
            id=f"ALL-{i + 1}",
            file_name=name,
            size=size,
            sha256=digest.hexdigest(),
            title=f"Allegato di prova {i + 1}",
        )
        records.append(record)
    doc["attachments"] = records
    return doc
