"""Build step for the wheel: the repository's top-level ``schemas/`` and ``resources/`` (kept where they
are) are copied into the package as ``hubdesk/data/``, and the translations are compiled to ``.qm``.
``hubdesk.paths.data_root()`` finds them there. Everything else is in pyproject.toml."""

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
COPIED = ("schemas", "resources/calls", "resources/fonts", "resources/icons")


def _qm_compiler():
    spec = importlib.util.spec_from_file_location("hubdesk_qmc", HERE / "packaging" / "qmc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.compile_ts


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads the checkout itself
        target = Path(self.build_lib) / "hubdesk" / "data"
        for rel in COPIED:
            shutil.copytree(HERE / rel, target / rel, dirs_exist_ok=True)
        compile_ts = _qm_compiler()
        for ts in sorted((HERE / "resources" / "translations").glob("*.ts")):
            compile_ts(ts, target / "resources" / "translations" / f"{ts.stem}.qm")


setup(cmdclass={"build_py": BuildWithData})
