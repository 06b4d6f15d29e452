"""Home-screen figures read the counters of what the caller may see."""

from app.core.db import utcnow
from app.core.events import record_event
from app.core.models import DailyCounter
from app.dashboard.queries import today


def test_today_is_scoped_by_role(app, org, db, as_rep, as_boss, as_hq):
    now = utcnow()
    for rep, shares in ((org.rep_a1, 2), (org.rep_a2, 3), (org.rep_b1, 5)):
        for _ in range(shares):
            record_event("share", actor=rep, at=now)
    db.session.commit()

    rep_view = as_rep.get("/api/v1/dashboard/today").json
    boss_view = as_boss.get("/api/v1/dashboard/today").json
    hq_view = as_hq.get("/api/v1/dashboard/today").json

    assert (rep_view["scope"], rep_view["reps"], rep_view["metrics"]) == ("self", 1, {"share": 2})
    assert (boss_view["scope"], boss_view["reps"], boss_view["metrics"]) == ("subtree", 3,
                                                                             {"share": 5})
    assert (hq_view["scope"], hq_view["reps"], hq_view["metrics"]) == ("company", 4,
                                                                       {"share": 10})


def test_today_is_the_company_day(as_rep, org, db):
    body = as_rep.get("/api/v1/dashboard/today").json

    assert body["day"] == today().isoformat()


def test_each_figure_comes_with_its_label_and_unit_and_undeclared_counters_stay_off(
        as_rep, org, db):
    """The homes showed the raw key `shelf.add`: figures now carry what to call them."""
    now = utcnow()
    record_event("share", actor=org.rep_a1, at=now)
    record_event("order_paid", actor=org.rep_a1, attrs={"amount": 12_900}, at=now)
    # a counter from before its metric was declared (or of a retired verb)
    db.session.add(DailyCounter(day=today(), rep_id=org.rep_a1.id,
                                org_unit_id=org.rep_a1.org_unit_id, metric="raw.key", value=4))
    db.session.commit()

    body = as_rep.get("/api/v1/dashboard/today").json

    figures = {f["metric"]: (f["label"], f["unit"], f["value"]) for f in body["figures"]}
    assert figures == {"share": ("分享", "count", 1), "order_paid": ("付款订单", "count", 1),
                       "revenue": ("成交额", "fen", 12_900)}
    assert body["metrics"] == {"share": 1, "order_paid": 1, "revenue": 12_900}
