"""The command line as NGOs' scripts call it: outputs, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from complaint_builder.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TODAY = date(2026, 11, 25)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err, today=TODAY)
    return code, out.getvalue(), err.getvalue()


def example(name: str) -> str:
    return str(EXAMPLES / f"{name}.json")


class DescribeCheck:
    @pytest.mark.parametrize(
        ("name", "code"),
        [
            ("cat-torture-prosecutor-refused", 0),
            ("hrc-rally-fully-admissible", 0),
            ("hrc-fair-trial-supervisory-pending", 0),
            ("hrc-events-before-op1", 1),
            ("hrc-rally-delay", 1),
            ("hrc-ngo-without-authorisation", 1),
            ("hrc-same-matter-pending-before-cat", 1),
        ],
    )
    def it_exits_0_when_admissible_and_1_when_not(self, name, code):
        assert run("check", example(name))[0] == code

    def it_prints_one_line_per_criterion_grouped_by_body(self):
        code, out, _ = run("check", example("hrc-rally-delay"), "--body", "all")
        assert code == 1
        lines = out.splitlines()
        for heading in ("HRC — Human Rights Committee", "CAT — Committee against Torture", "WGAD — Working Group"):
            assert any(line.startswith(heading) for line in lines)
        delay = [line for line in lines if line.split()[1:2] == ["delay"] or " delay  " in line]
        assert "Filed more than five years after the final domestic decision" in delay[0]
        assert "rule 99(c)" in delay[0]
        assert "Forum comparison:" in out

    def it_prints_machine_readable_json(self):
        code, out, _ = run("check", example("hrc-events-before-op1"), "--format", "json")
        payload = json.loads(out)
        assert code == 1 and payload["admissible"] is False
        (hrc,) = payload["assessments"]
        temporis = next(f for f in hrc["findings"] if f["criterion"] == "competence.ratione_temporis")
        assert temporis["status"] == "fail"
        assert "A.P. v. Kazakhstan" in temporis["leading_case"]

    def it_judges_as_of_another_date(self):
        # The same rally case filed in time: within five years of the appeal of 2012-05-10.
        assert run("check", example("hrc-rally-delay"), "--as-of", "2017-05-10")[0] == 0
        assert run("check", example("hrc-rally-delay"), "--as-of", "2017-05-11")[0] == 1

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            pytest.param("{not json", "not valid JSON (line 1, column 2", id="not-json"),
            pytest.param('{"state": 7}', "state: must be text, not a number", id="wrong-type"),
            pytest.param('{"state": "ZZ"}', "state: 'ZZ' is not a State we know", id="unknown-state"),
            pytest.param('{"submission_date": "2012-01-01", "events": [{"date_from": "2012-02-01"}]}', "events[0].date_from: 2012-02-01 is after the filing date 2012-01-01", id="event-after-filing"),
            pytest.param('{"domestic_remedies": [{"date_filed": "2012-02-01", "date_decided": "2012-01-01"}]}', "domestic_remedies[0].date_decided: before date_filed", id="decision-before-filing"),
        ],
    )
    def it_reports_bad_input_in_one_line_with_exit_2(self, tmp_path, content, message):
        path = tmp_path / "case.json"
        path.write_text(content, encoding="utf-8")
        code, out, err = run("check", str(path))
        assert code == 2
        assert out == ""
        assert err.count("\n") == 1 and message in err and str(path) in err

    def it_reports_a_missing_file(self):
        code, _, err = run("check", "/nonexistent/case.json")
        assert code == 2 and "no such file" in err

    def it_rejects_a_malformed_as_of_date_in_one_line(self):
        result = subprocess.run([sys.executable, "-m", "complaint_builder", "check", example("hrc-rally-delay"), "--as-of", "15.01.2019"], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "YYYY-MM-DD" in result.stderr
        assert "Traceback" not in result.stderr


class DescribeScreen:
    def it_screens_a_folder_into_a_csv_and_summarises(self, tmp_path):
        report = tmp_path / "report.csv"
        code, _, err = run("screen", str(EXAMPLES), "-o", str(report))
        rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8"))))
        assert code == 1  # some examples are inadmissible by design
        assert len(rows) == len(list(EXAMPLES.glob("*.json")))
        by_file = {Path(r["source"]).stem: r for r in rows}
        assert by_file["hrc-rally-delay"]["blocking"] == "delay"
        assert by_file["hrc-rally-fully-admissible"]["verdict"] == "no_obstacle_found"
        assert "Screened 9 case(s), 0 bad input" in err

    def it_reports_a_bad_file_and_goes_on(self, tmp_path):
        folder = tmp_path / "cases"
        folder.mkdir()
        (folder / "a-good.json").write_text((EXAMPLES / "hrc-rally-fully-admissible.json").read_text(encoding="utf-8"), encoding="utf-8")
        (folder / "b-broken.json").write_text("{", encoding="utf-8")
        (folder / "c-good.json").write_text((EXAMPLES / "cat-torture-prosecutor-refused.json").read_text(encoding="utf-8"), encoding="utf-8")
        code, out, err = run("screen", str(folder))
        rows = list(csv.DictReader(io.StringIO(out)))
        assert code == 2
        assert [Path(r["source"]).stem for r in rows] == ["a-good", "b-broken", "c-good"]
        assert rows[1]["verdict"] == "bad_input" and "not valid JSON" in rows[1]["error"]
        assert f"{folder / 'b-broken.json'}: not valid JSON" in err
        assert "Screened 2 case(s), 1 bad input" in err

    def it_reads_jsonl_and_names_the_line(self, tmp_path):
        source = tmp_path / "cases.jsonl"
        good = json.dumps(json.loads((EXAMPLES / "hrc-rally-fully-admissible.json").read_text(encoding="utf-8")), ensure_ascii=False)
        source.write_text(good + "\n\n" + '{"state": "XX"}\n' + good + "\n", encoding="utf-8")
        code, out, err = run("screen", str(source), "--body", "hrc")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert code == 2
        assert [r["source"] for r in rows] == [f"{source}:1", f"{source}:3", f"{source}:4"]
        assert "state: 'XX' is not a State we know" in rows[1]["error"]

    def it_exits_0_when_every_case_is_admissible(self, tmp_path):
        folder = tmp_path / "ok"
        folder.mkdir()
        (folder / "one.json").write_text((EXAMPLES / "hrc-rally-fully-admissible.json").read_text(encoding="utf-8"), encoding="utf-8")
        assert run("screen", str(folder), "-q")[0] == 0

    def it_keeps_cyrillic_in_the_report(self, tmp_path):
        source = tmp_path / "ru.jsonl"
        source.write_text(json.dumps({"title": "Дело Есенова", "state": "KZ", "body": "hrc"}, ensure_ascii=False) + "\n", encoding="utf-8")
        report = tmp_path / "r.csv"
        run("screen", str(source), "-o", str(report))
        assert "Дело Есенова" in report.read_text(encoding="utf-8")


def test_schema_command_prints_the_committed_schema():
    code, out, _ = run("schema")
    committed = (ROOT / "complaint_builder" / "domain" / "case.schema.json").read_text(encoding="utf-8")
    assert code == 0 and json.loads(out) == json.loads(committed)


def test_findings_in_russian_with_lang_ru():
    from complaint_builder import i18n

    try:
        code, out, _ = run("--lang", "ru", "check", example("hrc-rally-delay"))
    finally:
        i18n.install(None)
    assert code == 1
    assert "злоупотребление правом на представление сообщений" in out
    assert "Казахстан" in out  # State names follow the language too
    assert "Filed more than five years" not in out
