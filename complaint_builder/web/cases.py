"""The case list: resume, rename, duplicate, delete, export and import; and the language switch."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from werkzeug.wrappers import Response

from forms.fields import error_list, text

from ..domain import codec, validate
from ..domain.case import SHORT_TEXT
from ..rules import engine
from ..services.cases import CaseNotFound, store
from .wizard import STEPS, today

bp = Blueprint("cases", __name__)

MAX_IMPORT_BYTES = 2 * 1024 * 1024


class RenameForm(FlaskForm):
    title = text(_l("New name"), SHORT_TEXT)


class ConfirmForm(FlaskForm):
    """A form with nothing but its CSRF token (delete, duplicate)."""


class ImportForm(FlaskForm):
    file = FileField(_l("Case file (JSON)"), description=_l("A file exported from this tool or written for the command line."))


def _summary_or_404(case_id: str):
    try:
        return store().summary(case_id)
    except CaseNotFound:
        abort(404)


@bp.route("/")
def index() -> str:
    """List the saved cases."""
    return render_template("cases/index.html", cases=store().list(), form=ConfirmForm(), steps=STEPS)


@bp.route("/cases/<case_id>")
def resume(case_id: str) -> Response:
    """Resume a case at the step the user was going to when they last saved."""
    summary = _summary_or_404(case_id)
    step = summary.last_step if summary.last_step in STEPS else "start"
    return redirect(url_for("wizard.step", case_id=case_id, step=step))


@bp.route("/cases/<case_id>/rename", methods=("GET", "POST"))
def rename(case_id: str) -> Any:
    """Rename a case."""
    summary = _summary_or_404(case_id)
    form = RenameForm(data={"title": summary.title})
    if form.validate_on_submit():
        store().rename(case_id, form.title.data or "")
        flash(_l("The case was renamed."), "success")
        return redirect(url_for("cases.index"))
    return render_template("cases/rename.html", form=form, summary=summary, errors=error_list(form)), 400 if form.is_submitted() else 200


@bp.route("/cases/<case_id>/duplicate", methods=("POST",))
def duplicate(case_id: str) -> Response:
    """Copy a case under a new name."""
    summary = _summary_or_404(case_id)
    title = str(_l("Copy of %(title)s", title=summary.title or _l("untitled case")))[:SHORT_TEXT]
    store().duplicate(case_id, title)
    flash(_l("The case was copied."), "success")
    return redirect(url_for("cases.index"))


@bp.route("/cases/<case_id>/delete", methods=("GET", "POST"))
def delete(case_id: str) -> Any:
    """Ask for confirmation, then delete a case for good."""
    summary = _summary_or_404(case_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        store().delete(case_id)
        flash(_l("The case was deleted."), "success")
        return redirect(url_for("cases.index"))
    return render_template("cases/delete.html", form=form, summary=summary)


@bp.route("/cases/<case_id>/export.json")
def export(case_id: str) -> Response:
    """Download the case as the JSON document the command line reads."""
    try:
        case = store().load(case_id)
    except CaseNotFound:
        abort(404)
    text_ = json.dumps(codec.to_dict(case), ensure_ascii=False, indent=2) + "\n"
    response = current_app.response_class(text_, mimetype="application/json")
    response.headers["Content-Disposition"] = f'attachment; filename="case-{case_id[:8]}.json"'
    return response


@bp.route("/import", methods=("GET", "POST"))
def import_case() -> Any:
    """Import a case from its JSON document, explaining precisely what is wrong with a bad one."""
    form = ImportForm()
    errors: list[str] = []
    if form.validate_on_submit():
        upload = form.file.data
        raw = upload.read(MAX_IMPORT_BYTES + 1) if upload else b""
        case = None
        if not raw:
            form.file.errors = [str(_l("Choose a file to import."))]
        elif len(raw) > MAX_IMPORT_BYTES:
            form.file.errors = [str(_l("The file is too large."))]
        else:
            try:
                case = codec.from_dict(json.loads(raw.decode("utf-8")))
            except UnicodeDecodeError:
                form.file.errors = [str(_l("The file is not UTF-8 text."))]
            except json.JSONDecodeError as exc:
                form.file.errors = [str(_l("The file is not valid JSON (line %(line)d, column %(column)d: %(msg)s).", line=exc.lineno, column=exc.colno, msg=exc.msg))]
            except RecursionError:
                form.file.errors = [str(_l("The file is nested too deeply."))]
            except codec.CaseFormatError as exc:
                form.file.errors = [str(_l("The file is not a case the tool can read."))]
                errors = [_format_error(exc)]
        if case is not None:
            case_id = store().create(case)
            for problem in validate.problems(case, engine.filing_date(case, today())):
                flash(_format_error(problem), "warning")
            flash(_l("The case was imported."), "success")
            return redirect(url_for("wizard.step", case_id=case_id, step="review"))
    status = 400 if form.is_submitted() else 200
    return render_template("cases/import.html", form=form, details=errors, errors=error_list(form)), status


def _format_error(error: codec.CaseFormatError) -> str:
    if error.path:
        return str(_l("%(path)s: %(problem)s", path=error.path, problem=error.problem))
    return error.problem


@bp.route("/language", methods=("POST",))
def language() -> Response:
    """Switch the interface language and return to the page the user was on."""
    chosen = request.form.get("lang", "")
    if chosen in current_app.config["LANGUAGES"]:
        session["lang"] = chosen
    back = request.form.get("next", "")
    if not back.startswith("/") or back.startswith("//") or "\\" in back:
        back = url_for("cases.index")
    return redirect(back)

