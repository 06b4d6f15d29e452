"""flask-smorest Api wired to the project's error body, plus the list pagination convention."""

from flask_smorest import Api as SmorestApi
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


class Api(SmorestApi):
    """Documents every error with the one error body; the handlers live in core.errors."""

    ERROR_SCHEMA = ErrorSchema

    def init_app(self, app, *args, **kwargs):
        app.url_map.converters.update(int=IdConverter, bigid=BigIdConverter)  # before any route
        super().init_app(app, *args, **kwargs)
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
