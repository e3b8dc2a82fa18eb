from __future__ import annotations

from pathlib import Path

import pytest

from tests.reviewer_packages import Folder, build_folder


@pytest.fixture(scope="session")
def pec(tmp_path_factory: pytest.TempPathFactory) -> Folder:
    return build_folder(tmp_path_factory.mktemp("reviewer"))


@pytest.fixture
def trusted(pec: Folder) -> Path:
    from hubdesk.verify.truststore import TrustStore, read_anchor_files

    TrustStore().add(read_anchor_files([pec.ca_pem]))
    return pec.ca_pem
