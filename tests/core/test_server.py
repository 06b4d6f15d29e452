"""gunicorn, as production runs it (the project's gunicorn.conf.py), answers what it refuses
on its own in the one JSON error body, and spreads kept-alive connections over its workers."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.server import KEEPALIVE_REQUESTS

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).parent / "gunicorn"


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = tmp_path_factory.mktemp("gunicorn") / "server.log"
    env = {**os.environ, "APP_ENV": "testing", "TEST_DATABASE_URL": "sqlite://"}
    with open(log, "wb") as out:
        process = subprocess.Popen(  # noqa: S603
            [str(GUNICORN), "wsgi:app", "--bind", f"127.0.0.1:{port}", "--workers", "1",
             "--no-control-socket"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert process.poll() is None, log.read_text()
            time.sleep(0.2)
    yield port
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=15)


def ask(port: int, path: str, headers: dict | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    return response.status, response.getheader("Content-Type"), response.read()


def test_a_query_over_the_line_limit_is_a_json_414(gunicorn):
    status, content_type, body = ask(gunicorn, "/api/v1/customers?q=" + "x" * 10_000)

    assert status == 414 and content_type == "application/json"
    assert b'"code": "uri_too_long"' in body and b'"fields": {}' in body


def test_a_header_over_the_size_limit_is_a_json_431(gunicorn):
    status, content_type, body = ask(gunicorn, "/api/v1/auth/csrf", {"X-Big": "x" * 10_000})

    assert status == 431 and content_type == "application/json"
    assert b'"code": "headers_too_large"' in body


def test_requests_within_the_limits_reach_the_app(gunicorn):
    status, content_type, _ = ask(gunicorn, "/api/v1/auth/csrf")

    assert status == 200 and content_type == "application/json"


def test_a_kept_alive_connection_is_closed_after_its_hundredth_request(gunicorn):
    # given one kept-alive connection to the server as production runs it
    connection = http.client.HTTPConnection("127.0.0.1", gunicorn, timeout=10)
    answers = []
    # when a client sends request after request on it
    for _ in range(KEEPALIVE_REQUESTS):
        connection.request("GET", "/api/v1/auth/csrf")
        response = connection.getresponse()
        response.read()
        answers.append((response.status, response.getheader("Connection")))

    # then it is served until the hundredth, which closes it: the next one may go to another
    # worker
    assert answers[:-1] == [(200, "keep-alive")] * (KEEPALIVE_REQUESTS - 1)
    assert answers[-1] == (200, "close")
