"""Every error status the API answers in the suite is one its OpenAPI document lists.

Each test process records the 4xx statuses the `app` fixture's API answered, per operation;
at the end of the run the controlling process (pytest-xdist's, or the only one) compares them
with the document and fails the run, naming each operation and status the document leaves out.
Schema fuzzing (tests/test_openapi.py) sees only what random input reaches; the suite reaches
the 409s and 404s of real business rules.
"""

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from flask import Flask, request

DIR_VARIABLE = "QG_OBSERVED_STATUSES_DIR"
observed: set[tuple[str, str, int]] = set()


def record_statuses(app: Flask) -> None:
    @app.after_request
    def note(response):
        rule = request.url_rule
        if (rule is not None and rule.rule.startswith("/api/v1/")
                and 400 <= response.status_code < 500  # a 500 is a defect, not a status to list
                and request.method != "OPTIONS"):  # answered by Flask, not in the document
            observed.add((request.method, rule.rule, response.status_code))
        return response


def pytest_configure(config):
    if not hasattr(config, "workerinput"):  # the controlling process: workers inherit this
        os.environ[DIR_VARIABLE] = tempfile.mkdtemp(prefix="qg-statuses-")


def document_path(rule: str) -> str:
    return re.sub(r"<(?:[^<>:]+:)?([^<>]+)>", r"{\1}", rule)


def undocumented(seen) -> list[str]:
    from app import create_app

    document = create_app("testing", SQLALCHEMY_DATABASE_URI="sqlite://").test_client().get(
        "/api/openapi.json").json
    missing = set()
    for method, rule, status in seen:
        operation = document["paths"].get(document_path(rule), {}).get(method.lower(), {})
        if str(status) not in operation.get("responses", {}):
            missing.add(f"{method} {document_path(rule)}: {status}")
    return sorted(missing)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    folder = Path(os.environ[DIR_VARIABLE])
    if hasattr(session.config, "workerinput"):
        (folder / f"{os.getpid()}.json").write_text(json.dumps(sorted(observed)))
        return
    seen = set(observed)
    for part in folder.glob("*.json"):
        seen |= {tuple(item) for item in json.loads(part.read_text())}
    shutil.rmtree(folder, ignore_errors=True)
    missing = undocumented(seen)
    if missing:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        reporter.write("\n")
        reporter.write_line("error statuses the API answered that its document does not list "
                            "(declare them with app.core.api.errors):", red=True)
        for line in missing:
            reporter.write_line(f"  {line}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
