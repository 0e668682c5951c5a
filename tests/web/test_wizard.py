"""The interview, step by step: saving, validation, conditional steps, rows, navigation, the panel."""

from __future__ import annotations

import html as htmllib
import re
from datetime import date

import pytest

from complaint_builder.domain.case import (
    AuthorRole,
    Body,
    Claim,
    Detention,
    DetentionType,
    HarmKind,
    NotUsedReason,
    ProcedureBody,
    RemedyLevel,
    RemedyOutcome,
    Treaty,
    WgadCategory,
)
from complaint_builder.rules import engine
from complaint_builder.rules.findings import Finding, Status

STEPS_CAT = ["start", "state", "parties", "events", "claims", "remedies", "procedures", "urgency", "review"]


def text_of(html: str) -> str:
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", html))


def field_value(html: str, field_id: str) -> str:
    match = re.search(rf'<input[^>]*id="{re.escape(field_id)}"[^>]*value="([^"]*)"', html)
    if match is None:
        match = re.search(rf'<input[^>]*value="([^"]*)"[^>]*id="{re.escape(field_id)}"', html)
    if match:
        return htmllib.unescape(match.group(1))
    match = re.search(rf'<textarea[^>]*id="{re.escape(field_id)}"[^>]*>\r?\n?(.*?)</textarea>', html, re.S)
    assert match, f"no field {field_id}"
    return htmllib.unescape(match.group(1))


def selected(html: str, field_id: str) -> str | None:
    match = re.search(rf'<select[^>]*id="{re.escape(field_id)}"[^>]*>(.*?)</select>', html, re.S)
    assert match, f"no select {field_id}"
    option = re.search(r'<option selected value="([^"]*)"', match.group(1))
    return option.group(1) if option else None


def checked(html: str, field_id: str) -> bool:
    match = re.search(rf'<input[^>]*id="{re.escape(field_id)}"[^>]*>', html)
    assert match, f"no input {field_id}"
    return " checked" in match.group(0)


class DescribeStart:
    def it_creates_the_case_only_when_answered(self, client, wizard, store):
        assert client.get("/new").status_code == 200
        assert store.list() == []
        case_id = wizard.new_case("Иванов против Казахстана", "cat", languages=["en", "ru"])
        case = store.load(case_id)
        assert case.title == "Иванов против Казахстана" and case.body is Body.CAT
        assert case.languages == ("en", "ru")

    def it_asks_for_a_body(self, client, wizard, store):
        response = wizard.post("/new", {"title": "Без органа", "action": "next"})
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert 'class="error-summary"' in html and 'href="#body"' in html
        assert "Choose a body" in html
        assert field_value(html, "title") == "Без органа"  # what was typed is kept
        assert store.list() == []

    def it_rejects_an_unknown_body(self, wizard):
        response = wizard.post("/new", {"title": "x", "body": "echr"})
        assert response.status_code == 400
        assert "Choose one of the options" in response.get_data(as_text=True)

    def it_sends_the_undecided_to_the_comparison(self, client, wizard, store):
        response = wizard.post("/new", {"title": "Undecided", "body": "help"})
        assert "/compare" in response.location
        case_id = response.location.split("/")[2]
        assert store.load(case_id).body is None
        html = client.get(response.location).get_data(as_text=True)
        assert "The three bodies compared" in html
        for name in ("Human Rights Committee", "Committee against Torture", "Working Group on Arbitrary Detention"):
            assert name in html
        chosen = wizard.post(f"/cases/{case_id}/compare", {"body": "wgad"})
        assert chosen.location.endswith("/state")
        assert store.load(case_id).body is Body.WGAD

    def it_keeps_the_body_when_help_is_asked_later(self, wizard, store):
        case_id = wizard.new_case(body="hrc")
        wizard.step(case_id, "start", {"title": "t", "body": "help"})
        assert store.load(case_id).body is Body.HRC


class DescribeStateStep:
    def it_saves_the_state_and_dates(self, wizard, store):
        case_id = wizard.new_case()
        response = wizard.step(
            case_id,
            "state",
            {"state": "KZ", "submission_date": "2026-11-01", "delay_reasons": "Ждали документы"},
        )
        assert response.status_code == 302 and response.location.endswith("/parties")
        case = store.load(case_id)
        assert (case.state, case.submission_date, case.delay_reasons) == ("KZ", date(2026, 11, 1), "Ждали документы")
        assert case.state_override is None

    def it_offers_every_state_by_name(self, wizard):
        html = wizard.page(wizard.new_case(), "state")
        assert '<option value="KZ">Kazakhstan</option>' in html

    @pytest.mark.parametrize(
        ("data", "field", "message"),
        [
            ({"state": "XX"}, "state", "Choose a State from the list."),
            ({"submission_date": "2026-02-30"}, "submission_date", "Enter a real date"),
            ({"submission_date": "1 May"}, "submission_date", "Enter a real date"),
            ({"delay_reasons": "я" * 2001}, "delay_reasons", "Use at most 2000 characters."),
            ({"state_override-cat_art22": "maybe"}, "state_override-cat_art22", "Choose one of the options"),
        ],
        ids=["unknown-state", "impossible-date", "free-text-date", "too-long", "bad-override"],
    )
    def it_shows_each_error_beside_its_field_and_keeps_the_rest(self, wizard, store, data, field, message):
        case_id = wizard.new_case()
        typed = {"state": "KZ", "submission_date": "2026-11-01", "delay_reasons": "Причина задержки", **data}
        response = wizard.step(case_id, "state", typed)
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert f'href="#{field}"' in html  # the summary links to the field
        assert f'id="{field}-error"' in html and message in html
        assert f'aria-describedby="{field}-hint {field}-error"' in html or f'aria-describedby="{field}-error"' in html
        for name, value in typed.items():
            if name != "state" and not name.startswith("state_override"):
                assert field_value(html, name) == value
        assert store.load(case_id).state == ""  # nothing half-saved

    def it_stores_a_checked_treaty_override(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(
            case_id,
            "state",
            {"state": "KZ", "state_override-cat_art22": "yes", "state_override-checked_source": "UNTC IV-9"},
        )
        override = store.load(case_id).state_override
        assert override.cat_art22.value == "yes" and override.checked_source == "UNTC IV-9"


class DescribePartiesStep:
    def it_saves_author_victims_authorisation_and_counsel(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(case_id, "parties", action="add:victims")
        response = wizard.step(
            case_id,
            "parties",
            {
                "author-role": "lawyer",
                "author-person-name": "Айгерим Сапарова",
                "author-organisation": "Бюро",
                "victims-0-person-name": "Иван Иванов",
                "victims-0-person-date_of_birth": "1980-05-01",
                "victims-0-status_now": "detained_reachable",
                "victims-0-effect": "actual",
                "victims-0-natural_person": "y",
                "authorisation-written": "yes",
                "authorisation-signed_on": "2026-10-01",
                "authorisation-covers_this_complaint": "no",
                "counsel-name": "",
                "confidentiality_requested": "y",
            },
        )
        assert response.status_code == 302
        case = store.load(case_id)
        assert case.author.role is AuthorRole.LAWYER and case.author.person.name == "Айгерим Сапарова"
        assert case.victims[0].person.name == "Иван Иванов"
        assert case.victims[0].person.date_of_birth == date(1980, 5, 1)
        assert case.authorisation.written is True and case.authorisation.covers_this_complaint is False
        assert case.counsel is None and case.confidentiality_requested is True

    def it_refuses_a_birth_date_after_the_filing_date(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(case_id, "parties", action="add:victims")
        response = wizard.step(case_id, "parties", {"victims-0-person-name": "X", "victims-0-person-date_of_birth": "2030-01-01", "victims-0-natural_person": "y"})
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert 'href="#victims-0-person-date_of_birth"' in html and "after the filing date" in html
        assert field_value(html, "victims-0-person-name") == "X"


class DescribeRows:
    def it_adds_edits_and_removes_events(self, wizard, store):
        case_id = wizard.new_case()
        response = wizard.step(case_id, "events", action="add:events")
        assert response.location.endswith("/events#events-0")
        wizard.step(case_id, "events", {"events-0-description": "Задержание", "events-0-date_from": "2024-01-10", "events-0-state_control": "territory"}, action="add:events")
        wizard.step(
            case_id,
            "events",
            {
                "events-0-description": "Задержание",
                "events-0-date_from": "2024-01-10",
                "events-1-description": "Пытки",
                "events-1-date_from": "2024-01-11",
                "events-1-continuing": "y",
            },
            action="add:events",
        )
        assert [e.description for e in store.load(case_id).events] == ["Задержание", "Пытки", ""]
        wizard.step(
            case_id,
            "events",
            {
                "events-0-description": "Задержание",
                "events-1-description": "Пытки",
                "events-1-continuing": "y",
                "events-2-description": "Суд",
            },
            action="remove:events:0",
        )
        events = store.load(case_id).events
        assert [e.description for e in events] == ["Пытки", "Суд"]
        assert events[0].continuing is True

    def it_removes_an_invalid_row_without_complaint(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(case_id, "events", action="add:events")
        response = wizard.step(case_id, "events", {"events-0-date_from": "not a date"}, action="remove:events:0")
        assert response.status_code == 302
        assert store.load(case_id).events == ()

    def it_refuses_an_end_before_the_start(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(case_id, "events", action="add:events")
        response = wizard.step(case_id, "events", {"events-0-date_from": "2024-02-01", "events-0-date_to": "2024-01-01", "events-0-description": "Арест"})
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert 'href="#events-0-date_to"' in html and "before date_from" in html
        assert field_value(html, "events-0-description") == "Арест"

    def it_saves_remedies_with_a_reason_for_not_using_one(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(case_id, "remedies", action="add:domestic_remedies")
        wizard.step(
            case_id,
            "remedies",
            {
                "domestic_remedies-0-level": "prosecutor",
                "domestic_remedies-0-kind": "ordinary",
                "domestic_remedies-0-authority": "Прокуратура г. Актау",
                "domestic_remedies-0-outcome": "not_used",
                "domestic_remedies-0-not_used_reason_type": "reprisals_substantiated",
                "domestic_remedies-0-not_used_reason": "Угрозы семье",
                "domestic_remedies-0-claims": "1, 16",
                "domestic_remedies-0-final": "unknown",
            },
        )
        case = store.load(case_id)
        remedy = case.domestic_remedies[0]
        assert case.remedies_answered
        assert remedy.level is RemedyLevel.PROSECUTOR and remedy.outcome is RemedyOutcome.NOT_USED
        assert remedy.not_used_reason_type is NotUsedReason.REPRISALS_SUBSTANTIATED
        assert remedy.claims == ("1", "16") and remedy.final is None

    def it_records_that_there_is_no_other_procedure(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(case_id, "procedures", {})
        case = store.load(case_id)
        assert case.other_procedures_answered and case.other_procedures == ()

    def it_saves_other_procedures(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(case_id, "procedures", action="add:other_procedures")
        wizard.step(case_id, "procedures", {"other_procedures-0-body": "ecthr", "other_procedures-0-status": "pending", "other_procedures-0-same_facts": "yes"})
        procedure = store.load(case_id).other_procedures[0]
        assert procedure.body is ProcedureBody.ECTHR and procedure.same_facts is True

    def it_caps_the_number_of_rows(self, wizard, store, case_factory):
        from dataclasses import replace

        from complaint_builder.domain.case import MAX_ROWS, Event

        case_id = store.create(replace(case_factory(), events=(Event(),) * MAX_ROWS))
        data = {f"events-{i}-description": "x" for i in range(MAX_ROWS)}
        response = wizard.step(case_id, "events", data, action="add:events")
        assert response.status_code == 302
        assert len(store.load(case_id).events) == MAX_ROWS


class DescribeClaimsStep:
    def it_offers_the_convention_of_the_body_with_titles_and_hints(self, wizard):
        cat = wizard.page(wizard.new_case(body="cat"), "claims")
        assert "Article 3: No return to a risk of torture" in cat
        assert "Extradition, deportation or expulsion" in cat
        hrc = wizard.page(wizard.new_case(body="hrc"), "claims")
        assert "Article 7: Freedom from torture and ill-treatment" in hrc
        assert "Self-determination" not in hrc  # not claimable

    def it_saves_ticked_rights_with_facts_and_keeps_other_treaties(self, wizard, store):
        case_id = wizard.new_case(body="cat")
        wizard.step(case_id, "claims", {"art_1": "y", "facts_1": "Избиение", "art_16": "y", "ref_16": "16(1)"})
        claims = store.load(case_id).claims
        assert [(c.treaty, c.article, c.facts) for c in claims] == [(Treaty.CAT, "1", "Избиение"), (Treaty.CAT, "16(1)", "")]
        wizard.step(case_id, "start", {"title": "t", "body": "hrc"})
        wizard.step(case_id, "claims", {"art_7": "y", "facts_7": "Пытки"})
        claims = store.load(case_id).claims
        assert Claim(Treaty.CAT, "1", "Избиение") in claims  # set aside, not deleted
        assert Claim(Treaty.ICCPR, "7", "Пытки") in claims
        html = wizard.page(case_id, "claims")
        assert checked(html, "art_7") and not checked(html, "art_9")

    def it_unticks_a_right(self, wizard, store):
        case_id = wizard.new_case(body="cat")
        wizard.step(case_id, "claims", {"art_1": "y", "art_16": "y"})
        wizard.step(case_id, "claims", {"art_16": "y"})
        assert [c.article for c in store.load(case_id).claims] == ["16"]


class DescribeDetentionStep:
    def it_is_only_a_step_for_the_wgad(self, client, wizard):
        hrc = wizard.new_case(body="hrc")
        assert "Detention" not in text_of(wizard.page(hrc, "state")).split("Admissibility so far")[0].split("Steps")[1]
        response = client.get(f"/cases/{hrc}/detention")
        assert response.status_code == 302 and response.location.endswith("/urgency")
        assert wizard.step(hrc, "procedures", {}).location.endswith("/urgency")
        wgad = wizard.new_case(body="wgad")
        assert wizard.step(wgad, "procedures", {}).location.endswith("/detention")
        assert "Step 8 of 10" in wizard.page(wgad, "detention")
        assert "Step 7 of 9" in wizard.page(hrc, "procedures")

    def it_keeps_detention_answers_when_the_body_changes(self, wizard, store):
        case_id = wizard.new_case(body="wgad")
        wizard.step(
            case_id,
            "detention",
            {
                "detention-deprived_of_liberty": "yes",
                "detention-detention_type": "pretrial",
                "detention-start": "2024-01-10",
                "detention-place": "СИЗО Актау",
                "ground_II": "y",
                "ground_II_facts": "За митинг",
            },
        )
        wizard.step(case_id, "start", {"title": "t", "body": "hrc"})
        case = store.load(case_id)
        assert case.detention == Detention(
            deprived_of_liberty=True, detention_type=DetentionType.PRETRIAL, start=date(2024, 1, 10), place="СИЗО Актау"
        )
        assert [g.category for g in case.wgad_grounds] == [WgadCategory.II]
        wizard.step(case_id, "start", {"title": "t", "body": "wgad"})
        html = wizard.page(case_id, "detention")
        assert field_value(html, "detention-place") == "СИЗО Актау"
        assert checked(html, "ground_II") and field_value(html, "ground_II_facts") == "За митинг"


class DescribeUrgencyStep:
    def it_saves_the_risk_the_remedies_sought_and_the_confirmations(self, wizard, store):
        case_id = wizard.new_case()
        wizard.step(
            case_id,
            "urgency",
            {
                "has_risk": "yes",
                "urgent_risk-kind": "removal",
                "urgent_risk-description": "Экстрадиция",
                "urgent_risk-by_date": "2026-12-01",
                "remedies_sought": "Освобождение",
                "facts_true": "y",
                "respectful_language": "y",
            },
        )
        case = store.load(case_id)
        assert case.urgent_risk.kind is HarmKind.REMOVAL and case.urgent_risk.by_date == date(2026, 12, 1)
        assert case.remedies_sought == "Освобождение"
        assert (case.confirmations.facts_true, case.confirmations.all_procedures_disclosed) == (True, False)
        wizard.step(case_id, "urgency", {"has_risk": "no", "remedies_sought": "Освобождение"})
        assert store.load(case_id).urgent_risk is None


class DescribeNavigation:
    def it_walks_forward_and_back_through_every_step(self, wizard):
        case_id = wizard.new_case(body="cat")
        for here, there in zip(STEPS_CAT[1:-1], STEPS_CAT[2:], strict=True):
            html = wizard.page(case_id, here)
            number = STEPS_CAT.index(here) + 1
            assert f"Step {number} of {len(STEPS_CAT)}" in html
            # post the page as a browser would: every field with its current value
            assert wizard.step(case_id, here, _form_values(html)).location.endswith(f"/{there}")
        for here, there in zip(STEPS_CAT[1:-1], STEPS_CAT[:-2], strict=True):
            html = wizard.page(case_id, here)
            assert wizard.step(case_id, here, _form_values(html), action="prev").location.endswith(f"/{there}")

    def it_jumps_to_any_step_after_saving(self, wizard, store):
        case_id = wizard.new_case()
        response = wizard.step(case_id, "state", {"state": "KZ"}, action="goto:remedies")
        assert response.location.endswith("/remedies") and store.load(case_id).state == "KZ"
        assert wizard.step(case_id, "state", {"state": "KZ"}, action="goto:nowhere").location.endswith("/parties")

    def it_stays_on_the_step_when_saving(self, wizard):
        case_id = wizard.new_case()
        assert wizard.step(case_id, "state", {"state": "KZ"}, action="save").location.endswith("/state")

    def it_lists_the_steps_to_jump_back_to(self, wizard):
        case_id = wizard.new_case()
        html = wizard.page(case_id, "events")
        assert 'aria-current="step">What happened' in html
        assert 'form="step-form" name="action" value="goto:state"' in html

    def it_resumes_a_case_where_it_was_left(self, client, wizard):
        case_id = wizard.new_case("Resume me")
        wizard.step(case_id, "state", {"state": "KZ", "submission_date": "2026-10-10"})
        assert "Resume me" in client.get("/").get_data(as_text=True)
        assert client.get(f"/cases/{case_id}").location.endswith("/parties")  # where the user was going
        assert field_value(wizard.page(case_id, "state"), "submission_date") == "2026-10-10"


def _form_values(html: str) -> dict[str, str]:
    """Return what a browser would post for the step form as rendered (text, selects, checked boxes)."""
    values: dict[str, str] = {}
    form = html[html.index('id="step-form"') :]
    for tag in re.findall(r"<input[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if not name or name.group(1) in ("csrf_token", "action"):
            continue
        if ('type="checkbox"' in tag or 'type="radio"' in tag) and " checked" not in tag:
            continue
        values[name.group(1)] = htmllib.unescape(value.group(1)) if value else "y"
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        option = re.search(r'<option selected value="([^"]*)"', body)
        values[name] = option.group(1) if option else ""
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\r?\n?(.*?)</textarea>', form, re.S):
        values[name] = htmllib.unescape(body)
    return values


class DescribePanel:
    @pytest.fixture
    def rules(self, monkeypatch):
        """Replace the CAT rules by three that read the remedies, so the panel's order is known."""

        def exhaustion(facts):
            pending = any(r.outcome is RemedyOutcome.PENDING for r in facts.case.domestic_remedies)
            if pending:
                return Finding("exhaustion", Body.CAT, Status.FAIL, "A remedy is still pending", "CAT art. 22(5)(b)", topic="remedies")
            return Finding("exhaustion", Body.CAT, Status.PASS, "Remedies exhausted", "CAT art. 22(5)(b)", topic="remedies")

        def gap(facts):
            return Finding("victim", Body.CAT, Status.NEEDS_INFO, "Say who the victim is", "CAT art. 22(1)", topic="parties")

        def risk(facts):
            return Finding("abuse", Body.CAT, Status.WARNING, "Confirm the facts", "CAT art. 22(2)", advice="Tick the box", topic="review")

        monkeypatch.setitem(engine.RULES, Body.CAT, (gap, risk, exhaustion))

    def it_lists_blocking_then_risks_then_gaps_with_sources_and_links(self, wizard, rules):
        case_id = wizard.new_case(body="cat")
        wizard.step(case_id, "remedies", action="add:domestic_remedies")
        wizard.step(case_id, "remedies", {"domestic_remedies-0-outcome": "pending", "domestic_remedies-0-level": "appeal", "domestic_remedies-0-kind": "ordinary"})
        html = wizard.page(case_id, "state")
        panel = html[html.index('id="panel-content"') :]
        order = [panel.index(t) for t in ("A remedy is still pending", "Confirm the facts", "Say who the victim is")]
        assert order == sorted(order)
        assert "CAT art. 22(5)(b)" in panel and "Tick the box" in panel
        assert f'href="/cases/{case_id}/remedies"' in panel
        assert f'href="/cases/{case_id}/urgency"' in panel  # "review" findings are fixed at the urgency step
        assert f'href="/cases/{case_id}/parties"' in panel
        assert "Remedies exhausted" not in panel

    def it_changes_when_a_remedy_is_marked_pending(self, wizard, rules):
        case_id = wizard.new_case(body="cat")
        wizard.step(case_id, "remedies", action="add:domestic_remedies")
        data = {"domestic_remedies-0-level": "appeal", "domestic_remedies-0-kind": "ordinary", "domestic_remedies-0-outcome": "dismissed"}
        wizard.step(case_id, "remedies", data, action="save")
        assert "A remedy is still pending" not in wizard.page(case_id, "remedies")
        # the live preview (used by the page's script) does not save
        preview = wizard.post(f"/cases/{case_id}/remedies/panel", {**data, "domestic_remedies-0-outcome": "pending"})
        assert preview.status_code == 200 and "A remedy is still pending" in preview.get_data(as_text=True)
        assert "A remedy is still pending" not in wizard.page(case_id, "remedies")
        wizard.step(case_id, "remedies", {**data, "domestic_remedies-0-outcome": "pending"}, action="save")
        assert "A remedy is still pending" in wizard.page(case_id, "remedies")

    def it_survives_a_failing_engine(self, wizard, monkeypatch):
        def broken(facts):
            raise ZeroDivisionError

        monkeypatch.setitem(engine.RULES, Body.CAT, (broken,))
        case_id = wizard.new_case(body="cat")
        html = wizard.page(case_id, "state")
        assert "could not run" in html
        assert wizard.step(case_id, "state", {"state": "KZ"}).status_code == 302
        assert wizard.page(case_id, "review")

    def it_asks_for_a_body_first(self, wizard):
        response = wizard.post("/new", {"title": "x", "body": "help"})
        case_id = response.location.split("/")[2]
        assert "Choose a body on the first step" in wizard.page(case_id, "state")


class DescribeReview:
    def it_reports_every_body_with_the_chosen_one_first_and_the_comparison(self, wizard):
        case_id = wizard.new_case(body="wgad")
        wizard.step(case_id, "state", {"state": "KZ", "submission_date": "2026-11-01"})
        html = wizard.page(case_id, "review")
        positions = [html.index(f'id="report-{b}"') for b in ("wgad", "hrc", "cat")]
        assert positions == sorted(positions)
        assert "The three bodies compared" in html and "Verdict:" in html
        assert f'href="/cases/{case_id}/export.json"' in html

    def it_lists_answers_to_check(self, wizard, store, case_factory):
        from dataclasses import replace

        from complaint_builder.domain.case import Event

        case_id = store.create(replace(case_factory(), events=(Event(date_from=date(2030, 1, 1)),)))
        assert "events[0].date_from" in wizard.page(case_id, "review")


class DescribeRussian:
    def it_round_trips_cyrillic_through_every_kind_of_field(self, wizard, store, client):
        case_id = wizard.new_case("Дело Ёлкина — «пытки»", "cat")
        wizard.step(case_id, "events", action="add:events")
        text = "Задержан 10.01.2024 в г. Актау; «избит» сотрудниками\nвторая строка"
        wizard.step(case_id, "events", {"events-0-description": text, "events-0-place": "Актау"})
        assert store.load(case_id).events[0].description == text
        html = wizard.page(case_id, "events")
        assert field_value(html, "events-0-description") == text
        assert "Дело Ёлкина — «пытки»" in client.get("/").get_data(as_text=True)

    def it_shows_the_interface_in_russian(self, client, wizard):
        client.post("/language", data={"csrf_token": wizard.token("/"), "lang": "ru", "next": "/"})
        html = client.get("/new").get_data(as_text=True)
        assert "Сохранить и продолжить" in html


class DescribeDates:
    @pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])
    def it_refuses_implausible_years(self, wizard, value):
        case_id = wizard.new_case()
        response = wizard.step(case_id, "state", {"submission_date": value})
        assert response.status_code == 400
        assert "Enter a date between 1900 and 2100." in response.get_data(as_text=True)


class DescribePageCache:
    def it_serves_each_session_its_own_csrf_token(self, app, wizard, store):
        case_id = wizard.new_case()
        other = app.test_client()
        from tests.conftest import WizardActions

        second = WizardActions(other)
        first_html = wizard.page(case_id, "state")
        second_html = second.page(case_id, "state")  # a cache hit for another session
        token = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
        assert token.search(first_html).group(1) != token.search(second_html).group(1)
        assert second.step(case_id, "state", {"state": "KZ"}).status_code == 302
        assert wizard.step(case_id, "state", {"state": "KG"}).status_code == 302
        assert store.load(case_id).state == "KG"

    def it_shows_each_save_at_once(self, wizard):
        case_id = wizard.new_case()
        for code in ("KZ", "KG", "UZ"):
            wizard.step(case_id, "state", {"state": code})
            assert f'<option selected value="{code}">' in wizard.page(case_id, "state")

    def it_can_be_switched_off(self, tmp_path):
        from complaint_builder.web import create_app
        from tests.conftest import make_config

        app = create_app(make_config(tmp_path, PAGE_CACHE_SIZE=0), instance_path=str(tmp_path / "i"))
        try:
            assert app.extensions["page_cache"] is None
        finally:
            app.extensions["case_store"].close()

    def it_forgets_a_deleted_case(self, client, wizard):
        case_id = wizard.new_case()
        assert client.get(f"/cases/{case_id}/state").status_code == 200
        wizard.post(f"/cases/{case_id}/delete")
        assert client.get(f"/cases/{case_id}/state").status_code == 404


class DescribeExpiredSession:
    def it_gives_back_what_was_typed_unsaved_with_a_fresh_token(self, client, wizard, store):
        case_id = wizard.new_case()
        response = client.post(
            f"/cases/{case_id}/state",
            data={"csrf_token": "expired", "delay_reasons": "Долгий текст, набранный за ночь", "state": "KZ", "action": "next"},
        )
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert "this page was not saved" in html
        assert field_value(html, "delay_reasons") == "Долгий текст, набранный за ночь"
        assert store.load(case_id).delay_reasons == ""
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
        again = client.post(f"/cases/{case_id}/state", data={"csrf_token": token, "delay_reasons": "Долгий текст", "state": "KZ"})
        assert again.status_code == 302 and store.load(case_id).delay_reasons == "Долгий текст"

    def it_does_so_for_a_new_case_too(self, client, store):
        response = client.post("/new", data={"title": "Без токена", "body": "hrc"})
        assert response.status_code == 400
        assert field_value(response.get_data(as_text=True), "title") == "Без токена"
        assert store.list() == []


class DescribePanelDeadlines:
    def it_lists_the_deadlines_soonest_first(self, wizard, monkeypatch):
        from complaint_builder.rules.findings import Deadline

        def time_limit(facts):
            return Finding(
                "time_limit", Body.HRC, Status.WARNING, "File soon", "OP1 r. 99(c)", topic="state",
                deadlines=(Deadline("Five years after the final decision", date(2029, 6, 1)), Deadline("Interim measures", date(2026, 12, 1))),
            )

        monkeypatch.setitem(engine.RULES, Body.HRC, (time_limit,))
        case_id = wizard.new_case(body="hrc")
        panel = wizard.page(case_id, "events").split('id="panel-content"')[1]
        assert panel.index("Dec 1, 2026") < panel.index("Jun 1, 2029")
        assert "Five years after the final decision" in panel


class DescribeTwoWindows:
    def it_warns_when_the_case_changed_since_the_page_was_opened(self, client, wizard, store):
        case_id = wizard.new_case()
        html = wizard.page(case_id, "state")
        seen = re.search(r'name="revision" value="(\d+)"', html).group(1)
        wizard.step(case_id, "events", {})  # another window saves meanwhile
        wizard.step(case_id, "state", {"state": "KZ", "revision": seen})
        page = wizard.page(case_id, "parties")
        assert "also changed in another window" in page
        assert store.load(case_id).state == "KZ"

    def it_says_nothing_when_the_page_is_current(self, wizard):
        case_id = wizard.new_case()
        seen = re.search(r'name="revision" value="(\d+)"', wizard.page(case_id, "state")).group(1)
        wizard.step(case_id, "state", {"state": "KZ", "revision": seen})
        assert "another window" not in wizard.page(case_id, "parties")
