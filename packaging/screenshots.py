"""The README's screenshots, made again from the running app: ``screenshots.py [it|en] [DIR]``.

Each window is drawn by Qt itself (``QWidget.grab``) on the offscreen platform, from a temporary
workspace holding the demo dossier and a new one for Molfetta, so the pictures show what a user
sees today, in the language asked for.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _settle(app: object, rounds: int = 60) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def main(lang: str = "it", out: Path = ROOT / "docs" / "screenshots") -> None:
    from ui.app import make_application

    with tempfile.TemporaryDirectory(prefix="hubdesk-shots-") as tmp:
        os.environ["HUBDESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        app = make_application(["hubdesk"], lang)
        from hubdesk.services import Workspace
        from ui.editor.window import EditorWindow
        from ui.library.window import LibraryWindow

        workspace = Workspace.open(Path(tmp) / "hubdesk.sqlite3")
        demo = workspace.add_demo()[0]
        molfetta = workspace.create(istat_code="072029").id
        out.mkdir(parents=True, exist_ok=True)

        library = LibraryWindow(workspace)
        library.resize(1280, 560)
        library.show()
        _settle(app, 120)
        library.grab().save(str(out / "library.png"))

        new = EditorWindow(workspace, molfetta, lang)
        new.resize(1400, 860)
        new.show()
        _settle(app, 120)
        new.grab().save(str(out / "problems.png"))
        new.close()

        editor = EditorWindow(workspace, demo, lang)
        editor.resize(1400, 900)
        editor.show()
        for section, name in (("budget", "budget"), ("activities", "timeline"), ("submit", "submit")):
            editor.show_section(section)
            _settle(app, 120)
            editor.grab().save(str(out / f"{name}.png"))
        editor.close()
        library.close()
        _settle(app, 20)
        workspace.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "it",
        Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots",
    )
