"""API quality gates every endpoint gets for free.

1. /api/openapi.json is served and is a valid OpenAPI 3 document, listing every /api/v1 route.
2. Every operation has a summary (its docstring) and documents its success response with a schema,
   and each error status it answers (no catch-all `default`) with the one error body.
3. schemathesis calls every operation, as an anonymous visitor and as each role, with generated
   valid and invalid input: no 5xx, every answer's status, content type, headers and body are
   what the document promises, invalid input is rejected and valid input is not refused with
   anything but a business-rule 422 (a parent that does not exist, a username taken).
"""

import re
from dataclasses import dataclass, field

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis.specs.openapi.checks import ignored_auth
from sqlalchemy import select, update

from app import create_app
from app.core.events import record_event
from app.core.notifications import notify
from app.extensions import db, limiter
from app.org.models import User, UserSession

OPENAPI_URL = "/api/openapi.json"
SESSION_COOKIE = "qg_session"
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

SCHEMATHESIS_CONFIG = {
    # A fixed seed and no example database: CI sees the same requests on every run.
    "seed": 20240601,
    "generation": {"mode": "all", "max-examples": 15, "deterministic": True, "database": "none",
                   # Each caller brings its own session cookie (see call_api): generated or
                   # removed cookies would be replaced by it. Anonymous callers test auth.
                   "with-security-parameters": False},
    # Each test is one operation as one caller on a fresh database; sequences are not explored.
    "phases": {"stateful": {"enabled": False}},
    "checks": {
        # The document cannot say that a parent must exist or a username be free; such a 422 is
        # the API working. Any other refusal of schema-valid input (400, 415, ...) still fails.
        "positive_data_acceptance": {
            "expected-statuses": ["2xx", "401", "403", "404", "409", "422", "429"],
        },
    },
}


def load_schema():
    """The document, from an app of its own: parametrize needs it when tests are collected.

    Requests never go to this app: each test sends them to the `app` fixture (see call_api).
    (schemathesis.pytest.from_fixture would take the `app` fixture instead, but it does not run
    on pytest 9.2: it sets Node._nodeid, which pytest removed.)
    """
    document_app = create_app("testing", SQLALCHEMY_DATABASE_URI="sqlite://")
    config = schemathesis.Config.from_dict(SCHEMATHESIS_CONFIG)
    return schemathesis.openapi.from_wsgi(OPENAPI_URL, document_app, config=config)


schema = load_schema()


# --- the document ----------------------------------------------------------------------------

@pytest.fixture
def document(client) -> dict:
    response = client.get(OPENAPI_URL)
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    return response.json


def api_operations(document: dict):
    for path, item in document["paths"].items():
        if path.startswith("/api/v1/"):
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    yield method.upper(), path, operation


def resolve(document: dict, node: dict) -> dict:
    while "$ref" in node:
        *_, section, name = node["$ref"].split("/")
        node = document["components"][section][name]
    return node


def test_openapi_document_is_valid_openapi_3(document):
    assert document["openapi"].startswith("3.")

    validate(document)  # raises with the offending path when the document is invalid


def test_every_api_route_is_in_the_document(app, document):
    routes = {(method, re.sub(r"<(?:[^<>:]+:)?([^<>]+)>", r"{\1}", rule.rule))
              for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/v1/")
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    documented = {(method, path) for method, path, _ in api_operations(document)}

    assert routes - documented == set(), "register the blueprint with the Api, not the app"
    assert documented == routes


def test_every_operation_has_a_summary_and_documents_its_responses(document):
    problems = []
    for method, path, operation in api_operations(document):
        name = f"{method} {path}"
        if not operation.get("summary"):
            problems.append(f"{name}: no summary; give the view a one-line docstring")
        responses = {code: resolve(document, response)
                     for code, response in operation["responses"].items()}
        successes = {code: response for code, response in responses.items()
                     if code.startswith("2")}
        if not successes:
            problems.append(f"{name}: no success response; add @blp.response")
        for code, response in successes.items():
            content = response.get("content", {})
            if code != "204" and not any(body.get("schema") for body in content.values()):
                problems.append(f"{name}: the {code} response has no schema")
        if "default" in responses:
            problems.append(f"{name}: a `default` response hides which errors it answers")
        for code, response in responses.items():
            error = response.get("content", {}).get("application/json", {})
            if code[0] in "45" and error.get("schema") != {"$ref": "#/components/schemas/Error"}:
                problems.append(f"{name}: {code} is not documented with the one error body")

    assert problems == []


# --- schemathesis ----------------------------------------------------------------------------

CLIENT_FIXTURES = {"anonymous": "client", "rep": "as_rep", "boss": "as_boss", "hq": "as_hq"}


@dataclass
class Caller:
    """Who schemathesis calls as: the session cookie and CSRF token of a conftest client."""

    credentials: dict
    user: User | None = None
    account: dict = field(default_factory=dict)
    session_id: int | None = None

    def stay_signed_in(self) -> None:
        """Put back what a generated write did to the caller's own account and session.

        As HQ, PATCH /users/{id} reaches the caller too: a new password or a disabled account
        ends the session, a new role or unit changes what it may do; and signing out (or
        revoking the session by its id) ends it too. Every later example would only test 401
        or 403.
        """
        if self.user is None:
            return
        now = select(*(getattr(User, name) for name in self.account)).where(User.id == self.user.id)
        if db.session.execute(now).one()._asdict() != self.account:
            db.session.execute(update(User).where(User.id == self.user.id).values(**self.account))
        db.session.execute(update(UserSession).where(UserSession.id == self.session_id)
                           .values(revoked_at=None))
        db.session.commit()


@pytest.fixture(params=list(CLIENT_FIXTURES))
def caller(request, org) -> Caller:
    """Each role (and an anonymous visitor, with the CSRF token the PWA fetches first)."""
    client = request.getfixturevalue(CLIENT_FIXTURES[request.param])
    if request.param == "anonymous":
        client.fetch_csrf()
    # Bodies uncompressed: schemathesis' WSGI transport does not decode a Content-Encoding
    # (tests/core/test_compression.py checks compression).
    credentials = {"cookies": {SESSION_COOKIE: client.get_cookie(SESSION_COOKIE).value},
                   "headers": {"X-CSRFToken": client.csrf_token, "Accept-Encoding": "identity"}}
    user = getattr(client, "user", None)
    if user is None:
        return Caller(credentials)
    account = {"role": user.role, "org_unit_id": user.org_unit_id, "active": True,
               "password_hash": user.password_hash}
    return Caller(credentials, user, account, client.user_session.id)


@pytest.fixture
def something_in_every_list(org):
    """A notification for each user and a counted event, so bodies are checked with items in."""
    for user in (org.admin, org.boss_a, org.boss_a1, org.boss_b,
                 org.rep_a1, org.rep_a1b, org.rep_a2, org.rep_b1):
        notify(user, "welcome", "欢迎使用七个在线", "从这里开始", link="/")
    record_event("login", actor=org.rep_a1, object_type="user", object_id=org.rep_a1.id)
    db.session.commit()


def call_api(case, app, caller: Caller):
    if case.method != "GET":
        caller.stay_signed_in()
    # Every example is a first attempt: login answers 401 or 422, not 429 after 30 examples.
    limiter.reset()
    # conftest's Client runs each request in its own app context, as a server would; Flask
    # would otherwise share `g` (and the signed-in user) between requests.
    # ignored_auth sends a made-up session cookie and expects 401; a signed-in caller's real
    # cookie would replace it, so that check runs for the anonymous caller only.
    excluded = [] if caller.user is None else [ignored_auth]
    case.call_and_validate(session=app.test_client(), app=app, excluded_checks=excluded,
                           **caller.credentials)


@pytest.mark.fuzz
@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # see stay_signed_in
@pytest.mark.usefixtures("something_in_every_list")
def test_api_conforms_to_its_document(case, caller, app):
    call_api(case, app, caller)


def test_operations_document_who_may_call_them(app, document):
    """The security requirement in the document is the access rule the app enforces."""
    from app.core.access import rule_of

    declared = {}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/"):
            path = re.sub(r"<(?:[^<>:]+:)?([^<>]+)>", r"{\1}", rule.rule)
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                declared[(method, path)] = rule_of(app.view_functions[rule.endpoint])

    for method, path, operation in api_operations(document):
        expected = [] if declared[(method, path)].public else [{"session": []}]
        assert operation["security"] == expected, f"{method} {path}"
    assert document["components"]["securitySchemes"]["session"]["in"] == "cookie"
