"""Per-State treaty data: OP1, CAT and the art. 22 declaration, with how sure we are of each.

Source: ``data/states.csv`` (a copy of ``shared/data/states.csv``; provenance in
``data/STATES-SOURCE.md``). State names come from pycountry / Babel, never from our own strings.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

import pycountry
from babel import Locale, UnknownLocaleError

from .case import Art22Status, StateDataOverride

# ICCPR art. 49 / OP1 art. 9: in force 23 Mar 1976 for instruments deposited by then.
OP1_ORIGINAL_ENTRY_INTO_FORCE = date(1976, 3, 23)
# CAT art. 27(1): in force 26 Jun 1987; art. 27(2): 30th day after a later deposit.
CAT_ORIGINAL_ENTRY_INTO_FORCE = date(1987, 6, 26)

# HRC decisions that applied the State's "already examined" reservation (admissibility.md §10).
RESERVATION_APPLIED_BY_HRC: dict[str, str] = {
    "AT": "S.T. v. Austria, 2650/2015, para. 6.2",
    "FR": "Hebbadj v. France, 2807/2016, para. 6.2",
    "DE": "W.K. v. Germany, 3708/2020, para. 8.2",
    "ES": "Cañada Mora v. Spain, 2070/2011, para. 4.2",
    "SE": "R.M. and Q.M. v. Sweden, 4062/2021, para. 7.2",
}

_YEAR_NOTE = re.compile(r"\b(ICCPR|OP1|CAT): party since (\d{4}) \(year only")


@dataclass(frozen=True, slots=True)
class StateTreaties:
    iso2: str
    iccpr_party: date | None
    op1_party: date | None
    op1_in_force: date | None
    op1_denounced_effective: date | None
    op1_reservation_same_matter: bool | None  # None: not checked / not a party
    op1_ratione_temporis_limit: date | None
    cat_party: date | None
    cat_art22: Art22Status
    cat_art22_declaration: date | None
    confidence: str  # verified / partly / unverified (whole row)
    notes: str
    source: str
    year_only: tuple[tuple[str, int], ...] = ()  # ("OP1", 2017): party status known only by year
    overridden: str = ""  # where the lawyer checked the data, when a case overrides it

    @property
    def cat_in_force(self) -> date | None:
        """Return the CAT entry into force for the State (art. 27)."""
        if self.cat_party is None:
            return None
        return max(self.cat_party + timedelta(days=30), CAT_ORIGINAL_ENTRY_INTO_FORCE)

    def year_only_for(self, instrument: str) -> int | None:
        for name, year in self.year_only:
            if name == instrument:
                return year
        return None

    @property
    def op1_succession_undated(self) -> bool:
        """OP1 by succession with no computed date: the critical date is a legal question."""
        return self.op1_party is not None and self.op1_in_force is None

    def with_override(self, override: StateDataOverride | None) -> StateTreaties:
        """Return this data corrected by what the lawyer has checked."""
        if override is None:
            return self
        changes: dict[str, object] = {}
        if override.op1_in_force is not None:
            changes["op1_in_force"] = override.op1_in_force
            changes["op1_party"] = self.op1_party or override.op1_in_force
        if override.cat_art22 is not None:
            changes["cat_art22"] = override.cat_art22
        if override.cat_art22_declaration_date is not None:
            changes["cat_art22_declaration"] = override.cat_art22_declaration_date
            changes.setdefault("cat_art22", Art22Status.YES)
        if override.reservation_same_matter is not None:
            changes["op1_reservation_same_matter"] = override.reservation_same_matter
        if not changes:
            return self
        changes["overridden"] = override.checked_source or "checked by the user"
        return replace(self, **changes)


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _yes_no(text: str) -> bool | None:
    return {"yes": True, "no": False}.get(text)


@cache
def all_states() -> dict[str, StateTreaties]:
    """Return the treaty data of every State, keyed by ISO 3166-1 alpha-2 code."""
    text = resources.files(__package__).joinpath("data/states.csv").read_text(encoding="utf-8")
    out: dict[str, StateTreaties] = {}
    for row in csv.DictReader(text.splitlines()):
        out[row["iso2"]] = StateTreaties(
            iso2=row["iso2"],
            iccpr_party=_date(row["iccpr_party_date"]),
            op1_party=_date(row["op1_party_date"]),
            op1_in_force=_date(row["op1_in_force_date"]),
            op1_denounced_effective=_date(row["op1_denounced_effective_date"]),
            op1_reservation_same_matter=_yes_no(row["op1_reservation_same_matter"]),
            op1_ratione_temporis_limit=_date(row["op1_ratione_temporis_limit"]),
            cat_party=_date(row["cat_party_date"]),
            cat_art22=Art22Status(row["cat_art22"] or "unknown"),
            cat_art22_declaration=_date(row["cat_art22_declaration_date"]),
            confidence=row["confidence"],
            notes=row["notes"],
            source=row["source"],
            year_only=tuple((m.group(1), int(m.group(2))) for m in _YEAR_NOTE.finditer(row["notes"])),
        )
    return out


def treaties_for(iso2: str, override: StateDataOverride | None = None) -> StateTreaties | None:
    """Return the State's treaty data (with the case's override applied), or None if unknown."""
    data = all_states().get(iso2)
    return data.with_override(override) if data else None


def is_known_state(iso2: str) -> bool:
    return iso2 in all_states()


@cache
def state_name(iso2: str, locale: str = "en") -> str:
    """Return the State's name in ``locale`` (Babel's CLDR names; pycountry for English)."""
    if locale == "en":
        country = pycountry.countries.get(alpha_2=iso2)
        if country is None:
            return iso2
        return getattr(country, "common_name", None) or country.name
    try:
        return Locale.parse(locale).territories.get(iso2) or state_name(iso2, "en")
    except (UnknownLocaleError, ValueError):
        return state_name(iso2, "en")


def state_choices(locale: str = "en") -> list[tuple[str, str]]:
    """Return (code, name) for every State we hold data for, sorted by name."""
    return sorted(((code, state_name(code, locale)) for code in all_states()), key=lambda item: item[1])
