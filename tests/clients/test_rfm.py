"""RFM segments against hand-computed customers, edges at the mean included."""

from datetime import timedelta

from sqlalchemy import select, update

from app.clients.models import CustomerFlag, CustomerRfm, SegmentChange
from app.clients.rfm import compute_flags, compute_segments
from app.core.company import get_company
from app.core.db import utcnow
from app.extensions import db
from app.shop.models import Order
from tests.factories import ProductFactory
from tests.shop.builders import customer_of, move, order

NOW = utcnow()


def paid(rep, customer, amount: int, days_ago: int, status: str = "pay",
         before_now: timedelta | None = None) -> None:
    """A paid order of `amount` fen, paid `days_ago` whole days and an hour before NOW (or
    exactly `before_now` before it)."""
    placed = move(order(rep, customer, product=ProductFactory(price=amount, stock=None)),
                  *(("pay", "refund") if status == "refund" else ("pay",)), actor=rep)
    ago = timedelta(days=days_ago, hours=1) if before_now is None else before_now
    db.session.execute(update(Order).where(Order.id == placed.id).values(paid_at=NOW - ago))
    db.session.commit()


def segments() -> dict[int, tuple]:
    return {row.customer_id: (row.segment, row.recency_days, row.frequency, row.monetary)
            for row in db.session.scalars(select(CustomerRfm))}


def test_segments_of_hand_computed_customers(org):
    # given (R, F, M): A (10, 2, 600), B (100, 1, 600), C (30, 1, 100); D paid 400 days ago;
    # E never paid. Means over A, B, C: R 46.7, F 1.33, M 433.3
    rep = org.rep_a1
    a, b, c, d, e = (customer_of(rep) for _ in range(5))
    paid(rep, a, 300, 10)
    paid(rep, a, 300, 40)
    paid(rep, b, 600, 100)
    paid(rep, c, 100, 30)
    paid(rep, d, 900, 400)
    order(rep, e)  # pending: not paid

    # when the segments are computed
    result = compute_segments(NOW)
    db.session.commit()

    # then each lands where the hand computation says; D and E have none
    assert result["scored"] == 3
    assert segments() == {a.id: ("important_value", 10, 2, 600),
                          b.id: ("important_retain", 100, 1, 600),
                          c.id: ("general_develop", 30, 1, 100)}


def test_a_value_exactly_at_the_mean_is_high(org):
    # given R of 10, 20 and 30 days with equal F and M: means R 20, F 1, M 200
    rep = org.rep_a1
    x, y, z = (customer_of(rep) for _ in range(3))
    for customer, days in ((x, 10), (y, 20), (z, 30)):
        paid(rep, customer, 200, days)

    compute_segments(NOW)
    db.session.commit()

    # then R at the mean counts as recent, F and M at the mean as high
    assert {cid: seg[0] for cid, seg in segments().items()} == {
        x.id: "important_value", y.id: "important_value", z.id: "important_keep"}


def test_recency_counts_whole_days_to_the_microsecond(org):
    # given two customers alike but for when they paid: 0.4 ms short of a day ago, an hour ago
    rep = org.rep_a1
    edge, recent = customer_of(rep), customer_of(rep)
    paid(rep, edge, 200, 0, before_now=timedelta(days=1) - timedelta(microseconds=400))
    paid(rep, recent, 200, 0)

    # when the segments are computed
    compute_segments(NOW)
    db.session.commit()

    # then both paid less than a whole day ago: R is 0 for both, and they share a segment
    assert segments() == {edge.id: ("important_value", 0, 1, 200),
                          recent.id: ("important_value", 0, 1, 200)}


def test_refunded_orders_do_not_count(org):
    rep = org.rep_a1
    kept, refunded = customer_of(rep), customer_of(rep)
    paid(rep, kept, 500, 5)
    paid(rep, refunded, 500, 5, status="refund")

    compute_segments(NOW)
    db.session.commit()

    assert set(segments()) == {kept.id}


def test_changes_are_kept_as_history(org):
    # given a first run with two customers
    rep = org.rep_a1
    a, b = customer_of(rep), customer_of(rep)
    paid(rep, a, 1000, 5)
    paid(rep, b, 100, 50)
    compute_segments(NOW)
    db.session.commit()
    first = segments()

    # when b buys a lot and a's only order falls out of the window by the next run
    db.session.execute(update(Order).where(Order.customer_id == a.id)
                       .values(paid_at=NOW - timedelta(days=400)))
    db.session.commit()
    paid(rep, b, 5000, 1)
    compute_segments(NOW + timedelta(days=1))
    db.session.commit()

    # then history has both runs' changes: entries on the first, b's move and a's exit
    rows = [(r.customer_id, r.from_segment, r.to_segment) for r in db.session.scalars(
        select(SegmentChange).order_by(SegmentChange.id))]
    assert rows == [(a.id, None, first[a.id][0]), (b.id, None, first[b.id][0]),
                    (b.id, first[b.id][0], "important_value"), (a.id, first[a.id][0], None)]
    assert set(segments()) == {b.id}


def test_nobody_paid_leaves_no_segments(org):
    customer_of(org.rep_a1)

    assert compute_segments(NOW)["scored"] == 0


# --- risk and potential flags ------------------------------------------------------------------

def flags() -> dict[int, set]:
    found: dict[int, set] = {}
    for row in db.session.scalars(select(CustomerFlag)):
        found.setdefault(row.customer_id, set()).add(row.flag)
    return found


def test_fading_and_rising_customers_by_their_last_90_days(org):
    # given the paid amount of the last 90 days against the 90 before:
    # fell by exactly 50% / fell by 40% / rose by exactly 50% / new (nothing before)
    get_company().flag_stage_steps = 6  # only the money trend here

    rep = org.rep_a1
    half, slight, rise, new = (customer_of(rep) for _ in range(4))
    for customer, before, after in ((half, 1000, 500), (slight, 1000, 600), (rise, 1000, 1500)):
        paid(rep, customer, before, 120)
        paid(rep, customer, after, 10)
    paid(rep, new, 5000, 5)

    # when the flags are computed
    counts = compute_flags(NOW)
    db.session.commit()

    # then a 50% fall is fading, a 50% rise high potential, the rest nothing
    assert flags() == {half.id: {"fading"}, rise.id: {"high_potential"}}
    assert counts == {"fading": 1, "high_potential": 1}


def test_hq_sets_the_window_and_the_flag_thresholds(org, as_hq):
    # given HQ's window of 60 days, and flags on a 40% change over 30-day periods
    as_hq.patch("/api/v1/company", json={"rfm_window_days": 60, "flag_period_days": 30,
                                         "flag_change_percent": 40, "flag_stage_steps": 6})
    rep = org.rep_a1
    slight, old = customer_of(rep), customer_of(rep)
    paid(rep, slight, 1000, 45)
    paid(rep, slight, 600, 5)
    paid(rep, old, 900, 100)

    # when segments and flags are computed
    compute_segments(NOW)
    compute_flags(NOW)
    db.session.commit()

    # then only orders of the last 60 days count, and a 40% fall is fading
    assert set(segments()) == {slight.id}
    assert flags() == {slight.id: {"fading"}}
    reason = db.session.scalar(select(CustomerFlag.reason))
    assert reason == "近 30 天付款金额较此前 30 天下降 40% 以上"


def test_climbing_two_stages_in_30_days_is_high_potential(org, as_rep):
    # given a visitor who was contacted and then paid (profiled -> reached -> deal)
    rep = org.rep_a1
    climber, contacted = customer_of(rep), customer_of(rep)
    for customer in (climber, contacted):
        as_rep.post(f"/api/v1/customers/{customer.id}/follow-ups",
                    json={"kind": "call", "content": "联系"})
    move(order(rep, climber), "pay", actor=rep)

    compute_flags(NOW)
    db.session.commit()

    assert flags() == {climber.id: {"high_potential"}}


def test_a_climbs_high_potential_flag_keeps_the_amounts_paid(org, as_rep):
    # given a customer who paid 150.00 four months ago and climbs to a deal with 80.00 now
    get_company().flag_change_percent = 1000  # no money trend: the climb alone flags them
    rep = org.rep_a1
    climber = customer_of(rep)
    paid(rep, climber, 15000, 120)
    as_rep.post(f"/api/v1/customers/{climber.id}/follow-ups",
                json={"kind": "call", "content": "联系"})
    move(order(rep, climber, product=ProductFactory(price=8000)), "pay", actor=rep)

    # when the flags are computed
    compute_flags(utcnow())
    db.session.commit()

    # then the flag stores what they paid in each period, not zeros
    flag = db.session.scalars(select(CustomerFlag)).one()
    assert (flag.flag, flag.recent_amount, flag.previous_amount) == (
        "high_potential", 8000, 15000)
    assert "阶段上升" in flag.reason


def test_the_book_shows_and_filters_by_segment_and_flag(org, as_rep):
    rep = org.rep_a1
    buyer, other = customer_of(rep), customer_of(rep)
    paid(rep, buyer, 1000, 120)
    paid(rep, buyer, 300, 10)
    compute_segments(NOW)
    compute_flags(NOW)
    db.session.commit()

    shown = as_rep.get(f"/api/v1/customers/{buyer.id}").json
    assert shown["rfm"]["segment"] == "important_value" and shown["rfm"]["monetary"] == 1300
    assert "fading" in shown["flags"]
    assert as_rep.get(f"/api/v1/customers/{other.id}").json["rfm"] is None
    listed = as_rep.get("/api/v1/customers?segment=important_value&flag=fading").json
    assert [c["id"] for c in listed["items"]] == [buyer.id]
