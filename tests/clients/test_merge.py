"""Two records of one person merged into one, keeping every piece of history; and the page of
records that look like one person."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, update

from app.clients.merge import merge_customers, references
from app.clients.models import (
    CustomerFlag,
    CustomerMerge,
    CustomerRfm,
    CustomerTag,
    CustomerTagChange,
    FollowUp,
    StageChange,
)
from app.core.db import utcnow
from app.core.errors import Conflict
from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.extensions import db
from app.shop.models import Order, ShareToken, VisitorDay
from tests.clients.builders import customer, tagged, vocabulary
from tests.shop.builders import move, order, visit


def merge(client, kept_id: int, other_id: int):
    return client.post(f"/api/v1/customers/{kept_id}/merge", json={"other_id": other_id})


def rows_of(model, customer_id: int) -> int:
    return db.session.scalar(select(func.count()).select_from(model)
                             .where(model.customer_id == customer_id))


def customer_profile(customer_: Customer, **profile) -> Customer:
    """The customer as the rep edited them."""
    customer_ = db.session.get(Customer, customer_.id)
    for field, value in profile.items():
        setattr(customer_, field, value)
    db.session.commit()
    return customer_


def log(client, customer_, content: str):
    response = client.post(f"/api/v1/customers/{customer_.id}/follow-ups",
                           json={"kind": "call", "content": content})
    assert response.status_code == 201, response.json


@pytest.fixture
def pair(org, as_rep):
    """Rep A1's two records of one person, each with a history of its own.

    `kept`: typed by the rep (name, phone), reached by a follow-up, tagged 老客 after `other`
    was. `other`: a WeChat visitor (nickname, openid) who visited twice, was tagged 老客 and
    茶叶, forwarded a link that brought a friend, and paid an order (stage 成交); it has an RFM
    row and a flag.
    """
    rep = org.rep_a1
    tags = vocabulary(org.admin, {"阶段": ["老客"], "兴趣": ["茶叶"]})
    first = visit(rep)
    visit(rep, anon_id=first.customer.anon_id)
    friend = visit(rep, token=first.forward.token).customer
    other = customer_profile(first.customer, nickname="芳芳", openid="o_fang_123456",
                             region="上海", notes="爱喝茶")
    tagged(rep, other, tags["老客"], tags["茶叶"])
    paid = move(order(rep, other), "pay", actor=rep)
    db.session.add_all([
        CustomerRfm(customer_id=other.id, recency_days=1, frequency=1, monetary=100,
                    segment="general_develop", computed_at=utcnow()),
        CustomerFlag(customer_id=other.id, flag="fading", reason="测试",
                     computed_at=utcnow())])
    db.session.commit()
    kept = customer(rep, name="王芳", phone="13800000001", notes="老同学")
    kept = tagged(rep, kept, tags["老客"])
    log(as_rep, kept, "电话联系")
    log(as_rep, other, "微信聊过")
    return SimpleNamespace(kept=kept, other=other, friend=friend, order=paid, tags=tags,
                           other_id=other.id)


def history(customer_id: int) -> dict:
    """How many rows of each kind of history point at the customer."""
    return {
        "orders": rows_of(Order, customer_id),
        "follow_ups": rows_of(FollowUp, customer_id),
        "tags": rows_of(CustomerTag, customer_id),
        "tag_changes": rows_of(CustomerTagChange, customer_id),
        "stage_changes": rows_of(StageChange, customer_id),
        "events": rows_of(ActivityEvent, customer_id),
        "visitor_days": rows_of(VisitorDay, customer_id),
        "rfm": rows_of(CustomerRfm, customer_id),
        "flags": rows_of(CustomerFlag, customer_id),
    }


def test_merging_moves_every_kind_of_history_and_removes_the_other(as_rep, org, pair):
    # given both records' history as it stands
    kept, other = pair.kept, pair.other
    theirs, mine = history(other.id), history(kept.id)
    earlier_tag = db.session.get(CustomerTag, (other.id, pair.tags["老客"].id)).applied_at
    visits = kept.visit_count + other.visit_count

    # when the rep merges the visitor record into the one they typed
    response = merge(as_rep, kept.id, other.id)

    # then the other record is gone and nothing points at it any more
    assert response.status_code == 200, response.json
    assert db.session.get(Customer, pair.other_id) is None
    assert all(count == 0 for count in history(pair.other_id).values()), history(pair.other_id)
    for column in references():
        assert db.session.scalar(select(func.count()).select_from(column.table)
                                 .where(column == pair.other_id)) == 0, column
    # and the kept record has all of it: orders, follow-ups, tag history, stage changes,
    # events and visits; both days' visits were the same day, so one visitor day stays
    now = history(kept.id)
    assert now["orders"] == theirs["orders"] + mine["orders"] == 1
    assert now["follow_ups"] == theirs["follow_ups"] + mine["follow_ups"] == 2
    assert now["tag_changes"] == theirs["tag_changes"] + mine["tag_changes"] == 3
    assert now["stage_changes"] == theirs["stage_changes"] + mine["stage_changes"] + 1
    # and the merge itself, with its stage move
    assert now["events"] == theirs["events"] + mine["events"] + 2
    assert now["visitor_days"] == 1 and theirs["visitor_days"] == 1
    assert (now["rfm"], now["flags"]) == (0, 0)  # recomputed tonight
    # the tags are the union, 老客 as first applied (to the other record)
    assert {t["name"] for t in response.json["tags"]} == {"老客", "茶叶"}
    assert db.session.get(CustomerTag, (kept.id, pair.tags["老客"].id)).applied_at == earlier_tag
    # the profile keeps what the rep typed and fills the rest; visits add up
    db.session.refresh(kept)
    assert (kept.name, kept.phone, kept.nickname, kept.openid, kept.region) == (
        "王芳", "13800000001", "芳芳", "o_fang_123456", "上海")
    assert kept.notes == "老同学\n爱喝茶"
    assert kept.visit_count == visits == response.json["visit_count"]
    # the stage is the further of the two, and the move says why
    assert kept.stage == "deal"
    last = db.session.scalars(select(StageChange).where(StageChange.customer_id == kept.id)
                              .order_by(StageChange.id.desc())).first()
    assert (last.from_stage, last.to_stage, last.reason, last.actor_id) == (
        "reached", "deal", "合并客户", org.rep_a1.id)
    # the friend the other brought, and the link they forwarded, now name the kept record
    db.session.refresh(pair.friend)
    assert pair.friend.referrer_id == kept.id
    assert db.session.scalar(select(func.count()).where(ShareToken.referrer_id == kept.id)) >= 1
    # and the merge is recorded with the other record as it was
    record = db.session.scalars(select(CustomerMerge)).one()
    assert (record.customer_id, record.merged_id, record.actor_id) == (
        kept.id, pair.other_id, org.rep_a1.id)
    assert record.snapshot["nickname"] == "芳芳" and record.snapshot["stage"] == "deal"


def test_an_anonymous_visitors_cookie_follows_the_merge(as_rep, org):
    # given a customer without an anonymous id (as an imported one), and a visitor
    typed = customer_profile(customer(org.rep_a1), name="甲", anon_id=None)
    visitor = customer(org.rep_a1)
    cookie = visitor.anon_id

    assert merge(as_rep, typed.id, visitor.id).status_code == 200

    db.session.refresh(typed)
    assert typed.anon_id == cookie  # their next visit finds the kept record


def test_the_kept_record_keeps_its_own_later_tag_and_further_stage(as_rep, org):
    tags = vocabulary(org.admin, {"阶段": ["老客"]})
    other = tagged(org.rep_a1, customer(org.rep_a1), tags["老客"])
    kept = tagged(org.rep_a1, customer(org.rep_a1, stage="repeat"), tags["老客"])
    kept_tag_at = db.session.get(CustomerTag, (kept.id, tags["老客"].id)).applied_at
    later = db.session.get(CustomerTag, (other.id, tags["老客"].id))
    later.applied_at = kept_tag_at + timedelta(hours=1)
    db.session.commit()
    changes = rows_of(StageChange, kept.id)

    assert merge(as_rep, kept.id, other.id).status_code == 200

    assert db.session.get(CustomerTag, (kept.id, tags["老客"].id)).applied_at == kept_tag_at
    db.session.refresh(kept)
    assert kept.stage == "repeat" and rows_of(StageChange, kept.id) == changes


def test_a_record_cannot_be_merged_with_itself(as_rep, org):
    mine = customer(org.rep_a1)

    response = merge(as_rep, mine.id, mine.id)

    assert response.status_code == 422
    assert "other_id" in response.json["error"]["fields"]


@pytest.mark.parametrize("side", ["kept", "other"])
def test_a_record_out_of_scope_is_404(as_rep, org, side):
    mine, theirs = customer(org.rep_a1), customer(org.rep_a1b)
    kept, other = (theirs, mine) if side == "kept" else (mine, theirs)

    response = merge(as_rep, kept.id, other.id)

    assert response.status_code == 404
    assert db.session.get(Customer, theirs.id) is not None
    assert db.session.get(Customer, mine.id) is not None


def test_a_boss_merges_within_one_reps_book_but_not_across_reps(as_boss, org):
    # given two records of rep A1 and one of rep A2, all in boss A's branch
    first, second = customer(org.rep_a1, name="甲"), customer(org.rep_a1).id
    elsewhere = customer(org.rep_a2)

    # when the boss merges across reps, then it is refused with a hint to hand over first
    across = merge(as_boss, first.id, elsewhere.id)
    assert across.status_code == 409
    assert across.json["error"]["code"] == "merge_owner_differs"
    assert "移交" in across.json["error"]["message"]
    assert db.session.get(Customer, elsewhere.id) is not None
    # and within one rep's book it works
    assert merge(as_boss, first.id, second).status_code == 200
    assert db.session.get(Customer, second) is None


def test_a_boss_cannot_merge_outside_the_subtree(app, org):
    boss_b = app.test_client().sign_in_as(org.boss_b)
    first, second = customer(org.rep_a1), customer(org.rep_a1)

    assert merge(boss_b, first.id, second.id).status_code == 404


def test_a_second_merge_of_the_same_pair_finds_the_other_gone(as_rep, org):
    first, second = customer(org.rep_a1).id, customer(org.rep_a1).id

    assert merge(as_rep, first, second).status_code == 200
    assert merge(as_rep, first, second).status_code == 404
    assert merge(as_rep, second, first).status_code == 404


def test_a_merge_racing_a_handover_is_refused(org):
    # given the rep's view of two records, one of them handed over since it was read
    kept, other = customer(org.rep_a1), customer(org.rep_a1)
    session = db.session()
    session.expire_on_commit = False  # keep what was read, as a request that read first would
    try:
        assert kept.rep_id == other.rep_id == org.rep_a1.id
        session.execute(update(Customer).where(Customer.id == other.id)
                        .values(rep_id=org.rep_a1b.id)
                        .execution_options(synchronize_session=False))
        session.commit()

        # when the merge runs on what it read, then it is refused and nothing moved
        with pytest.raises(Conflict) as refused:
            merge_customers(org.rep_a1, kept, other)
    finally:
        session.expire_on_commit = True
    db.session.rollback()
    assert refused.value.code == "merge_conflict"
    assert db.session.get(Customer, other.id).rep_id == org.rep_a1b.id
    assert db.session.get(Customer, kept.id) is not None


# --- duplicates ------------------------------------------------------------------------------

def test_duplicates_groups_records_sharing_a_phone_within_scope(app, org, as_rep, as_boss):
    # given a phone twice in rep A1's book, once more in rep A2's, and a phone used once
    a, b = customer(org.rep_a1, phone="13800000001"), customer(org.rep_a1, phone="13800000001")
    c = customer(org.rep_a2, phone="13800000001")
    customer(org.rep_a1, phone="13800000002")
    d, e = customer(org.rep_a2, phone="13800000003"), customer(org.rep_a2, phone="13800000003")

    # when the rep and the boss list duplicates
    mine = as_rep.get("/api/v1/customers/duplicates").json
    branch = as_boss.get("/api/v1/customers/duplicates?per_page=1").json

    # then each sees groups of what they may see, one page at a time
    assert [(g["phone"], [x["id"] for x in g["customers"]]) for g in mine["items"]] == [
        ("13800000001", [a.id, b.id])]
    assert branch["total"] == 2 and branch["per_page"] == 1
    assert [x["id"] for x in branch["items"][0]["customers"]] == [a.id, b.id, c.id]
    page_two = as_boss.get("/api/v1/customers/duplicates?per_page=1&page=2").json
    assert [x["id"] for x in page_two["items"][0]["customers"]] == [d.id, e.id]
    # and after a merge the group is gone
    assert merge(as_rep, a.id, b.id).status_code == 200
    assert as_rep.get("/api/v1/customers/duplicates").json["total"] == 0
