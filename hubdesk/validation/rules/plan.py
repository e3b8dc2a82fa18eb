"""PLAN-*: the timeline (months within the duration, end of eligibility) and each activity's fit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.document.pointer import join_pointer
from hubdesk.timeline import parse_date
from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_dict, as_int, as_str
from hubdesk.validation.issues import Issue
from hubdesk.validation.rules.common import of_item


@rule("PLAN-001")
def months_within_duration(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    last = ctx.duration if ctx.duration is not None and ctx.duration >= 1 else None
    span_it = f"tra 1 e {last}" if last else "almeno 1"
    span_en = f"between 1 and {last}" if last else "at least 1"
    for i, item in enumerate(ctx.activities):
        act = as_dict(item)
        start, end = as_int(act.get("start_month")), as_int(act.get("end_month"))
        it, en = of_item("activities", item, i)
        bad_start = start is not None and (start < 1 or (last is not None and start > last))
        bad_end = end is not None and (end < 1 or (last is not None and end > last))
        if bad_start:
            yield issue(
                "PLAN-001",
                join_pointer("activities", i, "start_month"),
                f"Il mese di inizio {it} ({start}) deve essere {span_it}: correggerlo.",
                f"The start month of the {en} ({start}) must be {span_en}: correct it.",
            )
        if bad_end:
            yield issue(
                "PLAN-001",
                join_pointer("activities", i, "end_month"),
                f"Il mese di fine {it} ({end}) deve essere {span_it}: correggerlo.",
                f"The end month of the {en} ({end}) must be {span_en}: correct it.",
            )
        if not bad_start and not bad_end and start is not None and end is not None and start > end:
            yield issue(
                "PLAN-001",
                join_pointer("activities", i, "end_month"),
                f"Il mese di fine {it} ({end}) precede quello di inizio ({start}): correggerli.",
                f"The end month of the {en} ({end}) is before its start month ({start}): correct them.",
            )


@rule("PLAN-002")
def ends_within_eligibility(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    limit = parse_date(ctx.profile.eligibility_end_date)
    if ctx.end_date is None or limit is None or ctx.end_date <= limit:
        return
    yield issue(
        "PLAN-002",
        "/proposal/duration_months",
        f"Il progetto terminerebbe il {ctx.end_date:%d/%m/%Y}, dopo il {limit:%d/%m/%Y}, ultimo "
        "giorno di "
        "ammissibilità della spesa: ridurre la durata o anticipare la data di inizio.",
        f"The project would end on {ctx.end_date.isoformat()}, after {limit.isoformat()}, the last "
        "day "
        "of expenditure eligibility: shorten it or start earlier.",
    )


@rule("PLAN-003")
def activity_has_budget(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    for i, item in enumerate(ctx.activities):
        ident = as_str(as_dict(item).get("id"))
        if ident is not None and ident not in ctx.activities_with_lines:
            it, en = of_item("activities", item, i)
            yield issue(
                "PLAN-003",
                join_pointer("activities", i),
                f"Nessuna voce di spesa è collegata {it.replace('dell', 'all', 1)}: aggiungere i "
                "costi "
                "o verificare che l'attività sia necessaria.",
                f"No budget line is linked to the {en}: add its costs or check that it is needed.",
            )


@rule("PLAN-004")
def area_and_fund_fit(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    chosen = ctx.proposal.get("thematic_areas")
    chosen_set = {a for a in chosen if isinstance(a, str)} if isinstance(chosen, list) else None
    areas, funds = ctx.profile.thematic_areas, ctx.profile.funds
    for i, item in enumerate(ctx.activities):
        act = as_dict(item)
        area, fund = as_str(act.get("thematic_area")), as_str(act.get("fund"))
        if area is None or area not in areas:
            continue
        it, en = of_item("activities", item, i)
        label_it, label_en = areas[area].label_it, areas[area].label_en
        if chosen_set is not None and area not in chosen_set:
            yield issue(
                "PLAN-004",
                join_pointer("activities", i, "thematic_area"),
                f"L'area tematica {it} («{label_it}») non è tra quelle scelte per la proposta: "
                "aggiungerla alla proposta o cambiare l'area dell'attività.",
                f"The thematic area of the {en} ('{label_en}') is not among the proposal's areas: "
                "add "
                "it to the proposal or change the activity's area.",
            )
        if fund is not None and fund in funds and not ctx.profile.area_allowed(fund, area):
            allowed = ", ".join(areas[area].funds)
            yield issue(
                "PLAN-004",
                join_pointer("activities", i, "fund"),
                f"Il fondo {fund} non può finanziare l'area «{label_it}» {it}: usare {allowed}.",
                f"Fund {fund} cannot finance area '{label_en}' of the {en}: use {allowed}.",
            )
