"""Field rules shared by every domain's schemas."""

from datetime import UTC, date, datetime

from marshmallow import ValidationError, fields, validate

# A company day a query may name: a period and the one it is compared with stay dates.
DAY = validate.Range(min=date(2000, 1, 1), max=date(2099, 12, 31),
                     error="日期应在 2000-01-01 到 2099-12-31 之间")


# A moment a request may name: near enough that it converts to UTC on every database (a year
# 9999 with a negative offset does not), far enough for any deadline or booking.
MOMENT = validate.Range(min=datetime(2000, 1, 1, tzinfo=UTC),
                        max=datetime(2099, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
                        error="时间应在 2000-01-01 到 2099-12-31 之间")


class Moment(fields.AwareDateTime):
    """An ISO 8601 time with its offset (or the given default zone), within MOMENT."""

    def __init__(self, **kwargs):
        kwargs["validate"] = [MOMENT, *_as_list(kwargs.get("validate"))]
        super().__init__(**kwargs)


def _as_list(validators) -> list:
    if validators is None:
        return []
    return list(validators) if isinstance(validators, list | tuple) else [validators]


class FullMatch(validate.Regexp):
    """A pattern the whole value must match; `$` alone lets a trailing newline through.

    The pattern stays in ECMA syntax (^...$), as OpenAPI documents it.
    """

    def __call__(self, value):
        if self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


class NotBlank(FullMatch):
    """Not only spaces, and no NUL, which PostgreSQL cannot store (core.guards refuses one in
    any request; this rule also holds for rows read from a file). One pattern for the
    document, a message for each."""

    def __call__(self, value):
        if "\x00" in value:
            raise ValidationError("不能包含空字符")
        return super().__call__(value)


NOT_BLANK = NotBlank(r"^[^\x00]*[^\s\x00][^\x00]*$", error="不能为空白")
MOBILE = FullMatch(r"^1[0-9]{10}$", error="请输入 11 位手机号")
# An image or link the app shows: our own uploads or an HTTPS address, nothing a page could run.
WEB_URL = FullMatch(r"^(https://|/media/)\S{1,490}$", error="应为 https:// 或 /media/ 开头的地址")
USERNAME = FullMatch(r"^[A-Za-z0-9_.-]{3,50}$",
                     error="用户名为 3-50 位字母、数字、下划线、点或横线")


# Money is fen in the API, yuan on every screen: its rule is said in yuan, as people type it.
MAX_YUAN = 10**9
MONEY_MESSAGE = f"应在 0 到 {MAX_YUAN} 元之间，最多两位小数"
MONEY = validate.Range(min=0, max=MAX_YUAN * 100, error=MONEY_MESSAGE)


def whole_number(maximum: int) -> validate.Range:
    """0 to `maximum`, said as the range (a number past it is not just "无效")."""
    return validate.Range(min=0, max=maximum, error=f"应为 0 到 {maximum} 之间的整数")


def text(max_length: int, min_length: int = 1) -> list:
    """A human-entered string: not only spaces, no NUL, and within its column's length."""
    return [validate.Length(min=min_length, max=max_length), NOT_BLANK]


class JsonBoolean(fields.Boolean):
    """A JSON true or false, nothing else: 0, 1 or "yes" would silently flip a flag."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):  # 0 == False in Python, so sets of truthy values leak
            raise self.make_error("invalid", input=value)
        return value
