"""The bundled sample dossier (``hubdesk demo``): a complete proposal that passes every rule.

It doubles as a fixture for tests and as a showcase in the UI, so it is built by code: identifiers
carry computed check digits and attachment records carry the hashes of files generated here.
"""

from hubdesk.demo.data import DEMO_DOSSIER_ID
from hubdesk.demo.document import demo_document
from hubdesk.demo.files import demo_attachment_files

__all__ = ["DEMO_DOSSIER_ID", "demo_attachment_files", "demo_document"]
