"""API quality gates every endpoint gets for free: a valid OpenAPI document, and schemathesis."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from app import create_app

OPENAPI_URL = "/api/openapi.json"

SCHEMATHESIS_CONFIG = {
    "seed": 7,
    "generation": {"mode": "all", "max-examples": 15, "deterministic": True, "database": "none"},
    "phases": {"stateful": {"enabled": False}},
    "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "401", "403", "404", "409", "422", "429"]}},
}


def load_schema():
    document_app = create_app("testing", SQLALCHEMY_DATABASE_URI="sqlite://")
    config = schemathesis.Config.from_dict(SCHEMATHESIS_CONFIG)
    return schemathesis.openapi.from_wsgi(OPENAPI_URL, document_app, config=config)


schema = load_schema()


@pytest.fixture(params=["anonymous", "rep", "boss", "hq"])
def caller(request, role_clients):
    client = role_clients[request.param]
    if request.param == "anonymous":
        client.fetch_csrf()
    return {"cookies": {"qg_session": client.get_cookie("qg_session").value},
            "headers": {"X-CSRFToken": client.csrf_token}}


@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_api_conforms_to_its_schema(case, caller, app):
    case.call_and_validate(session=app.test_client(), app=app, **caller)
