"""The interview: one view per step, the live admissibility panel, the review and the downloads."""

from __future__ import annotations

import importlib
import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, send_file, session, url_for
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import generate_csrf
from werkzeug.wrappers import Response

from forms import steps as step_forms
from forms.fields import error_list, parse_path, walk

from ..domain import validate
from ..domain.case import Body, Case
from ..rules import engine
from ..rules.findings import STATUS_ORDER, Assessment, ForumComparison, Status
from ..services.cases import CaseNotFound, store
from . import select_locale

bp = Blueprint("wizard", __name__)
log = logging.getLogger(__name__)

# The interview in order; ``detention`` only for the WGAD.
STEPS: dict[str, Any] = {
    "start": _l("Start"),
    "state": _l("State and dates"),
    "parties": _l("People"),
    "events": _l("What happened"),
    "claims": _l("Rights violated"),
    "remedies": _l("Domestic remedies"),
    "procedures": _l("Other international procedures"),
    "detention": _l("Detention"),
    "urgency": _l("Urgency and confirmations"),
    "review": _l("Review"),
}

# Finding topic -> the step where the user can fix it (findings.TOPICS). "review" findings are about
# the confirmations and the remedies sought, which the urgency step asks for.
TOPIC_STEP = {
    "start": "start",
    "state": "state",
    "parties": "parties",
    "events": "events",
    "claims": "claims",
    "remedies": "remedies",
    "procedures": "procedures",
    "detention": "detention",
    "review": "urgency",
}


def steps_for(case: Case) -> list[str]:
    """Return the steps that apply to ``case``: the detention step only when the body is the WGAD."""
    return [s for s in STEPS if s != "detention" or case.body is Body.WGAD]


def today() -> date:
    """Return today's date (a test may pin it with the TODAY setting)."""
    return current_app.config.get("TODAY") or date.today()


def load_case(case_id: str) -> Case:
    try:
        return store().load(case_id)
    except CaseNotFound:
        abort(404)


def locale() -> str:
    return str(get_locale() or "en")


# -- the admissibility panel ----------------------------------------------------------------------


@dataclass
class Panel:
    body: Body | None
    as_of: date
    items: list[Any] = field(default_factory=list)  # findings that are not met, in display order
    met: int = 0
    deadlines: list[Any] = field(default_factory=list)  # soonest first
    failed: bool = False  # the engine raised: say so instead of showing a wrong picture


def assessment_of(case: Case, body: Body, as_of: date) -> Assessment | None:
    """Return the engine's assessment, or None if the engine fails on this case (logged)."""
    try:
        return engine.assess(case, body, as_of)
    except Exception:  # a rule bug must not cost the user their page or their answers
        log.exception("engine.assess failed for %s", body)
        return None


def panel_for(case: Case) -> Panel:
    as_of = engine.filing_date(case, today())
    panel = Panel(body=case.body, as_of=as_of)
    if case.body is None:
        return panel
    assessment = assessment_of(case, case.body, as_of)
    if assessment is None:
        panel.failed = True
        return panel
    ordered = sorted(assessment.findings, key=lambda f: STATUS_ORDER[f.status])
    panel.items = [f for f in ordered if f.status is not Status.PASS]
    panel.met = len(ordered) - len(panel.items)
    panel.deadlines = sorted(assessment.deadlines, key=lambda d: d.on)
    return panel


def fix_url(case_id: str | None, case: Case, topic: str) -> str | None:
    """Return the link to the step that fixes a finding of ``topic``, if that step applies."""
    step = TOPIC_STEP.get(topic)
    if case_id is None or step is None or step not in steps_for(case):
        return None
    return url_for("wizard.step", case_id=case_id, step=step)


# -- steps ------------------------------------------------------------------------------------------


def _step_problems(form: step_forms.StepForm, case: Case) -> bool:
    """Put the model's consistency problems that concern this step's fields on those fields."""
    found = False
    for problem in validate.problems(case, engine.filing_date(case, today())):
        target = walk(form, parse_path(problem.path))
        if target is not None:
            target.errors = [*target.errors, problem.problem]
            found = True
    if found:
        form._errors = None
    return found


def _next_step(case: Case, step: str, action: str) -> str:
    """Return the step a navigation button leads to: next, previous, or one chosen in the step list."""
    order = steps_for(case)
    here = order.index(step) if step in order else 0
    if action == "prev":
        return order[max(here - 1, 0)]
    if action.startswith("goto:") and action[5:] in order:
        return action[5:]
    return order[min(here + 1, len(order) - 1)]


@bp.route("/new", methods=("GET", "POST"))
def new() -> Any:
    """Ask the first question of a new case; the case is stored once it is answered."""
    return _step(None, Case(), "start")


class PageCache:
    """Rendered GET pages per (case, revision, URL, language, date): a view re-rendered only after a save.

    The CSRF token differs per session, so it is cut out before storing and put back on each hit.
    Each worker process has its own cache; the revision read from the database keeps them all fresh.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.placeholder = secrets.token_hex(16)
        self._pages: OrderedDict[tuple, str] = OrderedDict()
        self._tokens: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> str | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def csrf_token(self) -> str:
        """Return the session's signed CSRF token, signing it at most once a minute per session.

        The signature only dates the token (checked against WTF_CSRF_TIME_LIMIT on POST), so a
        signature a minute old is as good; signing costs as much as serving a cached page.
        """
        raw = session.get("csrf_token")
        now = time.monotonic()
        if raw is not None:
            with self._lock:
                signed = self._tokens.get(raw)
            if signed is not None and now - signed[1] < 60:
                g.csrf_token = signed[0]  # what Flask-WTF's generate_csrf returns for this request
                return signed[0]
        token = generate_csrf()
        with self._lock:
            self._tokens[session["csrf_token"]] = (token, now)
            while len(self._tokens) > 4 * self.size:
                self._tokens.popitem(last=False)
        return token

    def put(self, key: tuple, page: str) -> None:
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


def init_app(app: Any) -> None:
    size = app.config.get("PAGE_CACHE_SIZE", 256)
    app.extensions["page_cache"] = PageCache(size) if size else None


def cached(case_id: str, render: Callable[[], Any]) -> Any:
    """Return the GET page of ``case_id`` from the cache, rendering it with ``render`` on a miss."""
    cache: PageCache | None = current_app.extensions.get("page_cache")
    if cache is None or request.method != "GET" or session.get("_flashes"):
        return render()
    try:
        revision = store().revision(case_id)
    except CaseNotFound:
        abort(404)
    # The chosen language as text: no Babel Locale is needed on a hit.
    key = (case_id, revision, request.full_path, select_locale(), today())
    token = cache.csrf_token()
    page = cache.get(key)
    if page is None:
        result = render()
        if not isinstance(result, str):
            return result  # a redirect or an error: not cached
        cache.put(key, result.replace(token, cache.placeholder))
        return result
    return page.replace(cache.placeholder, token)


@bp.route("/cases/<case_id>/<step>", methods=("GET", "POST"))
def step(case_id: str, step: str) -> Any:
    """Show one step of the interview, or save it and move on."""
    if step not in STEPS:
        abort(404)
    return cached(case_id, lambda: _step_view(case_id, step))


def _step_view(case_id: str, step: str) -> Any:
    case = load_case(case_id)
    if step == "review":
        return review(case_id, case)
    if step not in steps_for(case):
        # A step set aside for this body (its answers stay in the case): go to the next one that applies.
        order = list(STEPS)
        later = [s for s in order[order.index(step) :] if s in steps_for(case)]
        return redirect(url_for("wizard.step", case_id=case_id, step=later[0]))
    return _step(case_id, case, step)


def _step(case_id: str | None, case: Case, step: str) -> Any:
    form_class = step_forms.form_class(step, case)
    form = form_class.from_case(case, locale=locale())
    action = request.form.get("action", "next")[:100] if request.method == "POST" else ""
    if action.startswith("remove:"):
        name, _sep, index = action[7:].partition(":")
        form.remove_row(name, int(index) if index.isdigit() else -1)
    if form.validate_on_submit():
        updated = form.apply(case)
        if not _step_problems(form, updated):
            return _save_and_go(case_id, updated, form, step, action)
    page = render_template(f"wizard/{step}.html", form=form, errors=error_list(form), **_page(case_id, case, step))
    return (page, 400) if form.is_submitted() else page


def _save_and_go(case_id: str | None, case: Case, form: step_forms.StepForm, step: str, action: str) -> Response:
    """Store the answers of ``step`` and redirect where the pressed button leads (post/redirect/get)."""
    add = action[4:] if action.startswith("add:") else ""
    anchor = None
    if add in form.ROWS:
        rows = getattr(case, add)
        if len(rows) < step_forms.MAX_ROWS:
            case = replace(case, **{add: (*rows, form.ROWS[add]())})
            anchor = f"{add}-{len(rows)}"
        else:
            flash(_l("You have reached the maximum number of rows."), "error")
    if step == "start" and form.body.data == step_forms.HELP_CHOICE:
        destination = "start"
    elif add or action.startswith("remove:") or action == "save":
        destination = step
    else:
        destination = _next_step(case, step, action)
    if case_id is None:
        case_id = store().create(case, step=destination)
    else:
        seen = request.form.get("revision", "")
        if seen.isdigit() and int(seen) != store().revision(case_id):
            flash(
                _l("This case was also changed in another window after this page was opened. The answers on this page were saved over those changes; check the other steps."),
                "warning",
            )
        store().save(case_id, case, step=destination)
    if step == "start" and form.body.data == step_forms.HELP_CHOICE:
        return redirect(url_for("wizard.compare", case_id=case_id))
    if action.startswith("remove:") or action == "save":
        flash(_l("Saved."), "success")
    return redirect(url_for("wizard.step", case_id=case_id, step=destination, _anchor=anchor))


def resubmit(reason: Any) -> Any:
    """Show a step again with what was posted, unsaved, when the form could not be trusted (CSRF).

    A lawyer who leaves a page open overnight loses the session; what they typed must not be lost.
    Nothing is saved here: the page only gives the answers back with a fresh token to send again.
    """
    step = (request.view_args or {}).get("step", "start") if request.endpoint == "wizard.step" else "start"
    case_id = (request.view_args or {}).get("case_id") if request.endpoint == "wizard.step" else None
    if step not in STEPS or step == "review":
        return None
    try:
        case = store().load(case_id) if case_id else Case()
    except CaseNotFound:
        return None
    if step not in steps_for(case):
        return None
    form = step_forms.form_class(step, case).from_case(case, locale=locale())
    errors = [("", str(_l("Not saved")), str(reason))]
    return render_template(f"wizard/{step}.html", form=form, errors=errors, **_page(case_id, case, step)), 400


def _page(case_id: str | None, case: Case, step: str) -> dict[str, Any]:
    order = steps_for(case)
    return {
        "case": case,
        "case_id": case_id,
        "step": step,
        "steps": [(s, STEPS[s]) for s in order],
        "step_number": order.index(step) + 1 if step in order else None,
        "step_count": len(order),
        "step_title": STEPS[step],
        "panel": panel_for(case),
        "fix_url": lambda topic: fix_url(case_id, case, topic),
        "form_action": url_for("wizard.new") if case_id is None else url_for("wizard.step", case_id=case_id, step=step),
        "revision": store().revision(case_id) if case_id else "",
    }


@bp.route("/cases/<case_id>/<step>/panel", methods=("POST",))
def panel(case_id: str, step: str) -> Any:
    """Return the panel for the answers on screen, without saving them (used by the page's script)."""
    if step not in STEPS or step == "review":
        abort(404)
    case = load_case(case_id)
    form = step_forms.form_class(step, case).from_case(case, locale=locale())
    if form.validate():
        case = form.apply(case)
    return render_template("wizard/_panel.html", panel=panel_for(case), fix_url=lambda t: fix_url(case_id, case, t))


# -- forum comparison, review, documents -------------------------------------------------------------


def comparison_of(case: Case, as_of: date) -> ForumComparison | None:
    try:
        return engine.compare_forums(case, as_of)
    except Exception:
        log.exception("engine.compare_forums failed")
        return None


@bp.route("/cases/<case_id>/compare", methods=("GET", "POST"))
def compare(case_id: str) -> Any:
    """Compare the three bodies on the answers so far, and let the user choose one."""
    return cached(case_id, lambda: _compare_view(case_id))


def _compare_view(case_id: str) -> Any:
    case = load_case(case_id)
    if request.method == "POST":
        chosen = request.form.get("body", "")
        if chosen in {b.value for b in Body}:
            store().save(case_id, replace(case, body=Body(chosen)), step="state")
            return redirect(url_for("wizard.step", case_id=case_id, step="state"))
        flash(_l("Choose one of the bodies."), "error")
    as_of = engine.filing_date(case, today())
    return render_template(
        "wizard/compare.html",
        comparison=comparison_of(case, as_of),
        as_of=as_of,
        **{k: v for k, v in _page(case_id, case, "start").items() if k not in {"step_title"}},
        step_title=_l("Help me choose"),
    )


def review(case_id: str, case: Case) -> Any:
    """Show the full report per body, the forum comparison, the gaps and the downloads."""
    as_of = engine.filing_date(case, today())
    bodies = [case.body] if case.body else []
    bodies += [b for b in engine.ALL_BODIES if b not in bodies]
    assessments = [(b, assessment_of(case, b, as_of)) for b in bodies]
    return render_template(
        "wizard/review.html",
        as_of=as_of,
        assessments=assessments,
        comparison=comparison_of(case, as_of),
        problems=validate.problems(case, as_of),
        documents_available=_document_api() is not None,
        **_page(case_id, case, "review"),
    )


def _document_api() -> Any:
    """Return the documents module if it offers the build functions (it is written separately)."""
    try:
        module = importlib.import_module("complaint_builder.document")
    except Exception:  # missing, or broken while being written: the review still works
        log.exception("complaint_builder.document cannot be imported")
        return None
    if not (hasattr(module, "build_documents") and hasattr(module, "build_zip")):
        return None
    return module


def _build(function: Any, case: Case) -> Any:
    """Run a document builder; a failure on odd answers becomes a page in the layout, not a crash."""
    try:
        return function(case, today())
    except Exception:
        log.exception("drafting the documents failed")
        abort(422)


def _send(filename: str, data: bytes, mimetype: str) -> Response:
    import io

    return send_file(io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=filename)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@bp.route("/cases/<case_id>/documents/<int:index>")
def document(case_id: str, index: int) -> Response:
    """Download one drafted document (DOCX)."""
    case = load_case(case_id)
    api = _document_api()
    if api is None:
        abort(404)
    documents = _build(api.build_documents, case)
    if not 0 <= index < len(documents):
        abort(404)
    filename, data = documents[index]
    return _send(filename, data, DOCX)


@bp.route("/cases/<case_id>/documents.zip")
def documents_zip(case_id: str) -> Response:
    """Download every drafted document in one ZIP file."""
    case = load_case(case_id)
    api = _document_api()
    if api is None:
        abort(404)
    filename, data = _build(api.build_zip, case)
    return _send(filename, data, "application/zip")


@bp.route("/cases/<case_id>/documents")
def documents(case_id: str) -> Any:
    """List the drafted documents with a link to each."""
    case = load_case(case_id)
    api = _document_api()
    if api is None:
        abort(404)
    names = [name for name, _data in _build(api.build_documents, case)]
    return render_template("wizard/documents.html", names=names, **_page(case_id, case, "review"))
