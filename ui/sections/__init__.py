"""The section pages of a dossier: one framework for every section of the document.

Layout
    page.py        ``SectionPage`` (the contract: set_document, set_issues, focus_path, emit_edit,
                   set_read_only) and ``EditorContext``
    names.py       the sections in navigation order and their translated names
    registry.py    which page shows which section; ``build_pages`` and ``build_read_only_pages``
    read_only.py   ``ReadOnlySections``: the pages of a document dict, read-only, without a workspace
    common/        what the pages share: the table-model base, issue marks (colours from the
                   palette), combos, the focus-the-pointer helper, the text-commit policy, the wheel
                   guard, the field binder, form and master-detail page bases
    applicant.py proposal.py properties.py partners.py indicators.py
    activities/ budget/ attachments/ submit/   the pages with several parts

Read-only mode (reviewer view, frozen versions): every page accepts ``set_read_only(True)``, or is
built read-only from ``EditorContext(..., read_only=True)``. For a document without a workspace::

    from ui.sections.read_only import ReadOnlySections
    view = ReadOnlySections(profile, lang)
    view.set_document(doc)

or ``ui.sections.registry.build_read_only_pages(doc, profile, lang)`` for the pages alone.
The editor (``ui.editor``) imports this package; nothing here imports the editor.
"""
