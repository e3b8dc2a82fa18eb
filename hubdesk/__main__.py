"""``python -m hubdesk`` runs the same command line as ``hubdesk``."""

import sys

from hubdesk.cli import main

sys.exit(main())
