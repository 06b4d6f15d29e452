"""`make bench`: the public shop pages against a bare Flask hello-world, on loopback.

Builds a throwaway database (SQLite in a temp dir, or the PostgreSQL URL that
`scripts/with-postgres.sh` exports), migrates it and seeds the demo as production would,
serves `wsgi:app` and `bench/hello.py` with the same gunicorn settings, loads each target with
wrk and writes `bench/results/latest-<db>.json`. Then times each registered job run once.

    .venv/bin/python -m bench.run --db sqlite        # what `make bench` runs
    scripts/with-postgres.sh .venv/bin/python -m bench.run --db postgresql

Settings from the environment (defaults in brackets): BENCH_SECONDS [10] per target,
BENCH_WARMUP_SECONDS [2], BENCH_CONNECTIONS [32], BENCH_WRK_THREADS [2], BENCH_WORKERS [2],
BENCH_THREADS [2], BENCH_WORKER_CLASS [gthread], BENCH_KEEPALIVE [5], BENCH_DATABASE_URL
(PostgreSQL; else TEST_DATABASE_URL), BENCH_TARGETS (override target paths, below).

BENCH_TARGETS takes `name=path` pairs separated by spaces or commas; a path may hold
`{shop_code}` and `{product_id}`. Example, before the shop endpoints exist:
    BENCH_TARGETS="shop_json=/api/v1/auth/csrf product_json=/api/v1/auth/csrf product_page=/"
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from email.message import Message
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
RESULTS_DIR = BENCH_DIR / "results"
LUA_REPORT = BENCH_DIR / "report.lua"
BIN = Path(sys.executable).parent  # the venv's bin: gunicorn and flask live beside python

DEMO_REP = "rep01"

# Targets in the order they are measured (hello first: every ratio is against it).
DEFAULT_TARGETS = {
    "shop_json": "/api/v1/shops/{shop_code}",
    "shop_json_br": "/api/v1/shops/{shop_code}",
    "product_json": "/api/v1/shops/{shop_code}/products/{product_id}",
    "product_page": "/s/{shop_code}/p/{product_id}",
    # Marketing: a group's public page (a group link forwarded in a WeChat group), and a new
    # visitor claiming a coupon (POST, with a CSRF token; each request is a new customer).
    "group_page": "/api/v1/shops/{shop_code}/groups/{group_id}",
    "coupon_claim": "/api/v1/shops/{shop_code}/coupons/{coupon_id}/claims",
}
POST_TARGETS = {"coupon_claim": "{}"}  # name -> the JSON body it is POSTed with
HELLO_PATH = "/"
# Request headers of a target: a phone asks for a compressed shop (app.core.compression).
TARGET_HEADERS = {"shop_json_br": {"Accept-Encoding": "gzip, deflate, br"}}

# The boss view's targets, on the scale data set, each signed in as a user of its seed
# (bench/README.md).
# (bench/README.md). "This month" runs up to today, so early in a month it reads a few days
# of counters: the `_30d` targets read a whole month's (30 days, and the 30 before) any day.
SCALE_TARGETS = {
    "dashboard": "/api/v1/dashboard?period=month",
    "rep_table": "/api/v1/dashboard/reps?period=month&sort=revenue",
    "dashboard_30d": "/api/v1/dashboard?period=range&start={start_30d}&end={today}",
    "rep_table_30d": "/api/v1/dashboard/reps?period=range&start={start_30d}&end={today}"
                     "&sort=revenue",
}
SCALE_USERS = {"dashboard": "boss001", "rep_table": "admin",  # a branch boss; HQ
               "dashboard_30d": "boss001", "rep_table_30d": "admin"}
SCALE_CONNECTIONS = 16
SCALE_HELLO = "hello_c16"  # hello-world again, at the scale targets' connections

# Goals from the issues (set on PostgreSQL, held on both): the shop on the demo data at 32
# connections, the boss view on the scale data set at 16.
GOALS = {"shop_json": {"min_ratio": 0.50, "max_p99_ms": 50.0, "connections": 32},
         "product_json": {"min_ratio": 0.40, "max_p99_ms": 50.0, "connections": 32},
         "coupon_claim": {"min_ratio": 0.25, "max_p99_ms": 50.0, "connections": 32},
         "group_page": {"min_ratio": 0.40, "max_p99_ms": 50.0, "connections": 32},
         "dashboard": {"min_ratio": 0.25, "max_p99_ms": 50.0, "connections": SCALE_CONNECTIONS},
         "rep_table": {"min_ratio": 0.25, "max_p99_ms": 50.0, "connections": SCALE_CONNECTIONS}}

# Socket errors (connect, read, write, timeout) tolerated as a share of requests.
MAX_SOCKET_ERROR_SHARE = 0.01


WORKER_CLASS = "app.core.server.ThreadWorker"


class BenchError(RuntimeError):
    """The benchmark cannot give meaningful figures; the message says why."""


# --------------------------------------------------------------------------- wrk output


class WrkParseError(BenchError):
    pass


_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_ERROR_KINDS = ("connect", "read", "write", "status", "timeout")


def _to_ms(value: str, unit: str) -> float:
    return float(value) * _TIME_UNITS_MS[unit]


def parse_wrk(output: str) -> dict:
    """Figures of one wrk run: rps, p50_ms, p99_ms, requests and errors by kind.

    Reads the JSON line that `bench/report.lua` prints (exact microseconds); without it,
    falls back on wrk's own `--latency` text report. `errors["status"]` counts the
    "Non-2xx or 3xx responses".
    """
    for line in output.splitlines():
        if line.startswith("WRK_JSON "):
            return _parse_json_line(line.removeprefix("WRK_JSON "))
    return _parse_text(output)


def _parse_json_line(payload: str) -> dict:
    try:
        data = json.loads(payload)
        seconds = data["duration_us"] / 1e6
        latency = data["latency_us"]
        return {
            "rps": data["requests"] / seconds if seconds > 0 else 0.0,
            "p50_ms": latency["p50"] / 1000,
            "p99_ms": latency["p99"] / 1000,
            "requests": int(data["requests"]),
            "errors": {kind: int(data["errors"][kind]) for kind in _ERROR_KINDS},
        }
    except (ValueError, KeyError, TypeError) as exc:
        raise WrkParseError(f"unreadable WRK_JSON line from bench/report.lua: {payload!r}") \
            from exc


def _parse_text(output: str) -> dict:
    rps = re.search(r"^\s*Requests/sec:\s+([\d.]+)\s*$", output, re.M)
    percentiles = {
        int(float(p)): _to_ms(v, u)
        for p, v, u in re.findall(r"^\s*([\d.]+)%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.M)
    }
    requests = re.search(r"^\s*(\d+) requests in ", output, re.M)
    if not rps or 50 not in percentiles or 99 not in percentiles or not requests:
        tail = "\n".join(output.strip().splitlines()[-15:])
        raise WrkParseError(f"could not read requests/s and p50/p99 from wrk's output:\n{tail}")
    errors = dict.fromkeys(_ERROR_KINDS, 0)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if sockets:
        errors.update(zip(("connect", "read", "write", "timeout"),
                          map(int, sockets.groups()), strict=True))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if non_2xx:
        errors["status"] = int(non_2xx.group(1))
    return {"rps": float(rps.group(1)), "p50_ms": percentiles[50], "p99_ms": percentiles[99],
            "requests": int(requests.group(1)), "errors": errors}


def check_wrk_errors(name: str, figures: dict, warmup: bool = False) -> None:
    """A run with error responses, or more than 1% socket errors, measured nothing useful.

    A warm-up may complete no request: a slow target (the boss view building its figures
    in every thread at once) is still warming when it ends."""
    errors, requests = figures["errors"], figures["requests"]
    if requests == 0:
        if warmup:
            return
        raise BenchError(f"{name}: wrk completed no request")
    if errors["status"]:
        raise BenchError(f"{name}: {errors['status']} of {requests} responses were not 2xx/3xx")
    sockets = sum(errors[kind] for kind in ("connect", "read", "write", "timeout"))
    if sockets > MAX_SOCKET_ERROR_SHARE * requests:
        raise BenchError(f"{name}: {sockets} socket errors in {requests} requests: {errors}")


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Settings:
    seconds: int
    warmup_seconds: int
    connections: int
    wrk_threads: int
    server: dict
    overrides: dict = field(default_factory=dict)


def _env_int(name: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BenchError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise BenchError(f"{name} must be at least {minimum}, not {value}")
    return value


def parse_targets_override(raw: str) -> dict:
    """`name=path` pairs separated by spaces or commas, e.g. "shop_json=/ product_page=/"."""
    overrides = {}
    for pair in re.split(r"[\s,]+", raw.strip()):
        if not pair:
            continue
        name, sep, path = pair.partition("=")
        if not sep or not re.fullmatch(r"[a-z][a-z0-9_]*", name) or not path.startswith("/"):
            raise BenchError(f"BENCH_TARGETS: expected name=/path, got {pair!r}")
        if name == "hello":
            raise BenchError("BENCH_TARGETS: hello is the baseline and cannot be overridden")
        overrides[name] = path
    return overrides


def load_settings() -> Settings:
    server = {
        "server": "gunicorn",
        # The worker production runs (gunicorn.conf.py): gthread, closing a kept-alive
        # connection now and then so that wrk's connections spread over both workers.
        "worker_class": os.environ.get("BENCH_WORKER_CLASS", "").strip() or WORKER_CLASS,
        "workers": _env_int("BENCH_WORKERS", 2),
        # Two threads a worker: on the 2-core machines here more threads only add GIL
        # contention and tail latency, for hello-world as much as for the shop.
        "threads": _env_int("BENCH_THREADS", 2),
        "keep_alive_seconds": _env_int("BENCH_KEEPALIVE", 5),
        "access_log": False,
    }
    connections = _env_int("BENCH_CONNECTIONS", 32)
    wrk_threads = min(_env_int("BENCH_WRK_THREADS", 2), connections)
    return Settings(seconds=_env_int("BENCH_SECONDS", 10),
                    warmup_seconds=_env_int("BENCH_WARMUP_SECONDS", 2, minimum=0),
                    connections=connections, wrk_threads=wrk_threads, server=server,
                    overrides=parse_targets_override(os.environ.get("BENCH_TARGETS", "")))


# --------------------------------------------------------------------------- processes


def run_cmd(args: list[str], env: dict, timeout: float, what: str) -> tuple[str, float]:
    """Run a command to completion; its stdout and wall time, or a BenchError with its output."""
    started = time.perf_counter()
    try:
        proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True,  # noqa: S603
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise BenchError(f"{what}: no result after {timeout:.0f}s") from None
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip().splitlines()[-20:]
        raise BenchError(f"{what} failed (exit {proc.returncode}):\n" + "\n".join(output))
    return proc.stdout, seconds


def cpu_busy_share(seconds: float = 1.0) -> float | None:
    """Share of the machine's CPU time other processes used over `seconds` (Linux only)."""

    def sample():
        with open("/proc/stat", encoding="ascii") as stat:
            values = [int(v) for v in stat.readline().split()[1:]]
        return sum(values), values[3] + values[4]  # total, idle + iowait

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    total = total1 - total0
    return round(1 - (idle1 - idle0) / total, 3) if total > 0 else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """One gunicorn in its own process group, its output in a log file."""

    def __init__(self, name: str, app: str, settings: Settings, env: dict, log_dir: Path):
        self.name, self.port = name, free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_dir / f"gunicorn-{name}.log"
        s = settings.server
        self.args = [str(BIN / "gunicorn"), app, "--bind", f"127.0.0.1:{self.port}",
                     "--workers", str(s["workers"]), "--worker-class", s["worker_class"],
                     "--threads", str(s["threads"]), "--keep-alive", str(s["keep_alive_seconds"]),
                     "--log-level", "warning", "--no-control-socket", "--chdir", str(ROOT)]
        self.env = env
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(self.args, cwd=ROOT, env=self.env,  # noqa: S603
                                         stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)

    def wait_ready(self, path: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                raise BenchError(f"gunicorn ({self.name}) exited at start:\n{self.log_tail()}")
            try:
                http_get(self.base_url + path, timeout=2)
                return
            except OSError:
                time.sleep(0.2)
        raise BenchError(f"gunicorn ({self.name}) not answering after {timeout:.0f}s:\n"
                         f"{self.log_tail()}")

    def stop(self) -> None:
        """Terminate the whole process group (master and workers); kill it if it lingers."""
        if self.proc is None or self.proc.poll() is not None:
            return
        for sig, grace in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.proc.wait(timeout=grace)
                return
            except subprocess.TimeoutExpired:
                continue

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.strip().splitlines()[-lines:]) or "(empty log)"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 3xx stays a 3xx: the target must answer 200 itself


# Loopback only: no proxy from the environment, no redirects followed.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def http_request(url: str, *, json_body: dict | None = None, headers: dict | None = None,
                 timeout: float = 10) -> tuple[int, Message, bytes]:
    """Status, headers and body of a GET (a POST with `json_body`); an HTTP error status is
    returned, not raised."""
    headers = dict(headers or {})
    data = None
    if json_body is not None:
        data = json.dumps(json_body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310 (loopback)
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def http_get(url: str, timeout: float = 10, headers: dict | None = None) -> tuple[int, bytes]:
    """Status and body of a GET; an HTTP error status is returned, not raised."""
    status, _, body = http_request(url, headers=headers, timeout=timeout)
    return status, body


def cookies_set(headers: Message) -> dict:
    """The cookies a response sets, by name."""
    jar = SimpleCookie()
    for header in headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


def sign_in(base_url: str, login: str, password: str) -> str:
    """Sign in through the API as the PWA does (a CSRF token, then the login); the Cookie
    header that carries the new session."""
    status, headers, body = http_request(base_url + "/api/v1/auth/csrf")
    if status != 200:
        raise BenchError(f"GET /api/v1/auth/csrf answered {status}")
    cookies = cookies_set(headers)
    status, headers, body = http_request(
        base_url + "/api/v1/auth/login", json_body={"login": login, "password": password},
        headers={"X-CSRFToken": json.loads(body)["csrf_token"],
                 "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())})
    if status != 200:
        raise BenchError(f"signing in as {login} answered {status}: {body[:200]!r}")
    cookies.update(cookies_set(headers))
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


# --------------------------------------------------------------------------- the run


def db_url_for(db: str, tmp: Path) -> str:
    if db == "sqlite":
        return f"sqlite:///{tmp / 'bench.db'}"
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    if not url:
        raise BenchError("--db postgresql needs BENCH_DATABASE_URL or TEST_DATABASE_URL "
                         "(run it through scripts/with-postgres.sh, or `make bench-pg`)")
    if not url.startswith("postgresql"):
        raise BenchError(f"--db postgresql got a non-PostgreSQL URL: {url.split(':', 1)[0]}")
    return url


def app_env(db_url: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GUNICORN_", "FLASK_")) and k not in ("APP_ENV", "DATABASE_URL")}
    # Every load comes from one address: the public writes' per-address limit would answer
    # 429s to a coupon claim's crowd, which is measured without it (the limiter still counts).
    env.update(APP_ENV="production", SECRET_KEY=secrets.token_hex(32), DATABASE_URL=db_url,
               PYTHONUNBUFFERED="1", PUBLIC_WRITE_LIMIT="100000000 per minute")
    return env


SHOP_CODE_SNIPPET = f"""
from app import create_app
from app.extensions import db
from app.marketing.models import BuyGroup, CouponTemplate
from app.org.models import User
with create_app().app_context():
    rep = db.session.scalar(db.select(User).where(User.username == {DEMO_REP!r}))
    coupon = db.session.scalar(db.select(CouponTemplate.id).where(
        CouponTemplate.total.is_(None), CouponTemplate.enabled).order_by(CouponTemplate.id))
    group = db.session.scalar(db.select(BuyGroup.id).where(
        BuyGroup.rep_id == rep.id, BuyGroup.state == "open").order_by(BuyGroup.id))
    print(rep.shop_code, coupon or 0, group or 0)
"""


def flask(*args: str) -> list[str]:
    return [str(BIN / "flask"), "--app", "wsgi", *args]


def prepare_demo(env: dict) -> tuple[float, dict]:
    """Migrate the database of `env`, compress the static files (the release steps of the
    README) and seed the demo: the seed's seconds and the ids the targets' paths need (the
    demo rep's shop code, an unlimited coupon, an open group of the rep's)."""
    run_cmd(flask("db", "upgrade"), env, 300, "flask db upgrade")
    run_cmd(flask("assets", "compress"), env, 600, "flask assets compress")
    _, seed_seconds = run_cmd(flask("seed", "demo"), env, 900, "flask seed demo")
    out, _ = run_cmd([sys.executable, "-c", SHOP_CODE_SNIPPET], env, 120,
                     "reading the shop code")
    shop_code, coupon_id, group_id = (out.strip().splitlines() or ["- 0 0"])[-1].split()
    if shop_code == "-":
        raise BenchError(f"the demo rep {DEMO_REP} has no shop code")
    if "0" in (coupon_id, group_id):
        raise BenchError("the demo has no unlimited coupon or no open group of "
                         f"{DEMO_REP} (app/seed/marketing.py)")
    return seed_seconds, {"shop_code": shop_code, "coupon_id": coupon_id, "group_id": group_id}


def first_product_id(shop: dict) -> int:
    featured = shop.get("featured") or []
    if featured:
        return featured[0]["id"]
    for category in shop.get("categories") or []:
        products = category.get("products") or []
        if products:
            return products[0]["id"]
    raise BenchError("the shop JSON lists no product (neither featured nor in a category)")


def count_products(shop: dict) -> int:
    return len(shop.get("featured") or []) + sum(
        len(category.get("products") or []) for category in shop.get("categories") or [])


def resolve_paths(app_url: str, ids: dict, overrides: dict) -> dict:
    """The path of each target, with the product id read from the shop JSON when needed."""
    templates = {**DEFAULT_TARGETS,
                 **{name: path for name, path in overrides.items() if name not in SCALE_TARGETS}}
    values, shop_code = dict(ids), ids["shop_code"]
    needs_product = any("{product_id}" in t for t in templates.values())
    if needs_product or "shop_json" not in overrides:
        shop_path = DEFAULT_TARGETS["shop_json"].format(shop_code=shop_code)
        status, body = http_get(app_url + shop_path)
        if status != 200:
            raise BenchError(f"GET {shop_path} answered {status}, not 200: the shop JSON endpoint "
                             "is needed (is it implemented? see BENCH_TARGETS in bench/README.md)")
        try:
            shop = json.loads(body)
            products = count_products(shop)
            if needs_product:
                values["product_id"] = first_product_id(shop)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BenchError(f"GET {shop_path}: not the expected shop JSON ({exc!r})") from None
        if not products:
            print(f"warning: the shop of {DEMO_REP} lists no product: an empty shop is measured",
                  flush=True)
    return {name: template.format(**values) for name, template in templates.items()}


def check_status(name: str, url: str, path: str,
                 headers: dict | None = None) -> tuple[float, bytes]:
    """Fail unless the target answers 200 (a POST target 201); the milliseconds it took (the
    first request: for the boss view a cache miss) and the body."""
    started = time.perf_counter()
    body_text = POST_TARGETS.get(name)
    status, _, body = http_request(url, headers=headers, json_body=None if body_text is None
                                   else json.loads(body_text))
    elapsed_ms = (time.perf_counter() - started) * 1000
    if status != (200 if body_text is None else 201):
        raise BenchError(f"{name}: GET {path} answered {status}, not 200; a benchmark of "
                         f"{status}s is worthless (endpoint missing? override with BENCH_TARGETS)")
    return elapsed_ms, body


def run_wrk(wrk: str, url: str, settings: Settings, seconds: int,
            headers: dict | None = None, post_body: str | None = None) -> dict:
    args = [wrk, f"-t{settings.wrk_threads}", f"-c{settings.connections}", f"-d{seconds}s",
            "--latency", "--timeout", "10s", "-s", str(LUA_REPORT),
            *(arg for name, value in (headers or {}).items() for arg in ("-H", f"{name}: {value}")),
            url]
    try:
        proc = subprocess.run(args, capture_output=True, text=True,  # noqa: S603
                              timeout=seconds + 60, check=False,
                              env={**os.environ, "WRK_METHOD": "POST", "WRK_BODY": post_body}
                              if post_body is not None else None)
    except subprocess.TimeoutExpired:
        raise BenchError(f"wrk on {url} did not finish in {seconds + 60}s") from None
    if proc.returncode != 0:
        raise BenchError(f"wrk on {url} failed (exit {proc.returncode}): {proc.stderr.strip()}")
    return parse_wrk(proc.stdout)


def measure(wrk: str, name: str, url: str, settings: Settings,
            headers: dict | None = None) -> dict:
    headers = headers or TARGET_HEADERS.get(name)
    body = POST_TARGETS.get(name)
    if settings.warmup_seconds:
        check_wrk_errors(f"{name} (warm-up)",
                         run_wrk(wrk, url, settings, settings.warmup_seconds, headers, body),
                         warmup=True)
    figures = run_wrk(wrk, url, settings, settings.seconds, headers, body)
    check_wrk_errors(name, figures)
    print(f"  {name:14} {figures['rps']:9.1f} req/s   p50 {figures['p50_ms']:7.2f} ms   "
          f"p99 {figures['p99_ms']:7.2f} ms", flush=True)
    return figures


def csrf_headers(base_url: str) -> dict:
    """A phone's CSRF token and the session cookie it is bound to, for a POST target."""
    status, headers, body = http_request(base_url + "/api/v1/auth/csrf")
    if status != 200:
        raise BenchError(f"GET /api/v1/auth/csrf answered {status}")
    cookies = cookies_set(headers)
    return {"X-CSRFToken": json.loads(body)["csrf_token"],
            "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}


def bench_http(settings: Settings, env: dict, tmp: Path, ids: dict, wrk: str) -> tuple:
    app = Server("app", "wsgi:app", settings, env, tmp)
    hello = Server("hello", "bench.hello:app", settings, env, tmp)
    try:
        for server in (app, hello):
            server.start()
        app.wait_ready("/")
        hello.wait_ready(HELLO_PATH)
        paths = {"hello": HELLO_PATH, **resolve_paths(app.base_url, ids, settings.overrides)}
        urls = {name: (hello if name == "hello" else app).base_url + path
                for name, path in paths.items()}
        headers = {name: csrf_headers(app.base_url) for name in POST_TARGETS if name in urls}
        for name, url in urls.items():
            check_status(name, url, paths[name], headers.get(name))
        print(f"wrk: {settings.connections} connections, {settings.wrk_threads} threads, "
              f"{settings.seconds}s per target after {settings.warmup_seconds}s warm-up",
              flush=True)
        figures = {name: measure(wrk, name, url, settings, headers.get(name))
                   for name, url in urls.items()}
        return paths, figures, first_open(app.base_url, ids["shop_code"])
    except BenchError:
        _report_exited(app, hello)
        raise
    finally:
        for server in (app, hello):
            server.stop()


def scale_paths(base_url: str, cookie: str, overrides: dict) -> dict:
    """The boss view's paths, the 30-day range ending on today's company day (as the
    dashboard says it)."""
    status, body = http_get(base_url + "/api/v1/dashboard?period=today",
                            headers={"Cookie": cookie})
    try:
        today = date.fromisoformat(json.loads(body)["period"]["end"])
    except (ValueError, KeyError, TypeError):
        raise BenchError(f"GET /api/v1/dashboard?period=today answered {status}, without the "
                         "period's end: is the team dashboard implemented?") from None
    values = {"today": today, "start_30d": today - timedelta(days=29)}
    return {name: overrides.get(name, path).format(**values)
            for name, path in SCALE_TARGETS.items()}


def period_days(body: bytes) -> int | None:
    """How many days the answer's period covers (the counters a cache miss reads)."""
    try:
        return json.loads(body)["period"]["days"]
    except (ValueError, KeyError, TypeError):
        return None


def _report_exited(*servers: Server) -> None:
    for server in servers:
        if server.proc is not None and server.proc.poll() is not None:
            print(f"gunicorn ({server.name}) had exited:\n{server.log_tail()}", file=sys.stderr)


def first_open(base_url: str, shop_code: str) -> dict:
    """The first_open step: bytes on the wire and requests of a customer's first open of the
    shop link (empty cache) and of the open after it, in Debian's chromium (bench/first_open.py);
    skipped, with the reason, when Playwright or chromium is missing."""
    try:
        from bench import first_open as browser
    except ImportError as exc:
        return {"skipped": f"needs Playwright (make install-dev): {exc}"}
    if not Path(browser.CHROMIUM).exists():
        return {"skipped": f"needs Debian's chromium at {browser.CHROMIUM} (make system-deps)"}
    figures = browser.measure_opens(base_url, f"/s/{shop_code}", ready=".shop-hero")
    figures["goal"] = {"first_max_bytes": browser.FIRST_OPEN_MAX_BYTES,
                       "second_max_bytes": browser.SECOND_OPEN_MAX_BYTES,
                       "met": figures["first"]["bytes"] <= browser.FIRST_OPEN_MAX_BYTES
                       and figures["second"]["bytes"] <= browser.SECOND_OPEN_MAX_BYTES}
    for label in ("first", "second"):
        print(f"  first_open: {label} open {figures[label]['bytes'] / 1000:7.1f} kB in "
              f"{figures[label]['requests']} requests", flush=True)
    return figures


def time_jobs(env: dict) -> list[dict]:
    listing, _ = run_cmd(flask("jobs", "list"), env, 120, "flask jobs list")
    job_ids = [line.split()[0] for line in listing.splitlines() if line.strip()]
    if not job_ids:
        raise BenchError("flask jobs list printed no job")
    jobs = []
    for job_id in job_ids:
        out, seconds = run_cmd(flask("jobs", "run-once", job_id), env, 600,
                               f"flask jobs run-once {job_id}")
        print(f"  {job_id:28} {seconds:7.2f} s   ({out.strip()})", flush=True)
        jobs.append({"name": job_id, "seconds": round(seconds, 3)})
    return jobs


SCALE_RESET_PG = """
from sqlalchemy import text
from app import create_app
from app.extensions import db
with create_app().app_context():
    db.session.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    db.session.commit()
"""

# After the bulk load and the jobs, the vacuum and statistics autovacuum would catch up on
# within minutes, at once: the boss view is measured on a settled database, not beside a
# VACUUM of millions of fresh rows taking one of the two cores.
SCALE_SETTLE_PG = """
from sqlalchemy import text
from app import create_app
from app.extensions import db
with create_app().app_context():
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
"""

SCALE_JOBS_SNIPPET = """
import json, time
from app import create_app
from app.clients import rfm, rules
from app.core.db import utcnow
from app.extensions import db
with create_app().app_context():
    timings = {}
    for name, step in (("rfm_segments", rfm.compute_segments), ("rfm_flags", rfm.compute_flags),
                       ("auto_tags", rules.run_all)):
        started = time.perf_counter()
        outcome = step(utcnow())
        db.session.commit()
        timings[name] = [round(time.perf_counter() - started, 3), str(outcome)[:80]]
    print(json.dumps(timings))
"""


def scale_jobs(db: str, tmp: Path, sizes: dict) -> tuple[list[dict], dict]:
    """Seed the scale data set in its own database and time the nightly customer jobs on it
    (in process, so the figure is the job's own time, without process start); the timings
    and the environment of an app on that database (DEMO_PASSWORD: its users' password)."""
    url = db_url_for(db, tmp).replace("bench.db", "scale.db")
    env = {**app_env(url), "DEMO_PASSWORD": secrets.token_urlsafe(12)}
    if db == "postgresql":
        run_cmd([sys.executable, "-c", SCALE_RESET_PG], env, 300, "resetting the schema")
    run_cmd(flask("db", "upgrade"), env, 300, "flask db upgrade")
    args = [f"--{key}={value}" for key, value in sizes.items()]
    _, seconds = run_cmd(flask("seed", "scale", *args), env, 3600, "flask seed scale")
    print(f"  seed_scale {' '.join(args)}: {seconds:.1f} s", flush=True)
    out, _ = run_cmd([sys.executable, "-c", SCALE_JOBS_SNIPPET], env, 1800, "scale jobs")
    jobs = [{"name": "seed_scale", "seconds": round(seconds, 3), "sizes": sizes}]
    for name, (job_seconds, outcome) in json.loads(out.strip().splitlines()[-1]).items():
        print(f"  {name:28} {job_seconds:7.2f} s   ({outcome})", flush=True)
        jobs.append({"name": f"scale:{name}", "seconds": job_seconds})
    if db == "postgresql":
        _, settle_seconds = run_cmd([sys.executable, "-c", SCALE_SETTLE_PG], env, 1800,
                                    "VACUUM ANALYZE")
        print(f"  VACUUM ANALYZE: {settle_seconds:.1f} s", flush=True)
    return jobs, env


def bench_scale_http(settings: Settings, env: dict, tmp: Path, wrk: str) -> tuple[dict, dict]:
    """The boss view's targets on the scale data set, each signed in as its user, at
    SCALE_CONNECTIONS against hello-world at the same: their paths and figures (with
    `first_ms`, the first request's time: a cache miss)."""
    settings = replace(settings, connections=SCALE_CONNECTIONS,
                       wrk_threads=min(settings.wrk_threads, SCALE_CONNECTIONS))
    app = Server("scale-app", "wsgi:app", settings, env, tmp)
    hello = Server("scale-hello", "bench.hello:app", settings, env, tmp)
    try:
        for server in (app, hello):
            server.start()
        app.wait_ready("/")
        hello.wait_ready(HELLO_PATH)
        cookies = {login: sign_in(app.base_url, login, env["DEMO_PASSWORD"])
                   for login in set(SCALE_USERS.values())}
        paths = scale_paths(app.base_url, cookies[SCALE_USERS["dashboard"]], settings.overrides)
        firsts = {name: check_status(name, app.base_url + path, path,
                                     {"Cookie": cookies[SCALE_USERS[name]]})
                  for name, path in paths.items()}
        check_status(SCALE_HELLO, hello.base_url + HELLO_PATH, HELLO_PATH)
        print(f"wrk: {settings.connections} connections, {settings.wrk_threads} threads, "
              f"{settings.seconds}s per target after {settings.warmup_seconds}s warm-up",
              flush=True)
        figures = {SCALE_HELLO: measure(wrk, SCALE_HELLO, hello.base_url + HELLO_PATH, settings)}
        for name, path in paths.items():
            figures[name] = measure(wrk, name, app.base_url + path, settings,
                                    {"Cookie": cookies[SCALE_USERS[name]]})
            figures[name]["first_ms"], body = firsts[name]
            figures[name]["period_days"] = period_days(body)
        return {SCALE_HELLO: HELLO_PATH, **paths}, figures
    except BenchError:
        _report_exited(app, hello)
        raise
    finally:
        for server in (app, hello):
            server.stop()


def goal_outcomes(targets: list[dict]) -> list[dict]:
    """Each goal whose target was measured: met or not, and whether at the goal's
    connections (BENCH_CONNECTIONS can change the shop's)."""
    by_name = {t["name"]: t for t in targets}
    outcomes = []
    for name, goal in GOALS.items():
        if name not in by_name:
            continue
        t = by_name[name]
        met = t["ratio"] >= goal["min_ratio"] and t["p99_ms"] < goal["max_p99_ms"]
        outcomes.append({"target": name, **goal, "met": met,
                         "comparable": t["connections"] == goal["connections"]})
    return outcomes


def target_rows(figures: dict, baseline: str, connections: int) -> list[dict]:
    """The results' rows of one server's targets, each against hello-world's `baseline`."""
    base_rps = figures[baseline]["rps"]
    return [{"name": name, "rps": round(f["rps"], 1), "p50_ms": round(f["p50_ms"], 2),
             "p99_ms": round(f["p99_ms"], 2),
             "ratio": 1.0 if name == baseline else round(f["rps"] / base_rps, 3),
             "connections": connections,
             **({"first_ms": round(f["first_ms"], 1), "period_days": f["period_days"]}
                if "first_ms" in f else {})}
            for name, f in figures.items()]


def print_summary(result: dict) -> None:
    print("\n" + f"results ({result['db']}):")
    print(f"  {'target':14} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7}"
          "  path")
    for t in result.get("targets", []):
        print(f"  {t['name']:14} {t['connections']:5} {t['rps']:9.1f} {t['p50_ms']:8.2f} "
              f"{t['p99_ms']:8.2f} {t['ratio']:7.1%}  {result['paths'][t['name']]}")
    for job in result["jobs"]:
        if job["name"] == "scale:rfm_segments":
            verdict = "MET" if job["seconds"] < RFM_GOAL_SECONDS else "MISSED"
            print(f"goal rfm_segments on the scale data set: < {RFM_GOAL_SECONDS} s -> "
                  f"{verdict}: {job['seconds']:.2f} s")
    opens = result.get("first_open")
    if opens and "skipped" in opens:
        print(f"first_open: skipped ({opens['skipped']})")
    elif opens:
        goal = opens["goal"]
        print(f"goal first_open of {opens['path']}: first <= {goal['first_max_bytes'] / 1000:.0f} "
              f"kB and second <= {goal['second_max_bytes'] / 1000:.0f} kB -> "
              f"{'MET' if goal['met'] else 'MISSED'}: {opens['first']['bytes'] / 1000:.1f} kB "
              f"in {opens['first']['requests']} requests, then "
              f"{opens['second']['bytes'] / 1000:.1f} kB in {opens['second']['requests']}")
    for goal in result.get("goals", []):
        t = next(t for t in result["targets"] if t["name"] == goal["target"])
        verdict = "MET" if goal["met"] else "MISSED"
        note = "" if goal["comparable"] else \
            f" (the goal is set at {goal['connections']} connections)"
        overridden = goal["target"] in result["overrides"]
        if overridden:
            note += f" (path overridden by BENCH_TARGETS: {result['paths'][goal['target']]})"
        print(f"goal {goal['target']}: >= {goal['min_ratio']:.0%} of hello-world and p99 < "
              f"{goal['max_p99_ms']:.0f} ms at {goal['connections']} connections -> "
              f"{verdict}: {t['ratio']:.1%}, p99 {t['p99_ms']:.2f} ms{note}")


def _terminate(signum, frame):
    raise SystemExit(128 + signum)  # unwinds through the finally blocks that stop the servers


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _terminate)
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--only", choices=("http", "scale"),
                        help="run only the HTTP targets (with the demo's jobs) or only the "
                             "scale data set's jobs")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        wrk = shutil.which("wrk")
        if not wrk:
            raise BenchError("wrk not found: run `scripts/system-deps.sh bench` (or `make bench`)")
        result = run(args.db, settings, wrk, args.only)
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted; servers stopped", file=sys.stderr)
        return 130
    suffix = f"-{args.only}" if args.only else ""
    out = RESULTS_DIR / f"latest-{args.db}{suffix}.json"
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_summary(result)
    print(f"written: {out.relative_to(ROOT)}")
    return 0


RFM_GOAL_SECONDS = 10  # the customer issue's target for the nightly RFM job at scale


def scale_sizes() -> dict:
    return {"reps": _env_int("BENCH_SCALE_REPS", 1000),
            "customers": _env_int("BENCH_SCALE_CUSTOMERS", 200_000),
            "orders": _env_int("BENCH_SCALE_ORDERS", 1_000_000),
            "events": _env_int("BENCH_SCALE_EVENTS", 2_000_000)}


def run(db: str, settings: Settings, wrk: str, only: str | None = None) -> dict:
    s = settings.server
    print(f"server: gunicorn --workers {s['workers']} --worker-class {s['worker_class']} "
          f"--threads {s['threads']} --keep-alive {s['keep_alive_seconds']} (no access log), "
          "the same for wsgi:app and bench.hello:app", flush=True)
    result = {"db": db}
    targets, paths, requests, jobs = [], {}, {}, []
    tmp = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    try:
        if only != "scale":
            env = app_env(db_url_for(db, tmp))
            print(f"database: {db}; migrating and seeding the demo", flush=True)
            seed_seconds, ids = prepare_demo(env)
            print(f"  seed_demo {seed_seconds:.2f} s", flush=True)
            result["machine"] = {"cpu_busy_before": warn_if_busy()}
            demo_paths, figures, result["first_open"] = bench_http(settings, env, tmp, ids,
                                                                   wrk)
            targets += target_rows(figures, "hello", settings.connections)
            paths.update(demo_paths)
            requests.update({name: f["requests"] for name, f in figures.items()})
            print("jobs (each `flask jobs run-once`, process start included):", flush=True)
            _, cli_seconds = run_cmd(flask("jobs", "list"), env, 120, "flask jobs list")
            result["cli_start_seconds"] = round(cli_seconds, 3)
            jobs += [{"name": "seed_demo", "seconds": round(seed_seconds, 3)}, *time_jobs(env)]
        if only != "http":
            print(f"database: {db}; the scale data set, nightly customer jobs:", flush=True)
            scale_timings, scale_env = scale_jobs(db, tmp, scale_sizes())
            jobs += scale_timings
            print("the scale data set, the boss view:", flush=True)
            result.setdefault("machine", {})["cpu_busy_before_scale"] = warn_if_busy()
            scale_paths, figures = bench_scale_http(settings, scale_env, tmp, wrk)
            targets += target_rows(figures, SCALE_HELLO, SCALE_CONNECTIONS)
            paths.update(scale_paths)
            requests.update({name: f["requests"] for name, f in figures.items()})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    result.update({
        "targets": targets,
        "jobs": jobs,
        "server": s,
        "load": {"tool": "wrk", "connections": settings.connections,
                 "scale_connections": SCALE_CONNECTIONS, "threads": settings.wrk_threads,
                 "seconds": settings.seconds, "warmup_seconds": settings.warmup_seconds},
        "paths": paths,
        "overrides": settings.overrides,
        "goals": goal_outcomes(targets),
        "requests": requests,
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    })
    result["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                         **result.get("machine", {})}
    return result


def warn_if_busy() -> float | None:
    """The share of CPU other processes use right now, with a warning when the figures about
    to be measured will be noisy."""
    busy = cpu_busy_share()
    if busy is not None and busy > 0.15:
        print(f"warning: other processes use {busy:.0%} of the CPU right now; the figures "
              "will be noisy (the load generator and both servers share this machine)",
              flush=True)
    return busy


if __name__ == "__main__":
    sys.exit(main())
