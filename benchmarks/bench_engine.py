"""Screening throughput on one core: the engine beside loading and validating the JSON alone.

    .venv/bin/python -m benchmarks.bench_engine [--cases N]

Target (issue #3): >= 10,000 cases/s for the engine. Only ratios measured in the same run mean
anything on a shared machine, so the JSON baseline is printed beside it.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from complaint_builder.cli import main as cli_main
from complaint_builder.domain import codec
from complaint_builder.domain.validate import problems
from complaint_builder.rules import engine

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[str]:
    """Return ``n`` JSON documents: the examples, with their dates shifted to vary the rules' paths."""
    bases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*.json"))]
    docs = []
    for i in range(n):
        doc = json.loads(json.dumps(bases[i % len(bases)]))
        shift = timedelta(days=(i * 37) % 3000)
        doc["submission_date"] = (date.fromisoformat(doc["submission_date"]) + shift).isoformat()
        doc["title"] = f"{doc['title']} #{i}"
        docs.append(json.dumps(doc, ensure_ascii=False))
    return docs


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    docs = corpus(args.cases)
    today = date(2026, 11, 25)

    def load():
        out = []
        for text in docs:
            case = codec.from_dict(json.loads(text))
            filing = engine.filing_date(case, today)
            assert not problems(case, filing)
            out.append((case, filing))
        return out

    cases = load()

    def own_body():
        for case, filing in cases:
            engine.assess(case, case.body, filing)

    def all_bodies():
        for case, filing in cases:
            engine.assess_all(case, filing)

    def comparison():
        for case, filing in cases:
            engine.compare_forums(case, filing)

    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "cases.jsonl"
        jsonl.write_text("\n".join(docs) + "\n", encoding="utf-8")

        def screen():
            code = cli_main(["screen", str(jsonl), "-q", "-o", os.devnull], out=io.StringIO(), err=io.StringIO(), today=today)
            assert code in (0, 1), code

        n = args.cases
        t_load = best_of(args.runs, load)
        t_own = best_of(args.runs, own_body)
        t_all = best_of(args.runs, all_bodies)
        t_cmp = best_of(args.runs, comparison)
        t_screen = best_of(args.runs, screen)

    rate = lambda t: n / t  # noqa: E731
    print(f"cases: {n}, best of {args.runs} runs, one core")
    print(f"baseline  load + validate JSON      {rate(t_load):>10,.0f} cases/s")
    print(f"engine    the case's own body       {rate(t_own):>10,.0f} cases/s   ratio to baseline {t_load / t_own:5.2f}   target >= 10,000: {'OK' if rate(t_own) >= 10_000 else 'MISSED'}")
    print(f"engine    all three bodies          {rate(t_all):>10,.0f} cases/s   ratio to baseline {t_load / t_all:5.2f}")
    print(f"engine    forum comparison          {rate(t_cmp):>10,.0f} cases/s   ratio to baseline {t_load / t_cmp:5.2f}")
    print(f"CLI       screen JSONL -> CSV       {rate(t_screen):>10,.0f} cases/s   ratio to baseline {t_load / t_screen:5.2f}")


if __name__ == "__main__":
    main()
