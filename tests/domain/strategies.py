"""Hypothesis strategies for case documents, walked from the dataclasses like the codec and schema."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date
from enum import Enum

from hypothesis import strategies as st

from complaint_builder.domain import case as model
from complaint_builder.domain.codec import _fields, _split_optional
from complaint_builder.domain.states import all_states

DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
STATES = st.sampled_from(sorted(all_states()) + [""])


def _value(tp, name: str, depth: int):
    inner, optional = _split_optional(tp)
    if inner is str:
        strategy = STATES if name == "state" else TEXT
    elif inner is bool:
        strategy = st.booleans()
    elif inner is int:
        strategy = st.just(model.SCHEMA_VERSION)
    elif inner is date:
        strategy = DATES.map(date.isoformat)
    elif isinstance(inner, type) and issubclass(inner, Enum):
        strategy = st.sampled_from([m.value for m in inner])
    elif typing.get_origin(inner) is tuple:
        item = typing.get_args(inner)[0]
        if name == "languages":
            strategy = st.lists(st.sampled_from(["en", "fr", "ru", "es"]), max_size=2)
        else:
            strategy = st.lists(_value(item, name, depth + 1), max_size=3 if depth == 0 else 2)
    elif dataclasses.is_dataclass(inner):
        strategy = document(inner, depth + 1)
    else:
        raise TypeError(inner)
    return st.one_of(st.none(), strategy) if optional else strategy


def document(cls: type = model.Case, depth: int = 0) -> st.SearchStrategy[dict]:
    """Return a strategy for JSON objects shaped like ``cls`` (any subset of its fields)."""
    fields = {name: _value(tp, name, depth) for name, tp, _ in _fields(cls)}
    return st.fixed_dictionaries({}, optional=fields)
