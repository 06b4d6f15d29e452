"""flask-smorest Api wired to the project's error body, plus the list pagination convention."""

from copy import deepcopy
from http import HTTPStatus

from apispec import BasePlugin
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint as SmorestBlueprint
from flask_smorest.utils import deepupdate
from marshmallow import Schema, fields, validate
from werkzeug.routing import IntegerConverter

from app.core.errors import ErrorSchema

SESSION_SCHEME = "session"  # the OpenAPI security scheme of the session cookie

# Ids in URLs, queries and bodies are bounded by what their column holds; a larger number would
# reach the database and fail there (PostgreSQL: "integer out of range") with a 500. The bounds
# are whole digits so that the URL converters can enforce them in their regex.
MAX_ID = 10**9 - 1  # INTEGER ids
MAX_BIG_ID = 10**18 - 1  # BIGINT ids (core.db.BigId)
ID = validate.Range(min=1, max=MAX_ID)


class IdConverter(IntegerConverter):
    """`<int:...>` in a URL is an INTEGER id, 1..MAX_ID; anything else matches no route (404).

    The bound is in the regex: when to_python() rejects a value, werkzeug answers 405 instead of
    404 if the same path has a route for another method.
    """

    regex = r"[1-9]\d{0,8}"
    max_id = MAX_ID

    def __init__(self, map, *args, **kwargs):
        super().__init__(map, *args, **{"min": 1, "max": self.max_id, **kwargs})


class BigIdConverter(IdConverter):
    """`<bigid:...>` in a URL is the id of a BigId table, 1..MAX_BIG_ID."""

    regex = r"[1-9]\d{0,17}"
    max_id = MAX_BIG_ID


# The error statuses the API answers, each documented with the one error body (flask-smorest
# names a response per HTTP status). The document lists them one by one, with no `default`,
# so schema fuzzing fails on a status an operation does not document.
ERROR_STATUSES = (400, 401, 403, 404, 409, 413, 422, 429)
WRITES = ("post", "put", "patch", "delete")


def _response(status: int) -> str:
    return HTTPStatus(status).name


def document_errors(view, *statuses: int):
    """Add error statuses to a view's OpenAPI operation (for decorators that cause them)."""
    unknown = set(statuses) - set(ERROR_STATUSES)
    if unknown:
        raise ValueError(f"not an API error status: {unknown}")
    view._apidoc = getattr(view, "_apidoc", {})
    view._apidoc["manual_doc"] = deepupdate(
        deepcopy(view._apidoc.get("manual_doc", {})),
        {"responses": {str(status): _response(status) for status in statuses}})
    return view


def errors(*statuses: int):
    """Declare the error statuses a view's services raise that the document cannot infer
    (409 from a state rule, 404 for an id in the body, 422 from a business rule...)."""
    return lambda view: document_errors(view, *statuses)


class InferredErrorsPlugin(BasePlugin):
    """The error statuses every operation of a kind answers, added to its document: 422 for
    any (core.guards refuses unstorable text in any query), 401 when it needs a session, 403
    and 409 on a write (the CSRF token; a unique key a concurrent write took, core.errors),
    404 with a path parameter (a missing or out-of-scope id), 400 and 413 with a body."""

    def operation_helper(self, path=None, operations=None, **kwargs):
        for method, operation in (operations or {}).items():
            inferred = [422]
            if operation.get("security"):
                inferred.append(401)
            if method in WRITES:
                inferred += [403, 409]
            if "{" in (path or ""):
                inferred.append(404)
            if "requestBody" in operation or any(
                    p.get("in") in ("body", "formData") for p in operation.get("parameters", [])
                    if isinstance(p, dict)):
                inferred += [400, 413]
            responses = operation.setdefault("responses", {})
            for status in inferred:
                responses.setdefault(str(status), _response(status))


class Blueprint(SmorestBlueprint):
    """flask-smorest's Blueprint, keeping one schema instance per arguments() declaration:
    given a class, webargs builds a schema (deep-copying its fields) on every request."""

    def arguments(self, schema, *args, **kwargs):
        if isinstance(schema, type):
            schema = schema()
        return super().arguments(schema, *args, **kwargs)


class Api(SmorestApi):
    """Documents every error with the one error body; the handlers live in core.errors."""

    ERROR_SCHEMA = ErrorSchema
    DEFAULT_ERROR_RESPONSE_NAME = None  # each status is listed instead

    def init_app(self, app, *args, **kwargs):
        app.url_map.converters.update(int=IdConverter, bigid=BigIdConverter)  # before any route
        super().init_app(app, *args, **{"spec_kwargs": {
            "extra_plugins": [InferredErrorsPlugin()]}, **kwargs})
        self.spec.components.security_scheme(SESSION_SCHEME, {
            "type": "apiKey", "in": "cookie", "name": app.config["SESSION_COOKIE_NAME"],
            "description": "The session of POST /api/v1/auth/login. Every POST, PATCH, PUT and "
                           "DELETE also sends the token of GET /api/v1/auth/csrf in the "
                           "X-CSRFToken header.",
        })

    def _register_error_handlers(self):
        """core.errors registers the handlers for the whole app, API or not."""


# The documented body of a file response (an image, a spreadsheet): @blp.response(200, FILE, ...)
FILE = {"type": "string", "format": "binary"}


class PartialSchema(Schema):
    """Base of a PATCH body: any of the fields of the schema it is mixed with, none required
    (marshmallow has no `partial` Meta option)."""

    def __init__(self, **kwargs):
        super().__init__(partial=True, **kwargs)


class NoFormFieldsSchema(Schema):
    """For file uploads: with the file in `files`, any other form field is refused (422)."""


class PageArgsSchema(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100_000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class PageSchema(Schema):
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)


_page_schemas: dict[type, type] = {}


def page_of(item_schema: type[Schema]) -> type[Schema]:
    """A list response: {"items": [...], "total", "page", "per_page"}; one class per item schema."""
    if item_schema not in _page_schemas:
        name = item_schema.__name__.removesuffix("Schema") + "PageSchema"
        _page_schemas[item_schema] = type(
            name, (PageSchema,), {"items": fields.List(fields.Nested(item_schema), required=True)}
        )
    return _page_schemas[item_schema]


def paginate(select, page_args: dict) -> dict:
    """Run a select one page at a time and return the page dict that page_of() dumps."""
    from app.extensions import db

    result = db.paginate(select, page=page_args["page"], per_page=page_args["per_page"],
                         error_out=False, count=True)
    return {"items": result.items, "total": result.total, "page": result.page,
            "per_page": result.per_page}
