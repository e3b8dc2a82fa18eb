"""Entry script of the PyInstaller bundle: the same command line as ``hubdesk`` (no arguments: the app)."""

import multiprocessing
import sys

from hubdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
