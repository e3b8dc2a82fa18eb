"""Import the heavy modules in a background thread once the first window is painted.

Opening the first dossier used to import the signing stack (pyHanko, aiohttp), ReportLab and the
validation engine on the GUI thread (a 0.5 s freeze). Here they load while the user looks at the
library; afterwards the loaded objects are moved out of the garbage collector's reach
(``gc.freeze()``) so a later full collection does not walk them on the GUI thread.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
import time

log = logging.getLogger("hubdesk.ui")

#: in the order the user reaches them: the editor, validation, the plan pages, then the submit page
MODULES = (
    "hubdesk.validation",
    "hubdesk.validation.engine",
    "ui.editor.window",
    "hubdesk.report.render",
    "hubdesk.package",
    "hubdesk.signing",
    "pyhanko.sign.signers",
    "ui.sections.submit.page",
)

_thread: threading.Thread | None = None
done = threading.Event()


def _warm() -> None:
    start = time.perf_counter()
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # a missing optional piece must not stop the app: it loads on use instead
            log.warning("warm-up import of %s failed", name, exc_info=True)
    gc.collect()
    gc.freeze()
    log.info("warm-up done in %.2f s", time.perf_counter() - start)
    done.set()


def start_warm_up() -> threading.Thread:
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_warm, name="hubdesk-warm-up", daemon=True)
        _thread.start()
    return _thread
