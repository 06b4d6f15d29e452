"""The boss view's figures are kept per process and rebuilt once a newer event exists, looked
for at most every DASHBOARD_CACHE_SECONDS."""

from app.core.cache import CheckedCache
from app.core.events import record_event
from app.core.models import DailyCounter
from app.dashboard import figures
from app.dashboard.queries import today
from tests.clock import Clock


def shares(client) -> int:
    body = client.get("/api/v1/dashboard").json
    return next(f["value"] for f in body["figures"] if f["metric"] == "share")


def test_figures_are_kept_until_a_newer_event_is_looked_for(app, org, db, as_hq, monkeypatch):
    clock = Clock()
    monkeypatch.setitem(app.config, "DASHBOARD_CACHE_SECONDS", 2.0)
    monkeypatch.setattr(figures, "_cache", CheckedCache(2.0, clock=clock))
    record_event("share", actor=org.rep_a1)
    db.session.commit()
    assert shares(as_hq) == 1

    # a new event within the check interval is not looked for yet
    record_event("share", actor=org.rep_a1)
    db.session.commit()
    assert shares(as_hq) == 1

    # once the interval has passed, the newer event rebuilds the figures
    clock.now += 2.5
    assert shares(as_hq) == 2


def test_without_a_new_event_the_kept_figures_are_served(app, org, db, as_hq, monkeypatch):
    clock = Clock()
    monkeypatch.setitem(app.config, "DASHBOARD_CACHE_SECONDS", 2.0)
    monkeypatch.setattr(figures, "_cache", CheckedCache(2.0, clock=clock))
    record_event("share", actor=org.rep_a1)
    db.session.commit()
    built = []
    real = figures.team_figures
    monkeypatch.setattr(figures, "team_figures", lambda *a: built.append(a) or real(*a))

    for _ in range(3):
        assert shares(as_hq) == 1
        clock.now += 5

    assert len(built) == 1


def test_kept_figures_are_rebuilt_at_least_once_a_minute(app, org, db, as_hq, monkeypatch):
    """An event id from a sequence can commit after a newer one was seen: a minute bounds it."""
    clock = Clock()
    monkeypatch.setitem(app.config, "DASHBOARD_CACHE_SECONDS", 2.0)
    monkeypatch.setattr(figures, "_cache", CheckedCache(2.0, clock=clock))
    assert shares(as_hq) == 0
    db.session.execute(DailyCounter.__table__.insert().values(
        day=today(), rep_id=org.rep_a1.id, org_unit_id=org.team_a1.id, metric="share",
        value=1))  # a counter whose event the cache never saw as newer
    db.session.commit()

    clock.now += 5
    assert shares(as_hq) == 0
    clock.now += figures.STALE_AFTER_SECONDS
    assert shares(as_hq) == 1
