"""Shared inputs for the rules (placeholder while the rules are being written)."""
from __future__ import annotations
from dataclasses import dataclass
from datetime import date
from ..domain.case import Body, Case

@dataclass(frozen=True, slots=True)
class Facts:
    case: Case
    body: Body
    as_of: date

    @classmethod
    def of(cls, case: Case, body: Body, as_of: date) -> "Facts":
        return cls(case, body, as_of)
