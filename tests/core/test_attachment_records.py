"""The attachment record written by the page, drag and drop and the offered fixes: built in the core."""

from __future__ import annotations

from hubdesk.attachment_records import file_values, media_type_for, new_record
from hubdesk.callprofile import load_call_profile

PROFILE = load_call_profile()


def test_sniffed_type_wins_over_the_extension() -> None:
    assert media_type_for("image/png", "foto.pdf", PROFILE) == "image/png"


def test_unknown_bytes_take_the_type_the_extension_implies() -> None:
    assert media_type_for("application/octet-stream", "Relazione.PDF", PROFILE) == "application/pdf"
    assert media_type_for(None, "tabella.ods", PROFILE) == "application/vnd.oasis.opendocument.spreadsheet"
    assert media_type_for(None, "strano.xyz", PROFILE) == "application/octet-stream"


def test_new_record_guesses_kind_and_title_unless_given() -> None:
    rec = new_record("ALL-3", "Delibera GC 12-2021.pdf", 10, "ab" * 32, "application/pdf", PROFILE)
    assert rec == {
        "id": "ALL-3",
        "kind": "council_resolution",
        "title": "Delibera GC 12-2021",
        "size": 10,
        "sha256": "ab" * 32,
        "file_name": "Delibera GC 12-2021.pdf",
        "media_type": "application/pdf",
        "refers_to": None,
    }
    fix = new_record(
        "ALL-4",
        "scan0001.pdf",
        5,
        "cd" * 32,
        None,
        PROFILE,
        kind="letter_of_intent",
        refers_to="PAR-1",
        title="Lettera di intenti – Coop. Alfa",
    )
    assert (fix["kind"], fix["refers_to"], fix["title"]) == (
        "letter_of_intent",
        "PAR-1",
        "Lettera di intenti – Coop. Alfa",
    )


def test_replacing_a_file_changes_only_what_describes_the_bytes() -> None:
    assert set(file_values("a.png", 1, "ef" * 32, "image/png", PROFILE)) == {
        "size",
        "sha256",
        "file_name",
        "media_type",
    }
