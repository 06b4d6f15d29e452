"""The customer book: profile edits, the HQ tag vocabulary, tagging customers, tag filters,
the follow-up log and its reminders."""

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.exc import IntegrityError

from app.clients.models import (
    AutoTagRule,
    CustomerTag,
    CustomerTagChange,
    FollowUp,
    Handover,
    Tag,
    TagDismissal,
    TagGroup,
)
from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, get_or_404, require_role
from app.core.company import get_company
from app.core.db import check_name_free, insert_if_absent, utcnow
from app.core.errors import Conflict, Forbidden, NotFound, ValidationError
from app.core.events import declare_metric, record_event, register_metrics
from app.core.notifications import notify
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User
from app.org.services import require_manager, update_user
from app.shop.models import Order, OrderLine

declare_metric("follow_up", "跟进")
declare_metric("customer_tag", "打标签")
declare_metric("customer_handover", "接手客户")
register_metrics("customer_untag", lambda event: {})  # logged for the audit, no figure

PROFILE_FIELDS = ("name", "phone", "nickname", "avatar_url", "gender", "region", "birthday",
                  "notes", "follow_state")


# Where a customer's time without contact starts: the last contact; never contacted, when they
# became a customer (converted); a visitor never converted, when first seen.
STALE_CLOCK = ("last_contact_at", "converted_at", "created_at")


def stale_since():
    """Customers whose clock (STALE_CLOCK) started before this moment are stale: the rotting
    idea."""
    return utcnow() - timedelta(days=get_company().stale_customer_days)


def stale_clause():
    return func.coalesce(*(getattr(Customer, column) for column in STALE_CLOCK)) < stale_since()


def is_stale(customer: Customer, since) -> bool:
    """stale_clause() for a loaded customer, against stale_since()."""
    return next(getattr(customer, c) for c in STALE_CLOCK if getattr(customer, c)) < since


def update_customer(actor, customer: Customer, changes: dict) -> Customer:
    """The owning rep edits the customer's profile."""
    require_role(actor, [ROLE_REP])
    for field in PROFILE_FIELDS:
        if field in changes:
            setattr(customer, field, changes[field])
    db.session.flush()
    return customer


# --- the vocabulary (HQ) ---------------------------------------------------------------------

def create_group(actor, name: str, sort_order: int = 0) -> TagGroup:
    require_role(actor, [ROLE_HQ])
    check_name_free(TagGroup, name)
    group = TagGroup(name=name, sort_order=sort_order)
    db.session.add(group)
    db.session.flush()
    return group


def update_group(actor, group: TagGroup, changes: dict) -> TagGroup:
    require_role(actor, [ROLE_HQ])
    if "name" in changes:
        check_name_free(TagGroup, changes["name"], group.id)
    for field in ("name", "sort_order"):
        if field in changes:
            setattr(group, field, changes[field])
    db.session.flush()
    return group


def delete_group(actor, group: TagGroup) -> None:
    """Raise Conflict while the group still has tags."""
    require_role(actor, [ROLE_HQ])
    if group.tags:
        raise Conflict("请先删除该组下的标签", code="tag_group_in_use")
    db.session.delete(group)
    db.session.flush()


def create_tag(actor, group_id: int, name: str, color: str | None = None,
               sort_order: int = 0) -> Tag:
    require_role(actor, [ROLE_HQ])
    if db.session.get(TagGroup, group_id) is None:
        raise ValidationError(fields={"group_id": ["标签组不存在"]})
    check_name_free(Tag, name, group_id=group_id)
    tag = Tag(group_id=group_id, name=name, color=color, sort_order=sort_order)
    db.session.add(tag)
    db.session.flush()
    return tag


def update_tag(actor, tag: Tag, changes: dict) -> Tag:
    require_role(actor, [ROLE_HQ])
    if "group_id" in changes and db.session.get(TagGroup, changes["group_id"]) is None:
        raise ValidationError(fields={"group_id": ["标签组不存在"]})
    if "name" in changes or "group_id" in changes:
        check_name_free(Tag, changes.get("name", tag.name), tag.id,
                group_id=changes.get("group_id", tag.group_id))
    for field in ("group_id", "name", "color", "sort_order"):
        if field in changes:
            setattr(tag, field, changes[field])
    db.session.flush()
    return tag


def delete_tag(actor, tag: Tag) -> None:
    """Raise Conflict while an auto-tag rule applies the tag or customers carry it: retiring
    words from the vocabulary silently would rewrite every rep's customer book."""
    require_role(actor, [ROLE_HQ])
    rule = db.session.scalar(select(AutoTagRule.name).where(AutoTagRule.tag_id == tag.id))
    if rule is not None:
        raise Conflict(f"自动标签规则「{rule}」在使用这个标签，请先删除或修改该规则",
                       code="tag_in_use_by_rule")
    used = db.session.scalar(select(func.count()).where(CustomerTag.tag_id == tag.id))
    if used:
        raise Conflict(f"还有 {used} 位客户带着这个标签", code="tag_in_use")
    db.session.delete(tag)
    try:
        db.session.flush()  # the foreign key refuses it if a customer was tagged meanwhile
    except IntegrityError:
        raise Conflict("有客户刚刚被打上这个标签", code="tag_in_use") from None


def get_tag(tag_id: int) -> Tag:
    return get_or_404(Tag, tag_id, "标签不存在")


# --- tagging customers -----------------------------------------------------------------------

def add_tag(actor, customer: Customer, tag: Tag, source: str = "manual") -> bool:
    """Put a tag on a customer; returns False when it was already there (nothing changes).

    `actor` None is an auto-tag rule. A rep adding a tag a rule applied makes it theirs: the
    rule will not take it off. The change is logged and counted.
    """
    if actor is not None:
        require_role(actor, [ROLE_REP])
    now = utcnow()
    values = {"source": source, "applied_by": actor.id if actor else None, "applied_at": now}
    added = insert_if_absent(db.session, CustomerTag,
                             {"customer_id": customer.id, "tag_id": tag.id, **values})
    if not added and actor is not None:
        added = db.session.execute(update(CustomerTag).where(
            CustomerTag.customer_id == customer.id, CustomerTag.tag_id == tag.id,
            CustomerTag.source == "rule").values(**values)
            .execution_options(synchronize_session="fetch")).rowcount > 0
    if actor is not None:
        db.session.execute(delete(TagDismissal).where(TagDismissal.customer_id == customer.id,
                                                      TagDismissal.tag_id == tag.id))
    if added:
        db.session.add(CustomerTagChange(customer_id=customer.id, tag_id=tag.id,
                                         tag_name=tag.name, action="add", source=source,
                                         actor_id=actor.id if actor else None, at=now))
        db.session.flush()
        if actor is not None:
            record_event("customer_tag", actor=actor, customer_id=customer.id,
                         object_type="tag", object_id=tag.id, attrs={"tag_name": tag.name})
    return added


def remove_tag(actor, customer: Customer, tag: Tag) -> None:
    """Take a tag off a customer by hand; raise NotFound when the customer does not carry it.

    A tag a rule applied stays off: the rule is told not to put it back (TagDismissal).
    """
    require_role(actor, [ROLE_REP])
    source = db.session.scalar(delete(CustomerTag).where(
        CustomerTag.customer_id == customer.id, CustomerTag.tag_id == tag.id)
        .returning(CustomerTag.source))
    if source is None:
        raise NotFound("客户没有这个标签")
    if source == "rule":
        insert_if_absent(db.session, TagDismissal, {
            "customer_id": customer.id, "tag_id": tag.id, "dismissed_by": actor.id,
            "dismissed_at": utcnow()})
    db.session.add(CustomerTagChange(customer_id=customer.id, tag_id=tag.id, tag_name=tag.name,
                                     action="remove", source="manual", actor_id=actor.id))
    db.session.flush()
    record_event("customer_untag", actor=actor, customer_id=customer.id, object_type="tag",
                 object_id=tag.id, attrs={"tag_name": tag.name})


def tags_of(customer_ids: list[int]) -> dict[int, list[CustomerTag]]:
    """The tags each of these customers carries, for a page of customers in one query."""
    found = defaultdict(list)
    if customer_ids:
        for applied in db.session.scalars(
                select(CustomerTag).where(CustomerTag.customer_id.in_(customer_ids))
                .join(CustomerTag.tag).order_by(Tag.group_id, Tag.sort_order, Tag.id)):
            found[applied.customer_id].append(applied)
    return found


def with_tags(query, tag_ids: list[int]):
    """Customers carrying the chosen tags: any of a group's chosen tags (OR), every group (AND)."""
    by_group = defaultdict(list)
    for tag_id, group_id in db.session.execute(select(Tag.id, Tag.group_id)
                                               .where(Tag.id.in_(tag_ids))):
        by_group[group_id].append(tag_id)
    if len(set(tag_ids)) != sum(len(ids) for ids in by_group.values()):
        raise ValidationError(fields={"tag_ids": ["有不存在的标签"]})
    for ids in by_group.values():
        query = query.where(exists().where(CustomerTag.customer_id == Customer.id,
                                           CustomerTag.tag_id.in_(ids)))
    return query


def buyers_of(product_id: int):
    """Ids of the customers with a paid or completed order of the product, as a subquery."""
    return (select(Order.customer_id).join(OrderLine, OrderLine.order_id == Order.id)
            .where(OrderLine.product_id == product_id, Order.status.in_(("paid", "completed"))))


# --- follow-ups ------------------------------------------------------------------------------

EDIT_WINDOW = timedelta(hours=24)
FOLLOW_UP_FIELDS = ("kind", "content", "outcome", "next_action", "due_at", "photo_url")


def log_follow_up(actor, customer: Customer, *, follow_state: str | None = None,
                  **values) -> FollowUp:
    """The owning rep logs a contact (and the next action with its due time)."""
    require_role(actor, [ROLE_REP])
    now = utcnow()
    follow_up = FollowUp(customer_id=customer.id, rep_id=customer.rep_id, author_id=actor.id,
                         created_at=now,
                         **{k: v for k, v in values.items() if k in FOLLOW_UP_FIELDS})
    db.session.add(follow_up)
    customer.last_contact_at = now
    if follow_state is not None:
        customer.follow_state = follow_state
    elif customer.follow_state == "to_follow":
        customer.follow_state = "in_progress"
    db.session.flush()
    record_event("follow_up", actor=actor, customer_id=customer.id, object_type="follow_up",
                 object_id=follow_up.id, attrs={"kind": follow_up.kind})
    return follow_up


def edit_follow_up(actor, follow_up: FollowUp, changes: dict) -> FollowUp:
    """Raise Conflict unless the author edits within 24 hours of writing: after that the log
    only grows (add a new entry)."""
    if actor.id != follow_up.author_id:
        raise Forbidden("只有记录人可以修改")
    if utcnow() - follow_up.created_at > EDIT_WINDOW:
        raise Conflict("跟进记录超过 24 小时不能修改，请新增一条", code="edit_window_closed")
    for field in FOLLOW_UP_FIELDS:
        if field in changes:
            setattr(follow_up, field, changes[field])
    if "due_at" in changes:
        follow_up.reminded_at = None  # a new due time is reminded again
    follow_up.edited_at = utcnow()
    db.session.flush()
    return follow_up


def complete_follow_up(actor, follow_up: FollowUp) -> FollowUp:
    """The next action is done: it leaves the due list and is not reminded."""
    require_role(actor, [ROLE_REP])
    if follow_up.done_at is None:
        follow_up.done_at = utcnow()
        db.session.flush()
    return follow_up


def remind_due(now) -> int:
    """Notify each rep of follow-ups that have come due, once each; returns how many."""
    due = db.session.scalars(
        select(FollowUp).where(FollowUp.done_at.is_(None), FollowUp.reminded_at.is_(None),
                               FollowUp.due_at <= now)
        .order_by(FollowUp.due_at).limit(1000)).all()
    customers = {c.id: c for c in db.session.scalars(
        select(Customer).where(Customer.id.in_({f.customer_id for f in due})))} if due else {}
    reps = {u.id: u for u in db.session.scalars(
        select(User).where(User.id.in_({f.rep_id for f in due})))} if due else {}
    for follow_up in due:
        customer = customers[follow_up.customer_id]
        who = customer.name or customer.nickname or f"访客{customer.id % 10000:04d}"
        notify(reps[follow_up.rep_id], "follow_up_due", f"该跟进 {who} 了",
               follow_up.next_action or follow_up.content[:60],
               f"/rep/customers/{customer.id}")
        follow_up.reminded_at = now
    db.session.flush()
    return len(due)


# --- handover ----------------------------------------------------------------------------------

def hand_over(actor, from_rep: User, to_rep: User, reason: str,
              customer_ids: list[int] | None = None) -> Handover:
    """Move customers (all of `from_rep`'s when no ids are given) to another rep.

    Tags, follow-ups and stages travel with the customer; open follow-ups are now the new
    rep's to act on; orders keep the rep who sold them (commission) and stay in the customer's
    history. Raise ValidationError for a target that is not an active rep, or ids that are not
    `from_rep`'s customers. Both reps are notified.
    """
    require_role(actor, [ROLE_BOSS, ROLE_HQ])
    if to_rep.role != ROLE_REP or not to_rep.active:
        raise ValidationError(fields={"to_rep_id": ["只能移交给在职的员工"]})
    if to_rep.id == from_rep.id:
        raise ValidationError(fields={"to_rep_id": ["不能移交给本人"]})
    owned = select(Customer.id).where(Customer.rep_id == from_rep.id)
    if customer_ids is not None:
        found = set(db.session.scalars(owned.where(Customer.id.in_(customer_ids))))
        if found != set(customer_ids):
            raise ValidationError(fields={"customer_ids": ["有客户不属于移出员工"]})
        owned = owned.where(Customer.id.in_(customer_ids))
    ids = sorted(db.session.scalars(owned))
    if not ids:
        raise ValidationError(fields={"from_rep_id": ["该员工没有可移交的客户"]})
    moved = update(Customer).where(Customer.id.in_(ids), Customer.rep_id == from_rep.id)
    db.session.execute(moved.values(rep_id=to_rep.id).execution_options(
        synchronize_session=False))
    db.session.execute(update(FollowUp).where(FollowUp.customer_id.in_(ids),
                                              FollowUp.done_at.is_(None))
                       .values(rep_id=to_rep.id).execution_options(synchronize_session=False))
    handover = Handover(from_rep_id=from_rep.id, to_rep_id=to_rep.id, actor_id=actor.id,
                        reason=reason, customer_ids=ids)
    db.session.add(handover)
    db.session.flush()
    for customer_id in ids:
        record_event("customer_handover", actor=actor, rep=to_rep, customer_id=customer_id,
                     object_type="handover", object_id=handover.id,
                     attrs={"from_rep_id": from_rep.id})
    notify(to_rep, "handover_in", f"你接手了 {len(ids)} 位客户",
           f"来自 {from_rep.name}：{reason}", "/rep/customers")
    notify(from_rep, "handover_out", f"你的 {len(ids)} 位客户已移交给 {to_rep.name}", reason,
           "/rep/customers")
    db.session.expire_all()
    return handover


# --- offboarding (离职继承) ----------------------------------------------------------------------

def _customers_of(rep: User):
    return select(Customer.id).where(Customer.rep_id == rep.id)


def offboarding(actor, user: User) -> dict:
    """What offboarding `user` would move: their customers and those customers' open
    follow-ups (consultations and bookings go with their customer anyway). Raise as
    require_manager does."""
    require_manager(actor, user)
    customers = _customers_of(user)
    return {"customers": db.session.scalar(select(func.count()).select_from(customers.subquery())),
            "open_follow_ups": db.session.scalar(
                select(func.count()).select_from(FollowUp).where(
                    FollowUp.customer_id.in_(customers), FollowUp.done_at.is_(None)))}


def offboard(actor, user: User, heir: User | None, reason: str) -> Handover | None:
    """离职继承 in one transaction: disable `user` (ending every session of theirs) and hand all
    their customers, with their history and open follow-ups, to `heir` by hand_over's rules.
    A step that fails fails the whole (the request rolls back): nobody is disabled and nothing
    moves. Return the handover, None when there were no customers.

    Raise Forbidden or NotFound (require_manager), ValidationError on `to_rep_id` when the
    user has customers and no heir is given, or as update_user and hand_over do.
    """
    update_user(actor, user, {"active": False})
    if db.session.scalar(_customers_of(user).limit(1)) is None:
        return None
    if heir is None:
        raise ValidationError(fields={"to_rep_id": ["请选择接手客户的员工"]})
    return hand_over(actor, user, heir, reason)
