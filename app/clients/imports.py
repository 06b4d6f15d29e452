"""Customers imported from a spreadsheet (CSV or XLSX) into a rep's book.

A rep imports into their own book; HQ into any rep's, named on each row (所属员工). Every row
is checked before anything is written, and one bad row imports nothing. Within the company a
phone, an openid and a unionid each identify one person: a row matching a customer of the same
rep fills that customer's empty fields and adds its tags (what the rep typed is never
overwritten); a customer of another rep is a row error (ownership moves only by a handover);
two rows of one person are a row error.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.clients.models import CustomerTag, CustomerTagChange, Tag, TagGroup
from app.clients.schemas import CustomerImportRowSchema
from app.core.access import ROLE_HQ, ROLE_REP, require_role
from app.core.db import insert_if_absent, utcnow
from app.core.errors import Conflict
from app.core.events import declare_metric, record_event
from app.core.tables import Column, Columns, RowErrors, read_table, write_table
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User
from app.org.services import normalize_username

declare_metric("customer_import", "导入客户")

GENDER_WORDS = {"男": "male", "女": "female", "male": "male", "female": "female", "m": "male",
                "f": "female"}
# 1990-05-01, 1990/5/1, 1990.5.1, 1990年5月1日; Excel cells arrive as 1990-05-01T00:00:00.
LOOSE_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]00:00(?::00)?)?")
TAG_SEPARATORS = re.compile(r"[,，;；]")


def _phone(text: str) -> str:
    return re.sub(r"[\s-]", "", text)  # 138 0000 0000, 138-0000-0000


def _gender(text: str) -> str:
    try:
        return GENDER_WORDS[text.lower()]
    except KeyError:
        raise ValueError("应填 男 或 女") from None


def _day(text: str) -> str:
    found = LOOSE_DATE.fullmatch(text)
    if found is None:
        return text  # the schema says what a date should look like
    year, month, day = found.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _tag_names(text: str) -> list[str]:
    return [name.strip() for name in TAG_SEPARATORS.split(text) if name.strip()]


# Headers accepted in a file (Chinese, as in the template, or English) and how each cell
# becomes a CustomerImportRowSchema field.
IMPORT_COLUMNS = Columns(
    Column("name", ("姓名", "name")),
    Column("phone", ("手机", "手机号", "手机号码", "phone"), _phone),
    Column("nickname", ("微信昵称", "昵称", "nickname")),
    Column("gender", ("性别", "gender"), _gender),
    Column("region", ("地区", "region")),
    Column("birthday", ("生日", "birthday"), _day),
    Column("notes", ("备注", "notes")),
    Column("tags", ("标签", "tags"), _tag_names),
    Column("openid", ("openid",)),
    Column("unionid", ("unionid",)),
    Column("owner", ("所属员工", "owner")),
)
IDENTITIES = ("phone", "openid", "unionid")  # each names one person within the company
PROFILE = ("name", "phone", "nickname", "gender", "region", "birthday", "notes", "openid",
           "unionid")
LOOKUP_CHUNK = 500

row_schema = CustomerImportRowSchema()


@dataclass
class PlannedRow:
    values: dict
    owner: User
    tags: list[Tag] = field(default_factory=list)
    match: Customer | None = None
    new: bool = False


def import_customers(actor, filename: str, raw: bytes) -> dict[str, int]:
    """Add the customers of a CSV or XLSX file, or fill in the ones already in the book.

    Returns how many were created and how many matched (updated). Raise ValidationError with
    the errors of every bad row (`fields.rows`: row number -> messages), or of the file.
    """
    require_role(actor, [ROLE_REP, ROLE_HQ])
    table = read_table(filename, raw, IMPORT_COLUMNS, current_app.config["IMPORT_MAX_ROWS"])
    table.require(("name", "phone", "nickname"), *(["owner"] if actor.role == ROLE_HQ else []))
    row_errors = RowErrors()
    loaded = []
    for number, cells in table:
        values, messages = IMPORT_COLUMNS.load(row_schema, cells)
        row_errors.add(number, messages)
        loaded.append((number, values))
    rows = [values for _, values in loaded if values]
    owners = _owners(rows)
    tags = _Vocabulary()
    known = _known_customers(rows)
    seen: dict[tuple, int] = {}  # (identity, value) or matched customer id -> first row
    planned = []
    for number, values in loaded:
        if not values:
            continue
        errors: list[str] = []
        owner = _owner_of(actor, values.pop("owner", None), owners, errors)
        plan = PlannedRow(values, owner, tags.resolve(values.pop("tags", []), errors))
        for identity in IDENTITIES:
            if values.get(identity):
                first = seen.setdefault((identity, values[identity]), number)
                if first != number:
                    errors.append(f"{IMPORT_COLUMNS.label(identity)}与第 {first} 行重复")
        if not errors and owner is not None:
            plan.match = _match(values, owner, known, errors)
            if plan.match is not None:
                first = seen.setdefault(("customer", plan.match.id), number)
                if first != number:
                    errors.append(f"与第 {first} 行是同一位客户")
        row_errors.add(number, errors)
        planned.append(plan)
    row_errors.raise_any()
    return _write(actor, planned)


def template(actor) -> bytes:
    """The XLSX to fill in: the caller's columns (HQ's name each row's rep), how to fill
    each, and the tag vocabulary."""
    require_role(actor, [ROLE_REP, ROLE_HQ])
    keys = [key for key in IMPORT_COLUMNS.by_field if key != "owner" or actor.role == ROLE_HQ]
    help_rows = {
        "name": ("姓名、手机、微信昵称至少填一项", "张三"),
        "phone": ("11 位手机号；已有客户按手机号、openid、unionid 识别，只补全空白资料",
                  "13800000000"),
        "nickname": ("", "小张"),
        "gender": ("男 或 女", "男"),
        "region": ("", "上海"),
        "birthday": ("如 1990-05-01", "1990-05-01"),
        "notes": ("", "老客户介绍"),
        "tags": ("标签库中的标签，多个用逗号或分号隔开；重名的写成 组名/标签名", "意向，老客"),
        "openid": ("可选，微信 openid", ""),
        "unionid": ("可选，微信 unionid", ""),
        "owner": ("员工的登录用户名", "zhangsan"),
    }
    vocabulary = db.session.execute(select(TagGroup.name, Tag.name).join(Tag.group).order_by(
        TagGroup.sort_order, TagGroup.id, Tag.sort_order, Tag.id)).all()
    return write_table({
        "客户": [[IMPORT_COLUMNS.label(key) for key in keys]],
        "填写说明": [["列", "说明", "示例"]] + [[IMPORT_COLUMNS.label(key), *help_rows[key]]
                                          for key in keys],
        "标签库": [["标签组", "标签"]] + [list(row) for row in vocabulary],
    }, "xlsx")


def _owners(rows: list[dict]) -> dict[str, User]:
    """The users named in the owner column, by normalized username."""
    names = {normalize_username(row["owner"]) for row in rows if row.get("owner")}
    found = {}
    for chunk in _chunks(sorted(names)):
        found.update((u.username, u) for u in db.session.scalars(
            select(User).where(User.username.in_(chunk))))
    return found


def _owner_of(actor, named: str | None, owners: dict[str, User], errors: list) -> User | None:
    """The rep whose book the row goes to: the rep importing, or the one HQ named."""
    if actor.role == ROLE_REP:
        if named and normalize_username(named) != actor.username:
            errors.append("所属员工：只能导入到自己的客户中")
        return actor
    if not named:
        errors.append("所属员工：必填")
        return None
    owner = owners.get(normalize_username(named))
    if owner is None or owner.role != ROLE_REP or not owner.active:
        errors.append(f"所属员工：「{named}」不是在职员工的用户名")
        return None
    return owner


class _Vocabulary:
    """HQ's tags by name, and by 组名/标签名 for a name that is in several groups."""

    def __init__(self):
        self.by_name: dict[str, list[Tag]] = defaultdict(list)
        self.by_path: dict[str, Tag] = {}
        for tag in db.session.scalars(select(Tag).join(Tag.group)):
            self.by_name[tag.name].append(tag)
            self.by_path[f"{tag.group.name}/{tag.name}"] = tag

    def resolve(self, names: list[str], errors: list) -> list[Tag]:
        tags = []
        for name in dict.fromkeys(names):
            found = [self.by_path[name]] if name in self.by_path else self.by_name.get(name, [])
            if len(found) == 1:
                tags.append(found[0])
            elif found:
                errors.append(f"标签：「{name}」在多个标签组中，请写成 组名/标签名")
            else:
                errors.append(f"标签：「{name}」不在标签库中")
        return tags


def _chunks(values: list, size: int = LOOKUP_CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _known_customers(rows: list[dict]) -> dict[tuple[str, str], list[Customer]]:
    """Customers of the whole company that a row's phone, openid or unionid names."""
    wanted = {identity: sorted({row[identity] for row in rows if row.get(identity)})
              for identity in IDENTITIES}
    known: dict[tuple[str, str], list[Customer]] = defaultdict(list)
    customers: dict[int, Customer] = {}
    for identity, values in wanted.items():
        column = getattr(Customer, identity)
        for chunk in _chunks(values):
            customers.update((c.id, c) for c in db.session.scalars(
                select(Customer).where(column.in_(chunk))))
    for customer in customers.values():
        for identity in IDENTITIES:
            if getattr(customer, identity):
                known[(identity, getattr(customer, identity))].append(customer)
    return known


def _match(values: dict, owner: User, known: dict, errors: list) -> Customer | None:
    """The customer the row is about, if the book or the company has them already."""
    found = {c.id: c for identity in IDENTITIES if values.get(identity)
             for c in known.get((identity, values[identity]), [])}
    if len(found) > 1:
        errors.append("手机、openid、unionid 对应了多位已有客户，请先合并重复客户")
        return None
    customer = next(iter(found.values()), None)
    if customer is not None and customer.rep_id != owner.id:
        errors.append("该客户已属于其他员工")
        return None
    return customer


def _write(actor, planned: list[PlannedRow]) -> dict[str, int]:
    """Create or fill in every planned customer, tag them, and log who became a customer."""
    now = utcnow()
    became_customers = []
    for plan in planned:
        if plan.match is None:
            plan.match = Customer(rep_id=plan.owner.id, status="customer", source="import",
                                  converted_at=now, first_visit_at=now, last_visit_at=now,
                                  **plan.values)
            plan.new = True
            db.session.add(plan.match)
            became_customers.append(plan)
            continue
        for key in PROFILE:
            if plan.values.get(key) and not getattr(plan.match, key):
                setattr(plan.match, key, plan.values[key])
        if plan.match.status != "customer":
            plan.match.status, plan.match.converted_at = "customer", now
            became_customers.append(plan)
    try:
        db.session.flush()
    except IntegrityError:  # an openid or unionid arrived meanwhile, from a visit or import
        raise Conflict("有客户刚刚被其他操作创建，请重新导入", code="import_conflict") from None
    changes = []
    for plan in planned:
        for tag in plan.tags:
            if insert_if_absent(db.session, CustomerTag, {
                    "customer_id": plan.match.id, "tag_id": tag.id, "source": "manual",
                    "applied_by": actor.id, "applied_at": now}):
                changes.append(CustomerTagChange(customer_id=plan.match.id, tag_id=tag.id,
                                                 tag_name=tag.name, action="add",
                                                 source="manual", actor_id=actor.id, at=now))
    db.session.add_all(changes)
    for plan in became_customers:
        # Its own verb, not customer_new: a file of old contacts is no day's new customers,
        # and the stage stays 画像 until someone reaches them.
        record_event("customer_import", actor=actor, rep=plan.owner, customer_id=plan.match.id,
                     object_type="customer", object_id=plan.match.id,
                     attrs={"created": plan.new})
    db.session.flush()
    created = sum(plan.new for plan in planned)
    return {"created": created, "updated": len(planned) - created}
