"""Budget tables of the proposal: by fund, category, beneficiary and activity, then every line.

Money is summed in integer cents and formatted only here, at the edge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from reportlab.platypus import Flowable, Spacer

from hubdesk.budget import eligible_cents
from hubdesk.callprofile import CallProfile
from hubdesk.money import format_eur
from hubdesk.report.styles import markup, para, text
from hubdesk.report.tables import data_table

GRANT, COFIN = "grant", "cofin"


def cents(value: Any) -> int:
    """An amount from the document; a malformed one (a draft) counts as zero, validation reports it."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class BudgetView:
    """Totals of the budget lines grouped the ways the call's forms ask for."""

    def __init__(self, doc: dict[str, Any], profile: CallProfile) -> None:
        self.lines: list[dict[str, Any]] = [b for b in doc.get("budget") or [] if isinstance(b, dict)]
        self.profile = profile
        self.grant_funds = profile.grant_funds

    def column(self, line: dict[str, Any]) -> str:
        fund = line.get("fund")
        return fund if fund in self.grant_funds else COFIN

    def grouped(self, key: Callable[[dict[str, Any]], str]) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for line in self.lines:
            out[key(line)][self.column(line)] += eligible_cents(line)
        return out

    def total(self, lines: Iterable[dict[str, Any]] | None = None) -> int:
        return sum(eligible_cents(b) for b in (self.lines if lines is None else lines))

    @property
    def grant(self) -> int:
        return self.total(b for b in self.lines if b.get("fund") in self.grant_funds)


def _fund_columns(view: BudgetView) -> list[tuple[str, str]]:
    return [(f, f) for f in view.grant_funds] + [(COFIN, "Cofinanz.")]


def _matrix(
    view: BudgetView,
    title: str,
    key: Callable[[dict[str, Any]], str],
    order: list[Any],
    label: Callable[[str], str],
) -> Flowable:
    groups = view.grouped(key)
    cols = _fund_columns(view)
    keys = [k for k in order if k in groups] + sorted(k for k in groups if k not in order)
    rows = []
    for k in keys:
        row_total = sum(groups[k].values())
        rows.append([label(k), *[format_eur(groups[k].get(c, 0)) for c, _ in cols], format_eur(row_total)])
    totals = [sum(groups[k].get(c, 0) for k in keys) for c, _ in cols]
    n = len(cols)
    widths = [0.36] + [0.48 / n] * n + [0.16]
    right = list(range(1, n + 2))
    return data_table(
        [title, *[h for _, h in cols], "Totale"],
        rows,
        widths,
        right=right,
        total=["Totale", *[format_eur(t) for t in totals], format_eur(sum(totals))],
    )


def budget_flowables(
    doc: dict[str, Any], profile: CallProfile, h2: Callable[[str], Flowable]
) -> list[Flowable]:
    view = BudgetView(doc, profile)
    funds = profile.funds
    partners = {p.get("id"): p.get("name", "") for p in doc.get("partners") or [] if isinstance(p, dict)}
    applicant = (doc.get("applicant") or {}).get("name", "") or "Ente proponente"
    activities = {a.get("id"): a.get("title", "") for a in doc.get("activities") or [] if isinstance(a, dict)}

    def fund_label(code: str) -> str:
        return funds[code].label("it") if code in funds else str(code)

    def line_fund(code: str) -> str:
        """FESR and FSE by their code (what everyone calls them); a co-financing by its name."""
        fund = funds.get(code)
        return fund.label("it") if fund is not None and fund.kind == "cofinancing" else code

    def beneficiary(code: str) -> str:
        return f"{applicant} (proponente)" if code == "applicant" else f"{partners.get(code, '?')} ({code})"

    out: list[Flowable] = [h2("Riepilogo per fondo")]
    rows = []
    by_fund: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in view.lines:
        by_fund[str(line.get("fund"))].append(line)
    for code in [*funds, *sorted(k for k in by_fund if k not in funds)]:
        lines = by_fund.get(code, [])
        rows.append(
            [
                fund_label(code),
                format_eur(sum(cents(b.get("amount_cents")) for b in lines)),
                format_eur(sum(cents(b.get("vat_cents")) for b in lines)),
                format_eur(view.total(lines)),
            ]
        )
    total = [
        "Totale progetto",
        format_eur(sum(cents(b.get("amount_cents")) for b in view.lines)),
        format_eur(sum(cents(b.get("vat_cents")) for b in view.lines)),
        format_eur(view.total()),
    ]
    out.append(
        data_table(
            ["Fondo", "Imponibile", "IVA", "Costo ammissibile"],
            rows,
            [0.46, 0.18, 0.18, 0.18],
            right=[1, 2, 3],
            total=total,
        )
    )
    out.append(Spacer(1, 4))
    out.append(
        markup(
            f"<b>Contributo richiesto (FESR + FSE):</b> {text(format_eur(view.grant))} &nbsp;&nbsp; "
            f"<b>Cofinanziamento:</b> {text(format_eur(view.total() - view.grant))}",
            "body",
        )
    )

    out += [
        h2("Ripartizione per categoria di spesa"),
        _matrix(
            view,
            "Categoria",
            lambda b: str(b.get("category")),
            list(profile.cost_categories),
            lambda c: profile.cost_categories[c].label("it") if c in profile.cost_categories else c,
        ),
    ]
    out += [
        h2("Ripartizione per beneficiario"),
        _matrix(
            view, "Beneficiario", lambda b: str(b.get("beneficiary")), ["applicant", *partners], beneficiary
        ),
    ]
    out += [
        h2("Ripartizione per attività"),
        _matrix(
            view,
            "Attività",
            lambda b: str(b.get("activity")),
            list(activities),
            lambda a: f"{a} — {activities.get(a, '?')}",
        ),
    ]

    out.append(h2("Dettaglio delle voci di spesa"))
    rows = []
    for b in view.lines:
        cat = str(b.get("category"))
        cat_label = profile.cost_categories[cat].label("it") if cat in profile.cost_categories else cat
        vat: Flowable | str = format_eur(cents(b.get("vat_cents")))
        if b.get("vat_recoverable"):
            vat = markup(f"{text(vat)}<br/>(recuperabile)", "cell_right")
        rows.append(
            [
                para(f"{b.get('id', '')}\n{b.get('activity', '')}"),
                markup(f"<b>{text(line_fund(str(b.get('fund', ''))))}</b><br/>{text(cat_label)}", "cell"),
                markup(
                    f"{text(b.get('description', ''))}<br/><font color='#5b6775'>"
                    f"{text(beneficiary(str(b.get('beneficiary'))))}</font>",
                    "cell",
                ),
                format_eur(cents(b.get("amount_cents"))),
                vat,
                format_eur(eligible_cents(b)),
            ]
        )
    out.append(
        data_table(
            [
                "Voce / attività",
                "Fondo / categoria",
                "Descrizione / beneficiario",
                "Imponibile",
                "IVA",
                "Ammissibile",
            ],
            rows,
            [0.10, 0.17, 0.25, 0.16, 0.16, 0.16],
            right=[3, 4, 5],
            total=[
                "Totale",
                "",
                "",
                format_eur(sum(cents(b.get("amount_cents")) for b in view.lines)),
                format_eur(sum(cents(b.get("vat_cents")) for b in view.lines)),
                format_eur(view.total()),
            ],
        )
    )
    return out
