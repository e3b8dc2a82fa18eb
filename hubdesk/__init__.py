"""HubDesk core: drafting, validating and packaging proposals for the Puglia social-innovation hub call.

This package never imports Qt (checked by import-linter in the tests): the desktop front end in
``ui/`` and the command line share every use case through ``hubdesk.services``.
"""

__version__ = "0.1.0"
