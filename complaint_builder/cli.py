"""Command line: check one case, screen many, draft the documents.

    python -m complaint_builder check CASE.json [--body hrc|cat|wgad|all] [--format text|json] [--as-of DATE]
    python -m complaint_builder screen FOLDER_OR_JSONL [-o report.csv] [--body ...] [--as-of DATE]
    python -m complaint_builder draft CASE.json -o DIR [--as-of DATE]
    python -m complaint_builder schema

Exit codes (a contract for NGOs' scripts): 0 all admissible, 1 some not admissible, 2 bad input.
"Admissible" means no blocking finding; risks and missing information are reported, not counted.
Bad input gets one line naming the file and the problem, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from .domain import codec
from .domain.case import EARLIEST_DATE, LATEST_DATE, Body, Case
from .domain.validate import problems
from . import i18n
from .i18n import N_, _
from .rules import engine
from .rules.findings import (
    Assessment,
    ForumComparison,
    Status,
    Verdict,
    status_label,
    verdict_label,
)

EXIT_ADMISSIBLE = 0
EXIT_NOT_ADMISSIBLE = 1
EXIT_BAD_INPUT = 2

BODY_NAMES = {
    Body.HRC: N_("HRC — Human Rights Committee (OP1 ICCPR)"),
    Body.CAT: N_("CAT — Committee against Torture (art. 22)"),
    Body.WGAD: N_("WGAD — Working Group on Arbitrary Detention"),
}


class BadInput(Exception):
    """One line for the user: what is wrong and where."""


def _parse_date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        parsed = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("%(value)r is not a date written YYYY-MM-DD") % {"value": text}) from None
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        raise argparse.ArgumentTypeError(_("%(value)s is outside the years %(first)d-%(last)d") % {"value": text, "first": EARLIEST_DATE.year, "last": LATEST_DATE.year})
    return parsed


def decode_case(data: Any, where: str, as_of: date | None, today: date) -> tuple[Case, date]:
    """Return the case in ``data`` and the date it is judged at, or raise :class:`BadInput`."""
    try:
        case = codec.from_dict(data)
    except codec.CaseFormatError as error:
        raise BadInput(f"{where}: {error}") from None
    filing = as_of or engine.filing_date(case, today)
    found = problems(case, filing)
    if found:
        raise BadInput(f"{where}: {found[0]}" + (_(" (and %(n)d more problems)") % {"n": len(found) - 1} if len(found) > 1 else ""))
    return case, filing


def load_case_file(path: Path, as_of: date | None, today: date) -> tuple[Case, date]:
    """Read one case file, or raise :class:`BadInput` with a one-line reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(_("%(path)s: no such file") % {"path": path}) from None
    except IsADirectoryError:
        raise BadInput(_("%(path)s: is a folder, not a case file") % {"path": path}) from None
    except UnicodeDecodeError:
        raise BadInput(_("%(path)s: not UTF-8 text") % {"path": path}) from None
    except OSError as error:
        raise BadInput(f"{path}: {error.strerror}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadInput(_("%(path)s: not valid JSON (line %(line)d, column %(col)d: %(msg)s)") % {"path": path, "line": error.lineno, "col": error.colno, "msg": error.msg}) from None
    return decode_case(data, str(path), as_of, today)


def _bodies(choice: str | None, case: Case) -> tuple[Body, ...]:
    if choice == "all" or (choice is None and case.body is None):
        return engine.ALL_BODIES
    return (Body(choice),) if choice else (case.body,)  # type: ignore[return-value]


def _exit_code(assessments: list[Assessment]) -> int:
    return EXIT_ADMISSIBLE if all(a.admissible for a in assessments) else EXIT_NOT_ADMISSIBLE


# --- check ----------------------------------------------------------------------------------------

def finding_to_json(finding) -> dict[str, Any]:
    return {
        "criterion": finding.criterion,
        "status": finding.status.value,
        "explanation": finding.explanation,
        "source": finding.source,
        "leading_case": finding.leading_case,
        "advice": finding.advice,
        "claims": list(finding.claims),
        "deadlines": [{"label": d.label, "date": d.on.isoformat()} for d in finding.deadlines],
        "unverified": finding.unverified,
        "topic": finding.topic,
    }


def assessment_to_json(assessment: Assessment) -> dict[str, Any]:
    return {
        "body": assessment.body.value,
        "as_of": assessment.as_of.isoformat(),
        "verdict": assessment.verdict.value,
        "admissible": assessment.admissible,
        "findings": [finding_to_json(f) for f in assessment.findings],
    }


def comparison_to_json(comparison: ForumComparison) -> dict[str, Any]:
    return {
        "routes": [
            {"body": r.body.value, "open": r.open, "summary": r.summary, "blocking": [f.criterion for f in r.blocking]}
            for r in comparison.routes
        ],
        "notes": list(comparison.notes),
    }


def _format_text(case: Case, where: str, as_of: date, assessments: list[Assessment], comparison: ForumComparison | None) -> str:
    lines = [_("Case: %(title)s (%(file)s), judged as filed on %(date)s") % {"title": case.title or _("untitled"), "file": where, "date": as_of.isoformat()}]
    width = max(len(f.criterion) for a in assessments for f in a.findings)
    for assessment in assessments:
        lines.append("")
        lines.append(f"{_(BODY_NAMES[assessment.body])}: {verdict_label(assessment.verdict).upper()}")
        for f in assessment.sorted_findings():
            to_do = _("to do")
            tail = f" — {to_do}: {f.advice}" if f.advice and f.status is not Status.PASS else ""
            lines.append(f"  {status_label(f.status):<20} {f.criterion:<{width}}  {f.explanation} [{f.source}]{tail}")
        for d in assessment.deadlines:
            label = _("deadline")
            lines.append(f"  {label:<20} {d.on.isoformat()}  {d.label}")
    if comparison is not None:
        lines.append("")
        lines.append(_("Forum comparison:"))
        for route in comparison.routes:
            state = _("open") if route.open else _("closed")
            lines.append(f"  {route.body.value.upper():<5} {state:<7} {route.summary}")
        for note in comparison.notes:
            lines.append(f"  * {note}")
    return "\n".join(lines) + "\n"


def cmd_check(args: argparse.Namespace, out: IO[str], err: IO[str], today: date) -> int:
    case, as_of = load_case_file(Path(args.case), args.as_of, today)
    bodies = _bodies(args.body, case)
    assessments = [engine.assess(case, body, as_of) for body in bodies]
    comparison = engine.compare_forums(case, as_of) if len(bodies) > 1 else None
    if args.format == "json":
        payload: dict[str, Any] = {
            "file": args.case,
            "title": case.title,
            "as_of": as_of.isoformat(),
            "admissible": all(a.admissible for a in assessments),
            "assessments": [assessment_to_json(a) for a in assessments],
        }
        if comparison is not None:
            payload["forum_comparison"] = comparison_to_json(comparison)
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(_format_text(case, args.case, as_of, assessments, comparison))
    return _exit_code(assessments)


# --- screen ---------------------------------------------------------------------------------------

@dataclass
class Item:
    where: str  # file path, or path:line for JSONL
    data: Any = None
    error: str = ""


def iter_items(source: Path) -> Iterator[Item]:
    """Yield every case document of a folder (*.json, sorted) or of a JSONL file, one by one."""
    if source.is_dir():
        for path in sorted(p for p in source.rglob("*.json") if p.is_file()):
            try:
                yield Item(str(path), json.loads(path.read_text(encoding="utf-8")))
            except json.JSONDecodeError as error:
                yield Item(str(path), error=_("not valid JSON (line %(line)d, column %(col)d: %(msg)s)") % {"line": error.lineno, "col": error.colno, "msg": error.msg})
            except (UnicodeDecodeError, OSError) as error:
                yield Item(str(path), error=_("cannot be read (%(reason)s)") % {"reason": getattr(error, "strerror", None) or _("not UTF-8 text")})
        return
    with source.open(encoding="utf-8", errors="strict") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{source}:{number}"
            try:
                yield Item(where, json.loads(line))
            except json.JSONDecodeError as error:
                yield Item(where, error=_("not valid JSON (column %(col)d: %(msg)s)") % {"col": error.colno, "msg": error.msg})


def _count_items(source: Path) -> int | None:
    if source.is_dir():
        return sum(1 for p in source.rglob("*.json") if p.is_file())
    with source.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


CSV_COLUMNS = ("source", "title", "body", "verdict", "admissible", "blocking", "risks", "missing", "first_blocking_reason", "next_deadline", "error")


def _screen_rows(item: Item, body_choice: str | None, as_of: date | None, today: date) -> tuple[list[dict[str, str]], list[Assessment]]:
    if item.error:
        raise BadInput(f"{item.where}: {item.error}")
    case, filing = decode_case(item.data, item.where, as_of, today)
    rows, assessments = [], []
    for body in _bodies(body_choice, case):
        a = engine.assess(case, body, filing)
        assessments.append(a)
        blocking = a.by_status(Status.FAIL)
        upcoming = sorted(d.on for d in a.deadlines if d.on >= filing)
        rows.append(
            {
                "source": item.where,
                "title": case.title,
                "body": body.value,
                "verdict": a.verdict.value,
                "admissible": "yes" if a.admissible else "no",
                "blocking": ";".join(f.criterion for f in blocking),
                "risks": ";".join(f.criterion for f in a.by_status(Status.WARNING)),
                "missing": ";".join(f.criterion for f in a.by_status(Status.NEEDS_INFO)),
                "first_blocking_reason": blocking[0].explanation if blocking else "",
                "next_deadline": upcoming[0].isoformat() if upcoming else "",
                "error": "",
            }
        )
    return rows, assessments


def cmd_screen(args: argparse.Namespace, out: IO[str], err: IO[str], today: date) -> int:
    source = Path(args.source)
    if not source.exists():
        raise BadInput(_("%(path)s: no such file or folder") % {"path": source})
    if args.output in (None, "-"):
        target, close = out, False
    else:
        try:
            target, close = open(args.output, "w", encoding="utf-8", newline=""), True
        except OSError as error:
            raise BadInput(f"{args.output}: {error.strerror}") from None
    writer = csv.DictWriter(target, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    verdicts: Counter[str] = Counter()
    cases = bad = 0
    any_inadmissible = False
    progress = None
    if err.isatty() and not args.quiet:
        from tqdm import tqdm

        progress = tqdm(total=_count_items(source), unit=_("case"), file=err, leave=False)
    try:
        for item in iter_items(source):
            try:
                rows, assessments = _screen_rows(item, args.body, args.as_of, today)
            except BadInput as problem:
                bad += 1
                message = str(problem)
                if progress is not None:
                    progress.write(message, file=err)
                else:
                    err.write(message + "\n")
                writer.writerow({"source": item.where, "verdict": "bad_input", "admissible": "", "error": message.removeprefix(item.where + ": ")})
            else:
                cases += 1
                writer.writerows(rows)
                for a in assessments:
                    verdicts[a.verdict.value] += 1
                    any_inadmissible |= not a.admissible
            if progress is not None:
                progress.update(1)
    except UnicodeDecodeError:
        raise BadInput(_("%(path)s: not UTF-8 text") % {"path": source}) from None
    finally:
        if progress is not None:
            progress.close()
        if close:
            target.close()
    summary = _("Screened %(cases)d case(s), %(bad)d bad input: %(ok)d assessment(s) with no obstacle, %(risk)d with risks or gaps, %(fail)d likely inadmissible.") % {
        "cases": cases,
        "bad": bad,
        "ok": verdicts[Verdict.NO_OBSTACLE_FOUND.value],
        "risk": verdicts[Verdict.RISKS_OR_INCOMPLETE.value],
        "fail": verdicts[Verdict.LIKELY_INADMISSIBLE.value],
    }
    err.write(summary + "\n")
    if bad:
        return EXIT_BAD_INPUT
    return EXIT_NOT_ADMISSIBLE if any_inadmissible else EXIT_ADMISSIBLE


# --- draft ----------------------------------------------------------------------------------------

def cmd_draft(args: argparse.Namespace, out: IO[str], err: IO[str], today: date) -> int:
    case, as_of = load_case_file(Path(args.case), args.as_of, today)
    from .document import (  # python-docx loads only when drafting
        build_documents,
        build_zip,
    )

    target = Path(args.output)
    try:
        target.mkdir(parents=True, exist_ok=True)
        written = []
        for name, content in build_documents(case, as_of):
            (target / name).write_bytes(content)
            written.append(name)
        zip_name, zip_bytes = build_zip(case, as_of)
        (target / zip_name).write_bytes(zip_bytes)
        written.append(zip_name)
    except OSError as error:
        raise BadInput(f"{target}: {error.strerror}") from None
    for name in written:
        out.write(str(target / name) + "\n")
    assessment = engine.assess(case, case.body, as_of) if case.body else None
    if assessment is not None and not assessment.admissible:
        err.write(_("Drafted, but the case looks inadmissible before the %(body)s: see the memo's first page.") % {"body": case.body.value.upper()} + "\n")
        return EXIT_NOT_ADMISSIBLE
    return EXIT_ADMISSIBLE


def cmd_schema(args: argparse.Namespace, out: IO[str], err: IO[str], today: date) -> int:
    out.write(json.dumps(codec.json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_ADMISSIBLE


LANGUAGES = ("en", "ru")
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def _use_language(lang: str) -> None:
    """Translate findings and messages into ``lang`` (the web app's catalogue)."""
    if lang == "en":
        i18n.install(None)
        return
    from babel.support import Translations

    catalogue = Translations.load(str(TRANSLATIONS), [lang])
    i18n.install(catalogue.gettext, locale=lambda: lang)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for any bad input
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m complaint_builder", description=_("Admissibility of complaints to the HRC, the CAT and the WGAD."))
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help=_("language of the findings and messages (default: en)"))
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    bodies = ["hrc", "cat", "wgad", "all"]

    check = sub.add_parser("check", help=_("check one case and print the findings"))
    check.add_argument("case", help=_("the case file (JSON)"))
    check.add_argument("--body", choices=bodies, help=_("body to assess (default: the case's body, or all)"))
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument("--as-of", type=_parse_date, help=_("judge the case as if filed on this date (default: its submission date, or today)"))
    check.set_defaults(run=cmd_check)

    screen = sub.add_parser("screen", help=_("screen a folder of case files or a JSONL file"))
    screen.add_argument("source", help=_("a folder of *.json case files, or a .jsonl file with one case per line"))
    screen.add_argument("-o", "--output", help=_("CSV report (default: standard output)"))
    screen.add_argument("--body", choices=bodies, help=_("body to assess (default: each case's body, or all)"))
    screen.add_argument("--as-of", type=_parse_date)
    screen.add_argument("-q", "--quiet", action="store_true", help=_("no progress bar"))
    screen.set_defaults(run=cmd_screen)

    draft = sub.add_parser("draft", help=_("write the DOCX documents and a ZIP of them"))
    draft.add_argument("case")
    draft.add_argument("-o", "--output", required=True, help=_("folder for the documents"))
    draft.add_argument("--as-of", type=_parse_date)
    draft.set_defaults(run=cmd_draft)

    schema = sub.add_parser("schema", help=_("print the JSON Schema of a case file"))
    schema.set_defaults(run=cmd_schema)
    return parser


def main(argv: list[str] | None = None, out: IO[str] | None = None, err: IO[str] | None = None, today: date | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    _use_language(args.lang)
    try:
        return args.run(args, out, err, today or date.today())
    except BadInput as problem:
        err.write(f"error: {problem}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        err.write(_("interrupted") + "\n")
        return 130
