"""BUD-*: the financial plan (ceiling, fund/category eligibility, land, VAT, FSE share).

Amounts are integer cents; a line's eligible cost counts its VAT only when the VAT is not
recoverable, and the requested grant is the eligible cost of the grant-fund (FESR, FSE) lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk import budget
from hubdesk.document.pointer import join_pointer
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_dict, as_int, as_str, is_blank
from hubdesk.validation.issues import Issue
from hubdesk.validation.rules.common import euro, line_label

LAND_CATEGORY = "land_purchase"


@rule("BUD-001")
def grant_within_ceiling(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    code = as_str(ctx.applicant.get("istat_code")) or ""
    ceiling = ctx.profile.ceiling_for(code, ctx.applicant.get("joint_bat") is True)
    if ctx.grant_cents > ceiling:
        yield issue(
            "BUD-001",
            "/budget",
            f"Il contributo richiesto ({euro(ctx.grant_cents)}) supera il massimale di "
            f"{euro(ceiling)}: "
            f"ridurre le voci FESR e FSE di almeno {euro(ctx.grant_cents - ceiling)} o spostarle "
            "sul cofinanziamento.",
            f"The requested grant ({euro(ctx.grant_cents, 'en')}) exceeds the ceiling of "
            f"{euro(ceiling, 'en')}: "
            f"cut ERDF and ESF lines by at least {euro(ctx.grant_cents - ceiling, 'en')} or move them to "
            "co-financing.",
        )


@rule("BUD-002")
def category_eligible_for_fund(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    grant_funds, categories = set(ctx.profile.grant_funds), ctx.profile.cost_categories
    for i, item in enumerate(ctx.budget):
        line = as_dict(item)
        fund, cat = as_str(line.get("fund")), as_str(line.get("category"))
        if fund not in grant_funds or cat not in categories or ctx.profile.category_allowed(fund, cat):
            continue
        allowed = ", ".join(categories[cat].funds) or "—"
        label = line_label(line, i)
        yield issue(
            "BUD-002",
            join_pointer("budget", i, "category"),
            f"La categoria «{categories[cat].label_it}» della voce {label} non è ammissibile sul "
            "fondo "
            f"{fund} (ammessa su: {allowed}): cambiare categoria o fondo.",
            f"Category '{categories[cat].label_en}' of line {label} is not eligible for fund {fund} "
            f"(allowed: {allowed}): change the category or the fund.",
        )


@rule("BUD-003")
def land_purchase_limit(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    """Land bought (any fund) must stay within a share of the dossier's total eligible cost.

    Reading of DPR 22/2018 art. 17: the limit applies to the whole operation, i.e. the eligible cost
    of all lines (grant and co-financing). It rises from the default to the derelict-site percentage
    when any property tied (through its activity) to a land-purchase line is a derelict site.
    """
    land, derelict = 0, False
    for i, item in enumerate(ctx.budget):
        line = as_dict(item)
        if line.get("category") != LAND_CATEGORY or ctx.eligible[i] is None:
            continue
        land += ctx.eligible[i] or 0
        prop = ctx.property(as_dict(ctx.activity(line.get("activity"))).get("property"))
        derelict = derelict or as_dict(prop).get("derelict_site") is True
    if land == 0:
        return
    percent = ctx.profile.land_purchase_percent(derelict)
    total = ctx.total_eligible_cents
    if land * 100 > percent * total:
        limit = total * percent // 100
        yield issue(
            "BUD-003",
            "/budget",
            f"L'acquisto di terreni ({euro(land)}) supera il {percent} % del costo ammissibile "
            "totale "
            f"({euro(limit)} su {euro(total)}): ridurre le voci di acquisto terreni.",
            f"Land purchase ({euro(land, 'en')}) exceeds {percent} % of the total eligible cost "
            f"({euro(limit, 'en')} of {euro(total, 'en')}): reduce the land purchase lines.",
        )


@rule("BUD-004")
def no_recoverable_vat(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for i, item in enumerate(ctx.budget):
        line = as_dict(item)
        vat = as_int(line.get("vat_cents"))
        if line.get("vat_recoverable") is True and vat is not None and vat > 0:
            label = line_label(line, i)
            yield issue(
                "BUD-004",
                join_pointer("budget", i, "vat_cents"),
                f"La voce {label} indica IVA recuperabile ({euro(vat)}): l'IVA recuperabile non è "
                "una "
                "spesa ammissibile, impostarla a 0.",
                f"Line {label} has recoverable VAT ({euro(vat, 'en')}): recoverable VAT is not eligible, "
                "set it to 0.",
            )


@rule("BUD-005")
def fund_matches_activity(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    grant_funds = set(ctx.profile.grant_funds)
    for i, item in enumerate(ctx.budget):
        line = as_dict(item)
        fund = as_str(line.get("fund"))
        act_fund = as_str(as_dict(ctx.activity(line.get("activity"))).get("fund"))
        if fund in grant_funds and act_fund in grant_funds and fund != act_fund:
            label = line_label(line, i)
            yield issue(
                "BUD-005",
                join_pointer("budget", i, "fund"),
                f"La voce {label} è sul fondo {fund} ma la sua attività è finanziata dal {act_fund}: "
                "usare lo stesso fondo dell'attività o un cofinanziamento.",
                f"Line {label} uses fund {fund} but its activity is financed by {act_fund}: use the "
                "activity's fund or a co-financing.",
            )


@rule("BUD-006")
def works_need_property(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    needs = {c for c, ch in ctx.profile.cost_categories.items() if ch.extra.get("requires_property")}
    for i, item in enumerate(ctx.budget):
        line = as_dict(item)
        cat = as_str(line.get("category"))
        act = ctx.activity(line.get("activity"))
        if cat in needs and act is not None and is_blank(act.get("property")):
            label = line_label(line, i)
            yield issue(
                "BUD-006",
                join_pointer("budget", i),
                f"La voce {label} riguarda opere, ma la sua attività non è collegata ad alcun "
                "immobile: "
                "indicare l'immobile nell'attività.",
                f"Line {label} is for works, but its activity is not linked to any property: set the "
                "activity's property.",
            )


@rule("BUD-007")
def fse_share_in_range(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    if ctx.grant_cents <= 0:
        return
    low, high = ctx.profile.fse_share_range
    fse, grant = ctx.fse_cents, ctx.grant_cents
    if not budget.fse_share_in_range(fse, grant, low, high):
        pct = f"{fse * 100 / grant:.1f}".replace(".", ",")
        yield issue(
            "BUD-007",
            "/budget",
            f"La quota FSE è il {pct} % del contributo richiesto, fuori dall'intervallo "
            f"{low}-{high} %: "
            "riequilibrare le voci FESR e FSE.",
            f"The ESF share is {pct.replace(',', '.')} % of the requested grant, outside "
            f"{low}-{high} %: "
            "rebalance the ERDF and ESF lines.",
        )


@rule("BUD-008")
def grant_not_zero(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    if ctx.grant_cents == 0:
        yield issue(
            "BUD-008",
            "/budget",
            "Il contributo richiesto è zero: inserire le voci di spesa sui fondi FESR e FSE.",
            "The requested grant is zero: enter budget lines on the ERDF and ESF funds.",
        )
