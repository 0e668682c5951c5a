"""``python -m complaint_builder draft CASE.json -o DIR`` end to end, in a subprocess."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import open_docx

ROOT = Path(__file__).resolve().parents[2]


def draft(case: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "complaint_builder", "draft", f"examples/{case}.json", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def check_written(out: Path, stdout: str, expected: list[str], zip_name: str) -> None:
    """Every expected DOCX and the ZIP are in ``out``, listed on stdout, openable, and the ZIP holds the DOCX."""
    assert sorted(p.name for p in out.iterdir()) == sorted([*expected, zip_name])
    assert stdout.splitlines() == [str(out / name) for name in [*expected, zip_name]]
    for name in expected:
        open_docx((out / name).read_bytes())
    with zipfile.ZipFile(io.BytesIO((out / zip_name).read_bytes())) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == expected
        for name in expected:
            assert archive.read(name) == (out / name).read_bytes()


class DescribeDraftCommand:
    def it_writes_the_documents_and_the_zip_and_exits_0(self, tmp_path):
        out = tmp_path / "drafts"  # created by the command
        done = draft("cat-torture-prosecutor-refused", out)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        slug = "oil-worker-beaten-in-zhanaozen-police-custody-cat_2013-05-15"  # dated on the submission date
        expected = [f"CAT_{kind}_{slug}.docx" for kind in ("communication", "authorisation", "annexes", "memo")]
        check_written(out, done.stdout, expected, f"{slug}.zip")

    def it_still_drafts_an_inadmissible_case_but_exits_1_with_one_line(self, tmp_path):
        out = tmp_path / "drafts"
        done = draft("hrc-rally-delay", out)
        assert done.returncode == 1
        assert done.stderr.endswith("\n") and done.stderr.count("\n") == 1
        assert "inadmissible" in done.stderr and "Traceback" not in done.stderr
        slug = "rally-of-28-april-2012-filed-in-2019-with-no-reason-for-the_2019-01-15"
        expected = [f"HRC_{kind}_{slug}.docx" for kind in ("communication", "annexes", "memo")]
        check_written(out, done.stdout, expected, f"{slug}.zip")
