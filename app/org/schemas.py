"""Request and response bodies of the org API."""

from zoneinfo import available_timezones

from marshmallow import Schema, fields, validate

from app.core.access import ROLES
from app.core.api import ID, PartialSchema
from app.core.fields import MOBILE, USERNAME, WEB_URL, JsonBoolean, text
from app.org.models import UNIT_KINDS


class CsrfTokenSchema(Schema):
    csrf_token = fields.String(required=True)


class LoginSchema(Schema):
    login = fields.String(required=True, validate=validate.Length(min=1, max=50),
                          metadata={"description": "Phone number or username"})
    password = fields.String(required=True, load_only=True,
                             validate=validate.Length(min=1, max=128))


class PasswordChangeSchema(Schema):
    current_password = fields.String(required=True, load_only=True,
                                     validate=validate.Length(min=1, max=128))
    new_password = fields.String(required=True, load_only=True,
                                 validate=validate.Length(min=8, max=128))


class UserSessionSchema(Schema):
    id = fields.Integer(required=True)
    created_at = fields.DateTime(required=True)
    last_seen_at = fields.DateTime(required=True,
                                   metadata={"description": "Updated at most once a minute"})
    user_agent = fields.String(required=True)
    address = fields.String(allow_none=True, required=True)
    current = fields.Boolean(required=True,
                             metadata={"description": "The session of this request"})


def _setting(low: int, high: int, description: str):
    """A whole-number company setting within [low, high]."""
    return fields.Integer(strict=True, validate=validate.Range(min=low, max=high),
                          metadata={"description": description})


class CompanySchema(Schema):
    name = fields.String(required=True, validate=text(100))
    logo_url = fields.String(allow_none=True, validate=WEB_URL)
    timezone = fields.String(required=True, validate=validate.OneOf(sorted(available_timezones())))
    commission_rate_bps = _setting(0, 5000, "Default commission rate in basis points (500 = 5%)")
    commission_settle_days = _setting(0, 90, "Days commission stays frozen after an order is done")
    rfm_window_days = _setting(30, 1095, "RFM window: paid orders of this many days count")
    stage_interest_visits = _setting(1, 100, "Views that make a customer 兴趣 (interested)")
    stage_super_spend = _setting(1, 10**12, "Paid spend in fen that makes a customer 超级")
    stage_super_referrals = _setting(1, 1000, "Referred new customers that make a customer 超级")
    flag_period_days = _setting(7, 365, "渐退出/高潜力: days of each compared period")
    flag_change_percent = _setting(1, 100, "渐退出/高潜力: fall or rise in percent")
    flag_stage_steps = _setting(1, 6, "高潜力: stages climbed within flag_stage_days")
    flag_stage_days = _setting(1, 365, "高潜力: the days within which flag_stage_steps count")
    stale_customer_days = _setting(1, 365, "A customer untouched for this many days is stale")
    order_hold_hours = _setting(1, 720, "Hours an unpaid order keeps its stock before it expires")
    max_open_orders = _setting(1, 20, "Unpaid orders one visitor may have open at once")
    boss_manages_people = JsonBoolean(metadata={
        "description": "A boss adds, edits, moves, disables and resets the passwords of the "
                       "reps of their subtree"})
    boss_coupon_max_off = _setting(0, 10**9, "The most a boss's coupon may take off, in fen "
                                             "(0: bosses make no coupons)")
    boss_coupon_max_total = _setting(1, 10**6, "The most copies of one coupon a boss may issue")


class CompanyUpdateSchema(PartialSchema, CompanySchema):
    """Any of the company settings."""


class OrgUnitRefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True)


class OrgUnitSchema(OrgUnitRefSchema):
    parent_id = fields.Integer(allow_none=True, required=True)
    path = fields.String(required=True)
    depth = fields.Integer(required=True)
    sort_order = fields.Integer(required=True)


class UserRefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class OrgTreeUnitSchema(OrgUnitSchema):
    rep_count = fields.Integer(required=True, metadata={"description": "Its own active reps"})
    subtree_rep_count = fields.Integer(
        required=True, metadata={"description": "Active reps of the unit and its descendants"})
    bosses = fields.List(fields.Nested(UserRefSchema), required=True,
                         metadata={"description": "Its active bosses"})


class OrgUnitCreateSchema(Schema):
    name = fields.String(required=True, validate=text(100))
    kind = fields.String(required=True,
                         validate=validate.OneOf([k for k in UNIT_KINDS if k != "hq"]))
    parent_id = fields.Integer(required=True, strict=True, validate=ID)
    sort_order = fields.Integer(load_default=0, strict=True,
                                validate=validate.Range(min=0, max=100_000))


class OrgUnitUpdateSchema(Schema):
    name = fields.String(validate=text(100))
    parent_id = fields.Integer(strict=True, validate=ID)
    sort_order = fields.Integer(strict=True, validate=validate.Range(min=0, max=100_000))


class OrgUnitListArgsSchema(Schema):
    parent_id = fields.Integer(validate=ID)
    kind = fields.String(validate=validate.OneOf(UNIT_KINDS))


class UserSchema(Schema):
    id = fields.Integer(required=True)
    username = fields.String(required=True)
    name = fields.String(required=True)
    phone = fields.String(allow_none=True, required=True)
    role = fields.String(required=True)
    active = fields.Boolean(required=True)
    org_unit = fields.Nested(OrgUnitRefSchema, required=True)
    shop_code = fields.String(allow_none=True, required=True)
    last_login_at = fields.DateTime(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)


class MeSchema(Schema):
    id = fields.Integer(required=True)
    username = fields.String(required=True)
    name = fields.String(required=True)
    phone = fields.String(allow_none=True, required=True)
    role = fields.String(required=True)
    org_unit = fields.Nested(OrgUnitRefSchema, required=True)
    shop_code = fields.String(allow_none=True, required=True)
    company = fields.Nested(CompanySchema, required=True)


class UserCreateSchema(Schema):
    username = fields.String(required=True, validate=USERNAME)
    name = fields.String(required=True, validate=text(50))
    phone = fields.String(allow_none=True, validate=MOBILE)
    role = fields.String(required=True, validate=validate.OneOf(ROLES))
    org_unit_id = fields.Integer(required=True, strict=True, validate=ID)
    password = fields.String(required=True, load_only=True,
                             validate=validate.Length(min=8, max=128))


class UserUpdateSchema(Schema):
    username = fields.String(validate=USERNAME)
    name = fields.String(validate=text(50))
    phone = fields.String(allow_none=True, validate=MOBILE)
    role = fields.String(validate=validate.OneOf(ROLES))
    org_unit_id = fields.Integer(strict=True, validate=ID)
    password = fields.String(load_only=True, validate=validate.Length(min=8, max=128))
    active = JsonBoolean()


class UserListArgsSchema(Schema):
    role = fields.String(validate=validate.OneOf(ROLES))
    org_unit_id = fields.Integer(validate=ID)
    within_unit_id = fields.Integer(validate=ID, metadata={
        "description": "Users of this unit and of every unit below it"})
    q = fields.String(validate=validate.Length(min=1, max=50),
                      metadata={"description": "Matches name, username or phone"})
    active = fields.Boolean()


class PasswordResetSchema(Schema):
    password = fields.String(load_only=True, validate=validate.Length(min=8, max=128),
                             metadata={"description": "The new password; none: one is generated"})


class PasswordResetResultSchema(Schema):
    password = fields.String(allow_none=True, required=True,
                             metadata={"description": "The generated password, shown once; "
                                                      "null when one was given"})


class UserImportFileSchema(Schema):
    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary"})


class ImportedUserSchema(Schema):
    id = fields.Integer(required=True)
    username = fields.String(required=True)
    name = fields.String(required=True)
    role = fields.String(required=True)
    initial_password = fields.String(allow_none=True, required=True,
                                     metadata={"description": "Generated password, shown once"})


class UserImportResultSchema(Schema):
    created = fields.Integer(required=True)
    users = fields.List(fields.Nested(ImportedUserSchema), required=True)
