"""Wizard-step throughput under gunicorn beside a bare Flask "hello" under the same settings.

Not a test: run ``.venv/bin/python benchmarks/bench_web.py [--duration 10]``. It starts gunicorn twice
on 127.0.0.1 (the wizard with a seeded Kazakhstan CAT case, then a one-route Flask app), drives each
with wrk at 50 connections for a bounded time, and prints requests per second, p50/p99 latency and
the ratio wizard ÷ hello (target ≥ 0.5; p99 target < 50 ms). Only ratios from the same run mean
anything: wrk shares the machine's cores with the server.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
EXAMPLE = ROOT / "examples" / "cat-torture-prosecutor-refused.json"
STEPS = ("start", "state", "parties", "events", "claims", "remedies", "procedures", "urgency", "review")

HELLO = '''
from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello():
    return "Hello, World!"
'''

ROTATE = """
local paths = {%s}
local i = 0
wrk.headers["Cookie"] = %s
request = function()
  i = (i %% #paths) + 1
  return wrk.format("GET", paths[i])
end
"""

GET = """
wrk.headers["Cookie"] = %s
"""

POST = """
wrk.method = "POST"
wrk.body = %s
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = %s
"""


@dataclass
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    errors: str


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                response.read()
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not start")


def gunicorn(app: str, port: int, cwd: Path, env: dict[str, str], args: argparse.Namespace) -> subprocess.Popen:
    command = [
        str(VENV_BIN / "gunicorn"),
        "--workers", str(args.workers),
        "--worker-class", args.worker_class,
        "--threads", str(args.threads),
        "--bind", f"127.0.0.1:{port}",
        "--backlog", "2048",
        "--log-level", "warning",
        app,
    ]
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def to_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def run_wrk(name: str, url: str, args: argparse.Namespace, script: str | None, tmp: Path) -> Result:
    def command(seconds: int) -> list[str]:
        cmd = ["wrk", "-t", str(args.threads_wrk), "-c", str(args.connections), "-d", f"{seconds}s", "--timeout", "5s", "--latency"]
        if script is not None:
            path = tmp / (re.sub(r"\W+", "_", name) + ".lua")
            path.write_text(script, encoding="utf-8")
            cmd += ["-s", str(path)]
        return [*cmd, url]

    # warm-up (templates compiled, caches filled), bounded
    subprocess.run(command(2), check=True, capture_output=True, timeout=60)
    output = subprocess.run(command(args.duration), check=True, capture_output=True, text=True, timeout=args.duration + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"\s50%\s+([\d.]+\w+)", output).group(1))
    p99 = to_ms(re.search(r"\s99%\s+([\d.]+\w+)", output).group(1))
    errors = " ".join(line.strip() for line in output.splitlines() if "Non-2xx" in line or "Socket errors" in line)
    return Result(name, rps, p50, p99, errors)


def seed(env: dict[str, str]) -> str:
    """Create the Kazakhstan CAT case in the benchmark database and return its id."""
    code = (
        "import json, sys; from complaint_builder.web import create_app; from complaint_builder.domain import codec;"
        "app = create_app(); case = codec.from_dict(json.load(open(sys.argv[1], encoding='utf-8')));"
        "print(app.extensions['case_store'].create(case))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(EXAMPLE)], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def session_for_post(base: str, case_id: str) -> tuple[str, str]:
    """Return (form body, Cookie header) to save the state step, as a browser session would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base}/cases/{case_id}/state") as response:
        html = response.read().decode("utf-8")
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)
    body = urllib.parse.urlencode({"csrf_token": token, "state": "KZ", "submission_date": "2026-11-01", "action": "save"})
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    return body, cookie


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement (at most 60)")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker (gthread)")
    parser.add_argument("--threads-wrk", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="alternating wizard/hello measurements (at most 10)")
    args = parser.parse_args()
    args.duration = max(1, min(args.duration, 60))
    args.rounds = max(1, min(args.rounds, 10))
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2

    uncached: Result
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "hello.py").write_text(HELLO, encoding="utf-8")
        from cryptography.fernet import Fernet

        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite'}",
            "SECRET_KEY": "benchmark-secret",
            "CASES_KEY": Fernet.generate_key().decode("ascii"),
            "SESSION_COOKIE_SECURE": "0",
            "PYTHONPATH": str(ROOT),
        }
        case_id = seed(env)
        wizard_port, hello_port = free_port(), free_port()
        base = f"http://127.0.0.1:{wizard_port}"
        uncached_port = free_port()
        servers = [
            gunicorn("wsgi:app", wizard_port, ROOT, env, args),
            gunicorn("hello:app", hello_port, tmp, env, args),
            gunicorn("wsgi:app", uncached_port, ROOT, {**env, "PAGE_CACHE_SIZE": "0"}, args),
        ]
        try:
            wait_for(f"{base}/cases/{case_id}/state")
            wait_for(f"http://127.0.0.1:{hello_port}/")
            # A browser sends its session cookie with every request: so does the load.
            body, cookie = session_for_post(base, case_id)
            paths = ", ".join(f'"/cases/{case_id}/{s}"' for s in STEPS)
            rotate = ROTATE % (paths, json.dumps(cookie))
            # The machine is shared: measure the two servers in alternating rounds and compare within a round.
            rounds: list[tuple[Result, Result]] = []
            for number in range(args.rounds):
                pair = []
                order = ("wizard", "hello") if number % 2 == 0 else ("hello", "wizard")
                for which in order:
                    if which == "wizard":
                        pair.append(run_wrk("wizard GET, all steps in turn", base + "/", args, rotate, tmp))
                    else:
                        pair.append(run_wrk("bare Flask hello", f"http://127.0.0.1:{hello_port}/", args, None, tmp))
                wizard, hello = sorted(pair, key=lambda r: r.name != "wizard GET, all steps in turn")
                rounds.append((wizard, hello))
                print(f"round {number + 1}: wizard {wizard.rps:.0f} req/s (p99 {wizard.p99_ms:.1f} ms), "
                      f"hello {hello.rps:.0f} req/s (p99 {hello.p99_ms:.1f} ms), ratio {wizard.rps / hello.rps:.2f}", flush=True)
            post = run_wrk("wizard POST, save a step", f"{base}/cases/{case_id}/state", args, POST % (json.dumps(body), json.dumps(cookie)), tmp)
            # Every page rendered afresh: the first view of a step after a save costs this much.
            wait_for(f"http://127.0.0.1:{uncached_port}/cases/{case_id}/state")
            uncached = run_wrk("wizard GET, page cache off", f"http://127.0.0.1:{uncached_port}/", args, rotate, tmp)
        finally:
            for server in servers:
                stop(server)

    settings = f"gunicorn -w {args.workers} -k {args.worker_class}" + (f" --threads {args.threads}" if args.threads > 1 else "")
    print(f"\n{settings}; wrk {args.connections} connections, {args.duration} s per run, {args.rounds} rounds, 127.0.0.1, {os.cpu_count()} cores")
    ratios = sorted(w.rps / h.rps for w, h in rounds)
    ratio = statistics.median(ratios)
    p99 = statistics.median(w.p99_ms for w, _h in rounds)
    wizard_rps = statistics.median(w.rps for w, _h in rounds)
    hello_rps = statistics.median(h.rps for _w, h in rounds)
    print(f"{'scenario':34s} {'req/s':>9s} {'p99 ms':>8s}   (medians over the rounds)")
    print(f"{'wizard GET, all steps in turn':34s} {wizard_rps:9.0f} {p99:8.1f}")
    print(f"{'bare Flask hello':34s} {hello_rps:9.0f} {statistics.median(h.p99_ms for _w, h in rounds):8.1f}")
    print(f"{uncached.name:34s} {uncached.rps:9.0f} {uncached.p99_ms:8.1f}   {uncached.errors}")
    print(f"{post.name:34s} {post.rps:9.0f} {post.p99_ms:8.1f}   {post.errors}")
    print(f"\nwizard step ÷ hello throughput: {ratio:.2f} (per round: {', '.join(f'{r:.2f}' for r in ratios)}; target ≥ 0.5: {'met' if ratio >= 0.5 else 'NOT met'})")
    print(f"wizard step p99 at {args.connections} clients: {p99:.1f} ms (target < 50 ms: {'met' if p99 < 50 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
