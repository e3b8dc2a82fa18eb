"""The body sections of the proposal: applicant, proposal, properties, partners, activities."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from hubdesk.callprofile import CallProfile
from hubdesk.report.gantt import gantt_drawings
from hubdesk.report.headings import h1, h2, h3
from hubdesk.report.styles import markup, para, text
from hubdesk.report.tables import bullet_list, data_table, field_table, it_date


def _label(choices: dict[str, Any], code: Any) -> str:
    return choices[code].label("it") if code in choices else str(code or "—")


def _yes(value: Any) -> str:
    return "Sì" if value else "No"


def applicant_section(doc: dict[str, Any]) -> list[Flowable]:
    a = doc.get("applicant") or {}
    lr = a.get("legal_representative") or {}
    rup = a.get("rup") or {}
    pop = a.get("population")
    pop_text = f"{pop:,}".replace(",", ".") if isinstance(pop, int) else pop
    return [
        h1("1. Ente proponente"),
        field_table(
            [
                ("Denominazione", a.get("name")),
                ("Codice ISTAT", a.get("istat_code")),
                ("Codice fiscale", a.get("fiscal_code")),
                ("PEC", a.get("pec")),
                (
                    "Popolazione residente",
                    f"{pop_text} ({a.get('population_reference') or 'fonte non indicata'})",
                ),
                ("Proposta congiunta BAT", _yes(a.get("joint_bat"))),
            ]
        ),
        h2("Legale rappresentante"),
        field_table(
            [
                ("Nome e cognome", lr.get("full_name")),
                ("Qualifica", lr.get("role")),
                ("Codice fiscale", lr.get("fiscal_code")),
            ]
        ),
        h2("Responsabile unico del procedimento (RUP)"),
        field_table(
            [
                ("Nome e cognome", rup.get("full_name")),
                ("Codice fiscale", rup.get("fiscal_code")),
                ("E-mail", rup.get("email")),
                ("Telefono", rup.get("phone")),
            ]
        ),
    ]


def proposal_section(doc: dict[str, Any], profile: CallProfile) -> list[Flowable]:
    p = doc.get("proposal") or {}
    out: list[Flowable] = [
        h1("2. La proposta"),
        field_table(
            [
                ("Titolo", p.get("title")),
                ("Acronimo", p.get("acronym")),
                ("Nome dell'Hub", p.get("hub_name")),
                ("Data di avvio", it_date(p.get("start_date"))),
                ("Durata", f"{p.get('duration_months', '—')} mesi"),
                ("CUP", p.get("cup") or "non ancora assegnato"),
            ]
        ),
        h2("Sintesi"),
        para(p.get("summary") or "—", "body"),
        h2("Obiettivi"),
        para(p.get("objectives") or "—", "body"),
        h2("Destinatari"),
        *bullet_list(p.get("target_groups") or []),
        h2("Aree tematiche"),
    ]
    areas = [a for a in p.get("thematic_areas") or []]
    rows = [
        [
            str(code),
            _label(profile.thematic_areas, code),
            ", ".join(profile.thematic_areas[code].funds) if code in profile.thematic_areas else "—",
        ]
        for code in areas
    ]
    out.append(data_table(["Codice", "Area tematica", "Fondi ammessi"], rows, [0.22, 0.6, 0.18]))
    return out


def properties_section(doc: dict[str, Any], profile: CallProfile) -> list[Flowable]:
    props = [p for p in doc.get("properties") or [] if isinstance(p, dict)]
    out: list[Flowable] = [h1("3. Immobili")]
    rows = []
    for p in props:
        c = p.get("cadastre") or {}
        cad = (
            f"{str(c.get('register', '')).capitalize()} — Comune {c.get('municipality_code', '')}"
            + (f", sez. {c['section']}" if c.get("section") else "")
            + f", foglio {c.get('sheet', '')}, particella {c.get('parcel', '')}"
            + (f", sub. {c['subordinate']}" if c.get("subordinate") else "")
        )
        owner = p.get("owner") or {}
        avail = p.get("availability") or {}
        area = p.get("floor_area_sqm")
        area_text = (
            f"{area:,.2f} m²".replace(",", "X").replace(".", ",").replace("X", ".")
            if isinstance(area, int | float) and not isinstance(area, bool)
            else "—"
        )
        rows.append(
            [
                para(p.get("id")),
                markup(
                    f"<b>{text(p.get('name'))}</b><br/>{text(p.get('address'))}<br/>{text(area_text)}", "cell"
                ),
                para(cad),
                markup(
                    f"{text(_label(profile.owner_kinds, owner.get('kind')))}<br/>{text(owner.get('name'))}"
                    f"<br/>{text(owner.get('fiscal_code'))}",
                    "cell",
                ),
                markup(
                    f"{text(_label(profile.availability_titles, avail.get('title')))}<br/>"
                    f"{text(avail.get('reference'))}<br/>fino al {text(it_date(avail.get('valid_until')))}",
                    "cell",
                ),
            ]
        )
    out.append(
        data_table(
            ["ID", "Immobile", "Dati catastali", "Proprietà", "Disponibilità"],
            rows,
            [0.08, 0.27, 0.25, 0.2, 0.2],
        )
    )
    for p in props:
        out += [
            CondPageBreak(60),
            h3(f"{p.get('id')} — {p.get('name')}"),
            field_table(
                [
                    ("Uso attuale", p.get("current_use")),
                    ("Uso previsto", p.get("planned_use")),
                    ("Interventi previsti", p.get("works")),
                    (
                        "Finanziamenti pubblici negli ultimi 10 anni",
                        _yes(p.get("public_funding_last_10_years")),
                    ),
                    ("Area dismessa / degradata", _yes(p.get("derelict_site"))),
                ]
            ),
        ]
    return out


def partners_section(doc: dict[str, Any], profile: CallProfile) -> list[Flowable]:
    rows = []
    for p in (p for p in doc.get("partners") or [] if isinstance(p, dict)):
        contact = p.get("contact") or {}
        runts = p.get("runts_section")
        ids = f"C.F. {p.get('fiscal_code') or '—'}" + (
            f"<br/>P.IVA {text(p['vat_number'])}" if p.get("vat_number") else ""
        )
        rows.append(
            [
                para(p.get("id")),
                markup(
                    f"<b>{text(p.get('name'))}</b><br/>{text(p.get('address'))}<br/>PEC {text(p.get('pec'))}",
                    "cell",
                ),
                markup(
                    f"{text(_label(profile.legal_forms, p.get('legal_form')))}"
                    + (f"<br/>RUNTS sez. {text(runts)}" if runts else ""),
                    "cell",
                ),
                markup(ids, "cell"),
                markup(
                    f"{text(p.get('role'))}<br/><font color='#5b6775'>{text(contact.get('full_name'))} "
                    f"{text(contact.get('email'))} {text(contact.get('phone'))}</font>",
                    "cell",
                ),
            ]
        )
    return [
        h1("4. Partenariato"),
        data_table(
            ["ID", "Partner", "Forma giuridica", "Identificativi", "Ruolo e referente"],
            rows,
            [0.08, 0.3, 0.2, 0.17, 0.25],
        ),
    ]


def activities_section(doc: dict[str, Any], profile: CallProfile) -> list[Flowable]:
    acts = [a for a in doc.get("activities") or [] if isinstance(a, dict)]
    partners = {p.get("id"): p.get("name") for p in doc.get("partners") or [] if isinstance(p, dict)}
    out: list[Flowable] = [PageBreak(), h1("5. Attività e cronoprogramma"), h2("Cronoprogramma")]
    for drawing in gantt_drawings(doc, profile.eligibility_end_date):
        out += [drawing, Spacer(1, 6)]
    out += [CondPageBreak(140), h2("Schede delle attività")]
    for index, a in enumerate(acts):
        lead = (
            "Ente proponente" if a.get("lead") == "applicant" else partners.get(a.get("lead"), a.get("lead"))
        )
        names = [partners.get(x, x) for x in a.get("partners") or []]
        block = [
            h3(f"{a.get('id')} — {a.get('title')}"),
            field_table(
                [
                    ("Area tematica", _label(profile.thematic_areas, a.get("thematic_area"))),
                    ("Fondo", _label(profile.funds, a.get("fund"))),
                    ("Periodo", f"dal mese {a.get('start_month')} al mese {a.get('end_month')}"),
                    ("Capofila", lead),
                    ("Partner coinvolti", ", ".join(str(n) for n in names) or "—"),
                    ("Immobile", a.get("property") or "—"),
                    ("Descrizione", a.get("description")),
                    ("Prodotti attesi", "\n".join(f"• {d}" for d in a.get("deliverables") or []) or "—"),
                ],
                label_width=0.22,
            ),
        ]
        # Start a card on a new page only when not even its first rows fit (cheaper than KeepTogether).
        out += [*([CondPageBreak(110)] if index else []), *block]
    return out
