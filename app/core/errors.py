"""The one error body for every 4xx/5xx: {"error": {"code", "message", "fields"}}.

`code` is stable English for programs; `message` is Chinese for the person holding the phone.
"""

import logging

from flask import Flask, jsonify
from flask_limiter.errors import RateLimitExceeded
from flask_wtf.csrf import CSRFError
from marshmallow import Schema, fields
from sqlalchemy.exc import IntegrityError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

# Default (code, message) per HTTP status, used when nothing more specific is known.
STATUS_DEFAULTS = {
    400: ("bad_request", "请求格式有误"),
    401: ("unauthenticated", "请先登录"),
    403: ("forbidden", "没有权限执行此操作"),
    404: ("not_found", "内容不存在或无权查看"),
    405: ("method_not_allowed", "不支持该请求方法"),
    409: ("conflict", "当前状态不允许此操作"),
    413: ("payload_too_large", "上传内容过大"),
    414: ("uri_too_long", "请求地址过长"),
    415: ("unsupported_media_type", "不支持的内容类型"),
    417: ("expectation_failed", "不支持的 Expect 请求头"),
    422: ("validation_error", "提交的内容有误，请检查后重试"),
    429: ("rate_limited", "操作过于频繁，请稍后再试"),
    431: ("headers_too_large", "请求头过大"),
    500: ("internal_error", "服务器开小差了，请稍后再试"),
    501: ("not_implemented", "不支持该请求"),
}


class AppError(Exception):
    """A domain error a service raises; routes let it through to the one handler."""

    status = 400
    code = "bad_request"
    message = "请求有误"

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 status: int | None = None, fields: dict | None = None,
                 headers: dict | None = None):
        super().__init__(message or self.message)
        self.message = message or self.message
        self.code = code or self.code
        self.status = status or self.status
        self.fields = fields or {}
        self.headers = headers or {}


class NotFound(AppError):
    status, code, message = 404, "not_found", "内容不存在或无权查看"


class Forbidden(AppError):
    status, code, message = 403, "forbidden", "没有权限执行此操作"


class Conflict(AppError):
    status, code, message = 409, "conflict", "当前状态不允许此操作"


class RateLimited(AppError):
    status, code, message = 429, "rate_limited", "操作过于频繁，请稍后再试"


class ValidationError(AppError):
    status, code, message = 422, "validation_error", "提交的内容有误，请检查后重试"


class ErrorDetailSchema(Schema):
    code = fields.String(required=True, metadata={"description": "Stable English error code"})
    message = fields.String(required=True, metadata={"description": "Chinese message for the user"})
    fields = fields.Dict(
        keys=fields.String(),
        values=fields.Raw(),
        required=True,
        metadata={"description": "Field name -> list of messages"},
    )


class ErrorSchema(Schema):
    error = fields.Nested(ErrorDetailSchema, required=True)


def error_body(status: int, code: str | None = None, message: str | None = None,
               fields_: dict | None = None) -> dict:
    """The one error body; the server (app.core.server) writes it without a request too."""
    default_code, default_message = STATUS_DEFAULTS.get(
        status, STATUS_DEFAULTS[500] if status >= 500 else STATUS_DEFAULTS[400]
    )
    return {"error": {"code": code or default_code, "message": message or default_message,
                      "fields": fields_ or {}}}


def error_response(status: int, code: str | None = None, message: str | None = None,
                   fields_: dict | None = None, headers: dict | None = None):
    response = jsonify(error_body(status, code, message, fields_))
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _flatten_webargs(messages: dict) -> dict:
    """webargs nests errors by location ({"json": {...}}); the client wants field names."""
    flat: dict = {}
    for location_errors in messages.values():
        if isinstance(location_errors, dict):
            flat.update(location_errors)
        else:
            flat.setdefault("_schema", []).extend(location_errors)
    return flat


def handle_http_exception(error: HTTPException):
    data = getattr(error, "data", None) or {}
    headers = dict(data.get("headers") or {})
    if error.code == 405 and error.valid_methods:
        headers["Allow"] = ", ".join(error.valid_methods)
    if error.code == 422 and "messages" in data:
        return error_response(422, fields_=_flatten_webargs(data["messages"]), headers=headers)
    return error_response(error.code or 500, message=data.get("message"), headers=headers)


def handle_app_error(error: AppError):
    return error_response(error.status, error.code, error.message, error.fields, error.headers)


def handle_csrf_error(error: CSRFError):
    return error_response(403, "csrf_failed", "页面已过期，请刷新后重试")


def handle_rate_limit(error: RateLimitExceeded):
    response = error_response(429)
    retry_after = getattr(error, "retry_after", None)
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


def handle_integrity_error(error: IntegrityError):
    """A unique key won a race a service's own check lost: the caller may retry."""
    from app.extensions import db  # extensions import this module

    db.session.rollback()
    log.info("integrity error answered as 409: %s", error.orig)
    return error_response(409, "conflict", "数据已被其他操作修改，请刷新后重试")


def handle_unexpected(error: Exception):
    log.exception("unhandled error", exc_info=error)
    return error_response(500)


def register_errorhandlers(app: Flask) -> None:
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(RateLimitExceeded, handle_rate_limit)
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(AppError, handle_app_error)
    app.register_error_handler(IntegrityError, handle_integrity_error)
    app.register_error_handler(Exception, handle_unexpected)
