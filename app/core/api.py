"""flask-smorest Api wired to the project's error body, plus the list pagination convention."""

from flask_smorest import Api as SmorestApi
from marshmallow import Schema, fields, validate
from werkzeug.routing import IntegerConverter

from app.core.errors import ErrorSchema

# The largest id a BIGINT (PostgreSQL) or INTEGER (SQLite) column holds. A larger number in a URL,
# query or body would reach the database and fail there (500) instead of being a 404 or 422.
MAX_ID = 2**63 - 1
ID = validate.Range(min=1, max=MAX_ID)


class IdConverter(IntegerConverter):
    """`<int:...>` in a URL is a database id: 1..MAX_ID, and anything else does not match (404)."""

    def __init__(self, map, fixed_digits=0, min=1, max=MAX_ID, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


class Api(SmorestApi):
    """Documents every error with the one error body; the handlers live in core.errors."""

    ERROR_SCHEMA = ErrorSchema

    def init_app(self, app, *args, **kwargs):
        app.url_map.converters["int"] = IdConverter  # before any route is added
        super().init_app(app, *args, **kwargs)

    def _register_error_handlers(self):
        """core.errors registers the handlers for the whole app, API or not."""


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
