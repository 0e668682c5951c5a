"""Hostile input on every step: never a server error, never a value reflected unescaped."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaint_builder.domain.case import (
    Body,
    Case,
    Claim,
    DomesticRemedy,
    Event,
    OtherProcedure,
    Victim,
)
from complaint_builder.web import create_app
from tests.conftest import WizardActions, make_config

STEPS = ("start", "state", "parties", "events", "claims", "remedies", "procedures", "detention", "urgency")
MARKERS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg/onload=alert(1)>")
RAW_MARKERS = ("<script>alert(1)", "<img src=x onerror", "<svg/onload")

hostile = st.sampled_from(
    [
        *MARKERS,
        "\x00\x01\x02\x1b[31m\x7f",
        "line\r\nbreak\rcr",
        "9999-99-99",
        "2024-02-30",
        "0001-01-01",
        "9999-12-31",
        "-1",
        "../../etc/passwd",
        "' OR 1=1 --",
        "{{ 7*7 }}",
        "%(x)s %s %d",
        "ж" * 25_000,
        "x" * 2_001,
        "\u202eRTL\u200b\ufeff",
        "yes",
        "no",
        "unknown",
        "hrc",
        "wgad",
        "KZ",
        "",
    ]
)
values = st.one_of(
    hostile,
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200),
    st.dates().map(str),
    st.integers().map(str),
)
actions = st.sampled_from(
    [
        "next",
        "prev",
        "save",
        "goto:review",
        "goto:detention",
        "goto:../../x",
        "add:events",
        "add:victims",
        "add:domestic_remedies",
        "add:other_procedures",
        "add:__class__",
        "remove:events:0",
        "remove:victims:0",
        "remove:domestic_remedies:99999999999999999999999",
        "remove:other_procedures:-1",
        "remove::",
        "",
        "x" * 500,
    ]
)

SEED = Case(
    title="Fuzz",
    body=Body.WGAD,
    state="KZ",
    victims=(Victim(),),
    events=(Event(),),
    claims=(Claim(article="7"),),
    domestic_remedies=(DomesticRemedy(),),
    other_procedures=(OtherProcedure(),),
)


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    app = create_app(make_config(tmp), instance_path=str(tmp / "instance"))
    yield app
    app.extensions["case_store"].close()


@pytest.fixture(scope="module")
def fuzz(fuzz_app):
    """Return (actions, case id, token, field names of each step)."""
    client = fuzz_app.test_client()
    actions_ = WizardActions(client)
    case_id = fuzz_app.extensions["case_store"].create(SEED)
    names = {}
    for step in STEPS:
        html = actions_.page(case_id, step)
        form = html[html.index('id="step-form"') :]
        names[step] = sorted(set(re.findall(r'name="([^"]+)"', form)) - {"csrf_token", "action"})
    return actions_, case_id, actions_.token(f"/cases/{case_id}/state"), names


def _check(response) -> str:
    assert response.status_code < 500, response.status_code
    html = response.get_data(as_text=True)
    for marker in RAW_MARKERS:
        assert marker not in html, f"unescaped {marker!r}"
    return html


@pytest.mark.parametrize("step", STEPS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_every_step_survives_hostile_posts(fuzz, fuzz_app, step, data):
    actions_, case_id, token, names = fuzz
    keys = st.sampled_from([*names[step], "unknown", "events-999-date_from", "victims-x-person-name", "__proto__", "csrf_token"])
    form = data.draw(st.dictionaries(keys, values, max_size=12), label="form")
    csrf = data.draw(st.sampled_from(["valid", "missing", "forged"]), label="csrf")
    form["action"] = data.draw(actions, label="action")
    if csrf == "valid":
        form["csrf_token"] = token
    elif csrf == "forged":
        form["csrf_token"] = "forged" + token[6:]
    else:
        form.pop("csrf_token", None)
    url = f"/cases/{case_id}/{step}" if step != "start" or data.draw(st.booleans()) else "/new"
    response = actions_.client.post(url, data=form)
    _check(response)
    if csrf != "valid":
        assert response.status_code == 400
    # whatever was saved must render again, escaped, on the step, the review and the case list
    for after in (f"/cases/{case_id}/{step}", f"/cases/{case_id}/review", "/"):
        _check(actions_.client.get(after, follow_redirects=True))
    if data.draw(st.booleans(), label="live panel"):
        _check(actions_.client.post(f"/cases/{case_id}/{step}/panel", data={**form, "csrf_token": token}))


@given(
    case_id=st.text(max_size=80).filter(lambda s: "/" not in s and "?" not in s and "#" not in s),
    step=st.text(max_size=20).filter(lambda s: "/" not in s and "?" not in s and "#" not in s),
)
@settings(max_examples=60, deadline=None)
def test_unknown_urls_answer_4xx(fuzz, case_id, step):
    actions_ = fuzz[0]
    response = actions_.client.get(f"/cases/{case_id}/{step}")
    assert response.status_code in (200, 302, 308, 404, 405)
    _check(response)


def test_reflected_values_are_escaped_on_a_validation_error(fuzz):
    actions_, case_id, token, _names = fuzz
    response = actions_.client.post(
        f"/cases/{case_id}/state",
        data={"csrf_token": token, "submission_date": "not a date", "delay_reasons": MARKERS[0], "state": MARKERS[1]},
    )
    assert response.status_code == 400
    html = _check(response)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
