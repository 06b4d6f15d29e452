"""Home-screen figures read the counters of what the caller may see."""

from app.core.db import utcnow
from app.core.events import record_event


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

    from app.dashboard.queries import today

    assert body["day"] == today().isoformat()
