"""Field rendering: the written-out controls escape every value and keep WTForms' markup."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict
from wtforms import Form

from forms import labels
from forms.fields import LinesField, TriStateField, enum_select, long_text, optional_date, render_choices, render_control, text
from forms.steps import LanguagesField, StartForm

HOSTILE = '"><script>alert(1)</script>&'


class Sample(Form):
    title = text("Title", 200)
    notes = long_text("Notes", 2000, rows=3)
    when = optional_date("When")
    evidence = LinesField("Evidence")
    final = TriStateField("Final?")
    role = enum_select("Role", labels.AUTHOR_ROLE)


@pytest.fixture
def form(app):
    with app.test_request_context():
        yield Sample(MultiDict({"title": HOSTILE, "notes": HOSTILE, "when": HOSTILE, "evidence": HOSTILE, "final": HOSTILE}))


class DescribeRenderControl:
    @pytest.mark.parametrize("name", ["title", "notes", "when", "evidence"])
    def it_escapes_what_was_typed(self, form, name):
        html = str(render_control(form[name], **{"aria-describedby": 'x" onfocus="y'}))
        assert "<script>" not in html and '"><' not in html
        assert "&lt;script&gt;" in html
        assert 'aria-describedby="x&#34; onfocus=&#34;y"' in html

    def it_keeps_the_length_limit_and_the_types(self, form):
        assert 'maxlength="200"' in render_control(form.title) and 'type="text"' in render_control(form.title)
        assert 'type="date"' in render_control(form.when)
        assert str(render_control(form.notes)).startswith('<textarea class="input input--textarea" id="notes" maxlength="2000" name="notes" rows="3"')

    def it_renders_selects_with_their_widget(self, form):
        html = str(render_control(form.role))
        assert html.startswith('<select class="input input--select" id="role" name="role">')
        assert '<option value="lawyer">A lawyer for the victim</option>' in html


class DescribeRenderChoices:
    def it_escapes_and_checks_the_answer(self, app):
        with app.test_request_context():
            form = Sample(MultiDict({"final": "no"}))
            html = str(render_choices(form.final))
        assert '<input checked id="final-1" name="final" type="radio" value="no">' in html
        assert '<label for="final-0">Yes</label>' in html

    def it_renders_several_answers_as_checkboxes(self, app):
        with app.test_request_context():
            form = StartForm(MultiDict({"languages": ["en", "ru"]}), meta={"csrf": False})
            html = str(render_choices(form.languages))
        assert '<input checked id="languages-0" name="languages" type="checkbox" value="en">' in html
        assert '<input id="languages-1" name="languages" type="checkbox" value="fr">' in html
        assert isinstance(form.languages, LanguagesField)
