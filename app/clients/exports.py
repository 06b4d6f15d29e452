"""The customer book as a spreadsheet: the list's own query and filters, a row per customer."""

from sqlalchemy import select

from app.clients.models import FLAG_NAMES, FOLLOW_STATE_NAMES, SEGMENT_NAMES, STAGE_NAMES
from app.clients.queries import customer_list, for_book
from app.clients.schemas import CustomerListArgsSchema
from app.core.exports import batches, count_of, local_time, register_export
from app.extensions import db
from app.org.models import User

STATUS_NAMES = {"visitor": "访客", "customer": "客户"}
GENDER_NAMES = {"male": "男", "female": "女"}
SOURCE_NAMES = {"share": "分享链接", "walk_in": "到店", "import": "导入"}
COLUMNS = (("name", "姓名"), ("nickname", "微信昵称"), ("phone", "手机"), ("status", "类型"),
           ("stage", "阶段"), ("follow_state", "跟进状态"), ("tags", "标签"),
           ("segment", "RFM 分层"), ("flags", "标记"), ("stale", "久未跟进"),
           ("gender", "性别"), ("region", "地区"), ("birthday", "生日"), ("source", "来源"),
           ("first_visit_at", "首次访问"), ("last_visit_at", "最近访问"),
           ("visit_count", "访问次数"), ("last_contact_at", "最近联系"), ("rep", "所属员工"),
           ("notes", "备注"), ("id", "客户编号"))


def customer_rows(actor, filters: dict):
    """Each customer of the book's list, with what the book shows beside it."""
    for page in batches(customer_list(actor, filters)):
        for_book(page)
        reps = dict(db.session.execute(select(User.id, User.name).where(
            User.id.in_({customer.rep_id for customer in page}))).all())
        for c in page:
            yield {
                "id": c.id, "name": c.name, "nickname": c.nickname, "phone": c.phone,
                "status": STATUS_NAMES.get(c.status, c.status),
                "stage": STAGE_NAMES.get(c.stage, c.stage),
                "follow_state": FOLLOW_STATE_NAMES.get(c.follow_state, c.follow_state),
                "tags": "，".join(applied.tag.name for applied in c.applied_tags),
                "segment": SEGMENT_NAMES.get(c.rfm.segment) if c.rfm else None,
                "flags": "，".join(FLAG_NAMES.get(flag, flag) for flag in c.flags),
                "stale": "是" if c.is_stale else "",
                "gender": GENDER_NAMES.get(c.gender), "region": c.region,
                "birthday": c.birthday, "source": SOURCE_NAMES.get(c.source, c.source),
                "first_visit_at": local_time(c.first_visit_at),
                "last_visit_at": local_time(c.last_visit_at), "visit_count": c.visit_count,
                "last_contact_at": local_time(c.last_contact_at), "rep": reps.get(c.rep_id),
                "notes": c.notes,
            }


register_export("customers", "客户", COLUMNS, customer_rows,
                lambda actor, filters: count_of(customer_list(actor, filters)),
                filters=CustomerListArgsSchema)
