"""Two records of one person made one, and the records that look like one person.

A merge moves every row that points at the merged record to the kept one. The rows are found
through the foreign keys to `customer.id` in the model registry, so a table added later (the
inbox, coupon claims) is merged without touching this module; only the activity log, which
keeps customer ids without a foreign key, is named here. Where a customer id is part of a key
(the tags a customer carries, visitor days), a row moves only if the kept record has no row
with that key yet, and the merged record's leftover rows go.
"""

from datetime import date, datetime

from sqlalchemy import Column, UniqueConstraint, delete, exists, func, select, update

from app.clients.models import CustomerMerge
from app.clients.queries import for_book
from app.clients.stages import _move
from app.core.access import scoped
from app.core.api import paginate
from app.core.db import utcnow
from app.core.errors import Conflict, ValidationError
from app.core.events import declare_metric, record_event
from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User

declare_metric("customer_merge", "合并客户")

# Recomputed every night from orders: the merged record's rows are dropped, not moved.
DERIVED = {"customer_rfm", "customer_flag"}
# Where both records have a row with the same key, the one with the earlier time stays.
KEEP_EARLIEST = {"customer_tag": "applied_at"}
# Filled from the merged record where the kept one has none.
FILLED = ("name", "phone", "nickname", "avatar_url", "gender", "region", "birthday",
          "source_share_id", "referrer_id", "anon_id", "openid", "unionid")


def duplicate_groups(user, page: dict) -> dict:
    """Customers the user may see who share a phone, a page of phones at a time.

    An openid or unionid cannot be shared (unique columns): a phone is what two records of
    one person have in common.
    """
    phones = (scoped(select(Customer.phone), Customer, user)
              .where(Customer.phone.is_not(None), Customer.phone != "")
              .group_by(Customer.phone).having(func.count() > 1).order_by(Customer.phone))
    result = paginate(phones, page)
    customers = for_book(list(db.session.scalars(
        scoped(select(Customer), Customer, user).where(Customer.phone.in_(result["items"]))
        .order_by(Customer.id)))) if result["items"] else []
    result["items"] = [{"phone": phone, "customers": [c for c in customers if c.phone == phone]}
                       for phone in result["items"]]
    return result


def merge_customers(actor, kept: Customer, other: Customer) -> CustomerMerge:
    """Merge `other` into `kept`: all its history moves over and the record goes.

    The profile keeps `kept`'s values and fills the empty ones from `other`; visits add up;
    the stage is the further of the two. Raise ValidationError for a record merged with
    itself; Conflict when the two belong to different reps (hand one over first), or when a
    concurrent merge or handover took one of them.
    """
    if kept.id == other.id:
        raise ValidationError("不能与自己合并", fields={"other_id": ["不能与自己合并"]})
    if kept.rep_id != other.rep_id:
        raise Conflict("两位客户属于不同员工，请先把其中一位移交给同一员工再合并",
                       code="merge_owner_differs")
    _lock(kept, other)
    theirs = {column.key: getattr(other, column.key) for column in Customer.__table__.columns}
    db.session.expunge(other)
    for column in references():
        _repoint(column, other.id, kept.id)
    db.session.execute(update(ActivityEvent).where(ActivityEvent.customer_id == other.id)
                       .values(customer_id=kept.id))
    db.session.execute(update(ActivityEvent).where(ActivityEvent.object_type == "customer",
                                                   ActivityEvent.object_id == other.id)
                       .values(object_id=kept.id))
    gone = db.session.execute(delete(Customer).where(Customer.id == other.id,
                                                     Customer.rep_id == kept.rep_id)).rowcount
    if not gone:
        raise Conflict("客户刚被合并或移交，请刷新后重试", code="merge_conflict")
    db.session.refresh(kept)  # the statements above moved its referrer and touched it
    _combine(kept, theirs)
    db.session.flush()
    _move(kept.id, theirs["stage"], "合并客户", actor=actor)
    merge = CustomerMerge(customer_id=kept.id, merged_id=other.id, actor_id=actor.id,
                          snapshot={k: _json(v) for k, v in theirs.items()})
    db.session.add(merge)
    db.session.flush()
    record_event("customer_merge", actor=actor, rep=db.session.get(User, kept.rep_id),
                 customer_id=kept.id, object_type="customer_merge", object_id=merge.id,
                 attrs={"merged_id": other.id})
    db.session.refresh(kept)
    return merge


def references() -> list[Column]:
    """Every column with a foreign key to customer.id, in every table the app has."""
    target = Customer.__table__.c.id
    return [fk.parent for table in db.metadata.sorted_tables for fk in table.foreign_keys
            if fk.column is target]


def _lock(kept: Customer, other: Customer) -> None:
    """Touch both rows, in id order, still with their owner: a concurrent merge of the same
    pair (either way round) waits here and then finds one of them gone (409)."""
    for customer_id in sorted((kept.id, other.id)):
        touched = db.session.execute(
            update(Customer).where(Customer.id == customer_id, Customer.rep_id == kept.rep_id)
            .values(updated_at=utcnow()).execution_options(synchronize_session=False)).rowcount
        if not touched:
            raise Conflict("客户刚被合并或移交，请刷新后重试", code="merge_conflict")
    for customer in (kept, other):
        db.session.refresh(customer)


def _keys(column: Column) -> list[list[Column]]:
    """The other columns of each primary or unique key the column is part of."""
    table = column.table
    keys = [list(table.primary_key.columns)] if column.primary_key else []
    keys += [list(c.columns) for c in table.constraints
             if isinstance(c, UniqueConstraint) and c.columns.contains_column(column)]
    keys += [list(i.columns) for i in table.indexes
             if i.unique and i.columns.contains_column(column)]
    return [[c for c in key if c is not column] for key in keys]


def _repoint(column: Column, other_id: int, kept_id: int) -> None:
    """Point the column's rows at the kept record, keeping its keys unique."""
    table = column.table
    if table.name in DERIVED:
        db.session.execute(delete(table).where(column == other_id))
        return
    keys = _keys(column)

    def same_key(rows, key, customer_id):
        return exists().where(rows.c[column.name] == customer_id,
                              *(rows.c[c.name] == c for c in key))

    if table.name in KEEP_EARLIEST:
        at = KEEP_EARLIEST[table.name]
        theirs = table.alias()
        for key in keys:
            db.session.execute(delete(table).where(
                column == kept_id,
                same_key(theirs, key, other_id).where(theirs.c[at] < table.c[at])))
    moved = update(table).where(column == other_id)
    for key in keys:
        moved = moved.where(~same_key(table.alias(), key, kept_id))
    db.session.execute(moved.values({column.name: kept_id}))
    if keys:  # what did not move would have clashed with the kept record's own row
        db.session.execute(delete(table).where(column == other_id))


def _combine(kept: Customer, theirs: dict) -> None:
    """The kept record's profile, its gaps filled from the merged one's; visits add up."""
    for field in FILLED:
        if getattr(kept, field) in (None, "") and theirs[field] not in (None, ""):
            setattr(kept, field, theirs[field])
    if kept.referrer_id in (kept.id, theirs["id"]):  # one referred the other: no referral
        kept.referrer_id = None
    if theirs["notes"] and theirs["notes"] not in kept.notes:
        kept.notes = f"{kept.notes}\n{theirs['notes']}" if kept.notes else theirs["notes"]
    if theirs["status"] == "customer":
        kept.status = "customer"
    kept.converted_at = _earliest(kept.converted_at, theirs["converted_at"])
    kept.created_at = _earliest(kept.created_at, theirs["created_at"])
    kept.first_visit_at = _earliest(kept.first_visit_at, theirs["first_visit_at"])
    kept.last_visit_at = max(kept.last_visit_at, theirs["last_visit_at"])
    kept.last_contact_at = max(filter(None, (kept.last_contact_at, theirs["last_contact_at"])),
                               default=None)
    kept.visit_count += theirs["visit_count"]


def _earliest(*moments):
    return min(filter(None, moments), default=None)


def _json(value):
    return value.isoformat() if isinstance(value, date | datetime) else value
