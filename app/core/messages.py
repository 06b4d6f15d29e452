"""Chinese wording for marshmallow's built-in validation errors.

The `fields` of the one error body reach the person holding the phone, so they are Chinese
like `message`. Set once, for every schema of every domain, by install().
"""

from marshmallow import Schema, fields, validate

FIELD_MESSAGES = {
    fields.Field: {"required": "必填", "null": "不能为空", "validator_failed": "无效的值"},
    fields.String: {"invalid": "应为文本", "invalid_utf8": "应为 UTF-8 文本"},
    fields.Number: {"invalid": "应为数字", "too_large": "数字过大"},
    fields.Integer: {"invalid": "应为整数"},
    fields.Float: {"special": "不能是 NaN 或无穷大"},
    fields.Boolean: {"invalid": "应为 true 或 false"},
    fields.DateTime: {"invalid": "应为 ISO 8601 时间", "invalid_awareness": "时间须带时区",
                      "format": "时间格式无效"},
    fields.Date: {"invalid": "应为日期（YYYY-MM-DD）", "format": "日期格式无效"},
    fields.List: {"invalid": "应为列表"},
    fields.Mapping: {"invalid": "应为对象"},
    fields.Nested: {"type": "类型无效"},
    fields.Email: {"invalid": "邮箱地址无效"},
    fields.Url: {"invalid": "网址无效"},
}


def install() -> None:
    for field_class, messages in FIELD_MESSAGES.items():
        field_class.default_error_messages.update(messages)
    Schema._default_error_messages.update({"type": "应为对象", "unknown": "不认识的字段"})
    validate.Length.message_min = "长度不能少于 {min}"
    validate.Length.message_max = "长度不能超过 {max}"
    validate.Length.message_all = "长度应在 {min} 到 {max} 之间"
    validate.Length.message_equal = "长度应为 {equal}"
    validate.Range.message_min = "应{min_op} {{min}}"
    validate.Range.message_max = "应{max_op} {{max}}"
    validate.Range.message_all = "应{min_op} {{min}} 且{max_op} {{max}}"
    validate.Range.message_gte, validate.Range.message_gt = "大于等于", "大于"
    validate.Range.message_lte, validate.Range.message_lt = "小于等于", "小于"
    validate.OneOf.default_message = "应为以下之一：{choices}"
    validate.Regexp.default_message = "格式不正确"
    validate.Equal.default_message = "应等于 {other}"
