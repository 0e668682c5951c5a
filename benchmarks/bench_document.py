"""Time to draft the documents of one case, beside a one-paragraph python-docx document.

    .venv/bin/python -m benchmarks.bench_document [--case examples/X.json] [--runs N]

Targets (issue 5): the full communication ≤ 3× the minimal document and < 100 ms. Only ratios
measured in the same run mean anything on a shared machine, so the baseline is timed beside it.
The case is the richest example (largest JSON) unless ``--case`` names one.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from docx import Document

from complaint_builder.document import build_set, build_zip, render
from complaint_builder.domain import codec
from complaint_builder.domain.case import Body
from complaint_builder.rules.engine import assess, filing_date

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 11, 25)


def minimal_docx() -> bytes:
    """The baseline: python-docx's default document with one paragraph, saved to bytes."""
    doc = Document()
    doc.add_paragraph("Communication to the Human Rights Committee")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Return (median, best) milliseconds of ``fn`` over ``runs`` runs, after a warm-up."""
    for _ in range(3):
        fn()
    samples = []
    gc.collect()
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def pick_case(path: str | None):
    if path:
        chosen = Path(path)
    else:
        candidates = sorted((ROOT / "examples").glob("*.json"), key=lambda p: p.stat().st_size)
        if not candidates:
            raise SystemExit("no examples/*.json: pass --case")
        chosen = candidates[-1]
    return chosen.name, codec.from_dict(json.loads(chosen.read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help="case JSON (default: the largest example)")
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args(argv)

    name, case = pick_case(args.case)
    body = case.body or Body.HRC
    filed = filing_date(case, AS_OF)
    assessment = assess(case, body, filed)
    first = time.perf_counter()
    documents = build_set(case, AS_OF)  # includes building the cached template once
    cold = (time.perf_counter() - first) * 1000

    baseline, baseline_best = timed(minimal_docx, args.runs)
    communication, communication_best = timed(lambda: render(case, assessment), args.runs)
    full_set, full_best = timed(lambda: build_set(case, AS_OF), args.runs)
    zipped, _zip_best = timed(lambda: build_zip(case, AS_OF), args.runs)

    print(f"case: {name} ({body.value.upper()}), {len(documents.documents)} documents, "
          f"communication ≈ {documents.documents[0].estimated_pages:.1f} pages")
    print(f"first build in this process (template built once): {cold:7.1f} ms")
    print(f"{'':34}{'median':>9}{'best':>9}{'× minimal':>11}")
    rows = (
        ("minimal python-docx document", baseline, baseline_best),
        ("communication (from findings)", communication, communication_best),
        ("full set (engine + all documents)", full_set, full_best),
        ("full set as ZIP", zipped, _zip_best),
    )
    for label, median, best in rows:
        print(f"{label:34}{median:8.1f}ms{best:8.1f}ms{median / baseline:10.2f}×")
    ok_ratio = communication <= 3 * baseline
    ok_abs = communication < 100 and full_set < 100
    print(f"target: communication ≤ 3× minimal: {'met' if ok_ratio else 'MISSED'} "
          f"({communication / baseline:.2f}×); communication and full set < 100 ms: {'met' if ok_abs else 'MISSED'}")
    return 0 if ok_ratio and ok_abs else 1


if __name__ == "__main__":
    raise SystemExit(main())
