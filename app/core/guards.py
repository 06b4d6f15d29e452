"""Checks every request passes before its view: text a database would refuse never gets in.

PostgreSQL cannot store a NUL character in text and answers it with an error, and no database
driver can encode half of a UTF-16 surrogate pair (JSON's "\ud800"), so either in a path, a
query value, a form field or anywhere in a JSON body is refused here, in one place, with the
one error body: 404 for a path (no such page), 422 naming the field otherwise.
"""

from flask import Flask, request

from app.core.errors import NotFound, ValidationError

NUL = "\x00"
UNSTORABLE = "不能包含空字符或无效字符"


def _storable(text: str) -> bool:
    if NUL in text:
        return False
    try:
        text.encode()
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def _holds_unstorable(value) -> bool:
    if isinstance(value, str):
        return not _storable(value)
    if isinstance(value, dict):
        return any(_holds_unstorable(key) or _holds_unstorable(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_holds_unstorable(item) for item in value)
    return False


def _fields_unstorable(pairs) -> dict:
    return {key if _storable(key) else "_schema": [UNSTORABLE]
            for key, value in pairs if _holds_unstorable(key) or _holds_unstorable(value)}


def refuse_unstorable_text() -> None:
    """before_request: raise NotFound or ValidationError for unstorable text anywhere."""
    if not _storable(request.path):
        raise NotFound()
    bad = _fields_unstorable(request.args.items(multi=True))
    if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        bad.update(_fields_unstorable(request.form.items(multi=True)))
    elif request.is_json and request.content_length:
        body = request.get_json(silent=True)
        if isinstance(body, dict):
            bad.update(_fields_unstorable(body.items()))
        elif _holds_unstorable(body):
            bad["_schema"] = [UNSTORABLE]
    if bad:
        raise ValidationError("提交的内容包含无法保存的字符", code="unstorable_text", fields=bad)


def register_guards(app: Flask) -> None:
    app.before_request(refuse_unstorable_text)
