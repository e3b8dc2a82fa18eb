"""ELIG-*: is the applicant municipality eligible for the call (DOMAIN.md §7 items 1 and 3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdesk.validation.catalogue import issue, rule
from hubdesk.validation.context import Context, as_int, as_str
from hubdesk.validation.identifiers import is_valid_istat_code
from hubdesk.validation.issues import Issue


@rule("ELIG-001")
def istat_code_in_region(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    code = ctx.applicant.get("istat_code")
    path = "/applicant/istat_code"
    if not is_valid_istat_code(code):
        yield issue(
            "ELIG-001",
            path,
            "Il codice ISTAT del Comune deve essere di 6 cifre (es. 072006 per Bari): correggerlo.",
            "The municipality's ISTAT code must have 6 digits (e.g. 072006 for Bari): correct it.",
        )
    elif code not in ctx.profile.municipalities or code[:3] not in ctx.profile.region_prefixes:
        yield issue(
            "ELIG-001",
            path,
            f"Il codice ISTAT {code} non corrisponde a un Comune pugliese dell'elenco ufficiale: "
            "verificare il codice.",
            f"ISTAT code {code} is not a Puglia municipality in the official list: check the code.",
        )


@rule("ELIG-002")
def capital_or_population(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    code = as_str(ctx.applicant.get("istat_code"))
    town = ctx.profile.municipalities.get(code) if code is not None else None
    population = as_int(ctx.applicant.get("population"))
    if town is None or town.provincial_capital or population is None:
        return
    threshold = ctx.profile.population_threshold
    if population <= threshold:
        limit = f"{threshold:,}".replace(",", ".")
        yield issue(
            "ELIG-002",
            "/applicant/population",
            f"{town.name} non è capoluogo di provincia e non supera i {limit} abitanti "
            f"(popolazione indicata: {population}): il Comune non può partecipare al bando.",
            f"{town.name} is not a provincial capital and does not exceed {threshold:,} residents "
            f"(population given: {population}): the municipality cannot apply.",
        )


@rule("ELIG-003")
def population_matches_reference(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    code = as_str(ctx.applicant.get("istat_code"))
    town = ctx.profile.municipalities.get(code) if code is not None else None
    population = as_int(ctx.applicant.get("population"))
    if town is None or population is None or town.population_2011 <= 0:
        return
    tolerance = ctx.profile.population_tolerance_percent
    if abs(population - town.population_2011) * 100 > tolerance * town.population_2011:
        yield issue(
            "ELIG-003",
            "/applicant/population",
            f"La popolazione indicata ({population}) differisce di oltre il {tolerance} % dal dato "
            "ISTAT "
            f"del censimento 2011 per {town.name} ({town.population_2011}): verificare il dato e la "
            "fonte.",
            f"The population given ({population}) differs by more than {tolerance} % from the 2011 "
            f"census figure for {town.name} ({town.population_2011}): check the figure and its "
            "source.",
        )


@rule("ELIG-004")
def joint_bat_only_for_bat(doc: dict[str, Any], ctx: Context) -> Iterator[Issue]:
    if ctx.applicant.get("joint_bat") is not True:
        return
    code = as_str(ctx.applicant.get("istat_code"))
    if code not in ctx.profile.bat_istat_codes:
        yield issue(
            "ELIG-004",
            "/applicant/joint_bat",
            "La proposta congiunta per il territorio BAT è riservata a Barletta, Andria e Trani: "
            "togliere la spunta.",
            "The joint BAT proposal is reserved to Barletta, Andria and Trani: untick it.",
        )
