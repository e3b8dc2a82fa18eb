"""The fix a problem offers when it needs an attachment, and the kind a new attachment most likely is.

PROP-002 (a property not owned by the Comune lacks its availability agreement), PART-003 (a partner
lacks its letter of intent) and ATT-003 (a required act is missing) are fixed by attaching a file with
the right ``kind`` and ``refers_to``: :func:`attachment_fix` says which, and the wording of the
action ("Allega l'accordo…"). :func:`guess_kind` reads a file name ("Delibera GC 12-2021.pdf") and
the context (which item it is for) so a new attachment is rarely "Altro".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from hubdesk.callprofile.model import CallProfile
from hubdesk.document.pointer import split_pointer

_ACTIONS = {
    "property_agreement": ("Allega l'accordo…", "Attach the agreement…"),
    "letter_of_intent": ("Allega la lettera d'intenti…", "Attach the letter of intent…"),
    "council_resolution": ("Allega la delibera…", "Attach the council resolution…"),
    "rup_appointment": ("Allega la nomina del RUP…", "Attach the RUP appointment…"),
}

# Words in a file name that name the act (lower case, accents removed), most specific first.
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rup_appointment", ("nomina rup", "nomina_rup", "rup", "responsabile unico")),
    ("council_resolution", ("delibera", "dgc", "dcc", "deliberazione", "resolution")),
    ("letter_of_intent", ("lettera", "intenti", "intent", "adesione", "lettera d'intenti")),
    ("partnership_agreement", ("partenariato", "partnership", "ats", "protocollo d'intesa")),
    ("property_agreement", ("accordo", "convenzione", "comodato", "concessione", "disponibilita")),
    ("floor_plan", ("planimetria", "pianta", "floor plan", "layout")),
    ("technical_report", ("relazione", "tecnico", "economica", "report", "progetto")),
    ("declaration", ("dsan", "dichiarazione", "autocertificazione", "declaration")),
    ("photo", ("foto", "photo", "img", "immagine")),
)
_PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


@dataclass(frozen=True, slots=True)
class AttachFix:
    """Attach a file of ``kind`` referring to ``refers_to`` (an item id, or None for the dossier)."""

    kind: str
    refers_to: str | None
    title_it: str
    title_en: str
    action_it: str
    action_en: str

    def action(self, lang: str = "it") -> str:
        return self.action_en if lang == "en" else self.action_it

    def title(self, lang: str = "it") -> str:
        return self.title_en if lang == "en" else self.title_it


def _item(doc: dict[str, Any], section: str, index: int) -> dict[str, Any] | None:
    items = doc.get(section)
    item = items[index] if isinstance(items, list) and 0 <= index < len(items) else None
    return item if isinstance(item, dict) else None


def _fix(profile: CallProfile, kind: str, refers_to: str | None, name: str) -> AttachFix:
    choice = profile.attachment_kinds.get(kind)
    label_it = choice.label_it if choice else kind
    label_en = choice.label_en if choice else kind
    act_it, act_en = _ACTIONS.get(kind, ("Allega il file…", "Attach the file…"))
    suffix = f" – {name}" if name else ""
    return AttachFix(kind, refers_to, label_it + suffix, label_en + suffix, act_it, act_en)


def attachment_fix(
    rule: str, path: str, message_it: str, doc: dict[str, Any], profile: CallProfile
) -> AttachFix | None:
    """The attachment that fixes the issue (``rule`` at ``path``), or None when no file fixes it."""
    try:
        tokens = split_pointer(path)
    except ValueError:
        return None
    if rule in ("PROP-002", "PART-003") and len(tokens) == 2 and tokens[1].isdigit():
        section = "properties" if rule == "PROP-002" else "partners"
        item = _item(doc, section, int(tokens[1]))
        if item is None or not isinstance(item.get("id"), str):
            return None
        kind = profile.property_agreement_kind if rule == "PROP-002" else profile.partner_letter_kind
        return _fix(profile, kind, item["id"], str(item.get("name") or "").strip())
    if rule == "ATT-003":
        present = {a.get("kind") for a in doc.get("attachments") or [] if isinstance(a, dict)}
        missing = [k for k in profile.required_attachment_kinds if k not in present]
        for kind in missing:
            choice = profile.attachment_kinds.get(kind)
            if choice is not None and choice.label_it in message_it:
                return _fix(profile, kind, None, "")
        return _fix(profile, missing[0], None, "") if len(missing) == 1 else None
    return None


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def guess_kind(file_name: str, profile: CallProfile, refers_to_section: str | None = None) -> str:
    """The attachment kind a file most likely is, from its name and what it is attached to."""
    name = _plain(file_name)
    words = re.sub(r"[_\-.]+", " ", name)
    for kind, keys in _KEYWORDS:
        if kind in profile.attachment_kinds and any(
            re.search(rf"(^|[^a-z]){re.escape(k)}([^a-z]|$)", words) for k in keys
        ):
            return kind
    if refers_to_section == "partners" and "letter_of_intent" in profile.attachment_kinds:
        return "letter_of_intent"
    if refers_to_section == "properties":
        if name.endswith(_PHOTO_SUFFIXES) and "photo" in profile.attachment_kinds:
            return "photo"
        if "property_agreement" in profile.attachment_kinds:
            return "property_agreement"
    if name.endswith(_PHOTO_SUFFIXES) and "photo" in profile.attachment_kinds:
        return "photo"
    return "other"
