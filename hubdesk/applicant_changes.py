"""What else changes when the applicant municipality or a property's owner kind changes.

Changing the municipality (a clone for another Comune, a wrong pick) leaves data that belonged to
the old one: its fiscal code, PEC, mayor, the cadastral municipality code of its properties, the
CUP. Changing a property's owner away from the applicant leaves the Comune's name and fiscal code as
owner. These functions return the edit operations of the change itself plus the *leftovers*: values
that belonged to the old choice, each with the operation that clears it, so the UI can offer to
clear them in the same undoable step (or show them) and the CLI can do the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hubdesk.callprofile.model import CallProfile
from hubdesk.document.pointer import join_pointer

Op = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Leftover:
    """A value that belonged to the old choice, and the operation that replaces it."""

    path: str
    value: Any
    op: Op
    label_it: str
    label_en: str

    def label(self, lang: str = "it") -> str:
        return self.label_en if lang == "en" else self.label_it


@dataclass(frozen=True, slots=True)
class Change:
    ops: list[Op]
    leftovers: list[Leftover]

    def all_ops(self) -> list[Op]:
        """The change plus the clearing of every leftover: one undoable step."""
        return [*self.ops, *(left.op for left in self.leftovers)]


def _d(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _replace(path: str, value: Any) -> Op:
    return {"op": "replace", "path": path, "value": value}


def municipality_change(doc: dict[str, Any], profile: CallProfile, istat_code: str) -> Change:
    """Switch the applicant to ``istat_code``; leftovers are what identified the old municipality."""
    applicant = _d(doc.get("applicant"))
    new = profile.municipalities.get(istat_code)
    if new is None or istat_code == applicant.get("istat_code"):
        return Change([], [])
    old = profile.municipalities.get(str(applicant.get("istat_code", "")))
    new_name = f"Comune di {new.name}"
    old_name = applicant.get("name")
    ops = [
        _replace("/applicant/istat_code", istat_code),
        _replace("/applicant/name", new_name),
        _replace("/applicant/population", new.population_2011),
    ]
    if applicant.get("joint_bat") and istat_code not in profile.bat_istat_codes:
        ops.append(_replace("/applicant/joint_bat", False))
    left: list[Leftover] = []

    def leftover(path: str, value: Any, cleared: Any, it: str, en: str) -> None:
        left.append(Leftover(path, value, _replace(path, cleared), it, en))

    old_code = applicant.get("fiscal_code")
    if _filled(old_code):
        leftover(
            "/applicant/fiscal_code", old_code, "", "Codice fiscale del Comune", "Municipality fiscal code"
        )
    if _filled(applicant.get("pec")):
        leftover("/applicant/pec", applicant["pec"], "", "PEC del Comune", "Municipality PEC")
    mayor = _d(applicant.get("legal_representative"))
    if _filled(mayor.get("full_name")):
        leftover(
            "/applicant/legal_representative/full_name",
            mayor["full_name"],
            "",
            "Nome del legale rappresentante",
            "Legal representative's name",
        )
    if _filled(mayor.get("fiscal_code")):
        leftover(
            "/applicant/legal_representative/fiscal_code",
            mayor["fiscal_code"],
            "",
            "Codice fiscale del legale rappresentante",
            "Legal representative's fiscal code",
        )
    cup = _d(doc.get("proposal")).get("cup")
    if _filled(cup):
        leftover("/proposal/cup", cup, None, "CUP", "CUP")
    properties = _list(doc.get("properties"))
    for i, prop in enumerate(properties):
        prop = _d(prop)
        cadastre = _d(prop.get("cadastre"))
        code = cadastre.get("municipality_code")
        if _filled(code) and (old is None or code == old.cadastral_code):
            leftover(
                join_pointer("properties", i, "cadastre", "municipality_code"),
                code,
                "",
                f"Codice catastale del Comune (immobile {i + 1})",
                f"Cadastral municipality code (property {i + 1})",
            )
        owner = _d(prop.get("owner"))
        if owner.get("kind") == "applicant":
            if owner.get("name") == old_name and old_name != new_name:
                ops.append(_replace(join_pointer("properties", i, "owner", "name"), new_name))
            if _filled(owner.get("fiscal_code")) and owner.get("fiscal_code") == old_code:
                leftover(
                    join_pointer("properties", i, "owner", "fiscal_code"),
                    owner["fiscal_code"],
                    None,
                    f"Codice fiscale del proprietario (immobile {i + 1})",
                    f"Owner fiscal code (property {i + 1})",
                )
    return Change(ops, left)


def owner_kind_change(doc: dict[str, Any], index: int, kind: str) -> Change:
    """Set property ``index``'s owner kind; leaving "applicant" leaves the Comune as owner name/code."""
    properties = _list(doc.get("properties"))
    if not 0 <= index < len(properties):
        return Change([], [])
    owner = _d(_d(properties[index]).get("owner"))
    base = join_pointer("properties", index, "owner")
    if owner.get("kind") == kind:
        return Change([], [])
    ops = [_replace(base + "/kind", kind)]
    applicant = _d(doc.get("applicant"))
    left: list[Leftover] = []
    if kind == "applicant":
        if not _filled(owner.get("name")) and _filled(applicant.get("name")):
            ops.append(_replace(base + "/name", applicant["name"]))
        if not _filled(owner.get("fiscal_code")) and _filled(applicant.get("fiscal_code")):
            ops.append(_replace(base + "/fiscal_code", applicant["fiscal_code"]))
        return Change(ops, left)
    name, code = owner.get("name"), owner.get("fiscal_code")
    if _filled(name) and (owner.get("kind") == "applicant" or name == applicant.get("name")):
        left.append(
            Leftover(
                base + "/name", name, _replace(base + "/name", ""), "Nome del proprietario", "Owner name"
            )
        )
    if _filled(code) and (owner.get("kind") == "applicant" or code == applicant.get("fiscal_code")):
        left.append(
            Leftover(
                base + "/fiscal_code",
                code,
                _replace(base + "/fiscal_code", None),
                "Codice fiscale del proprietario",
                "Owner fiscal code",
            )
        )
    return Change(ops, left)
