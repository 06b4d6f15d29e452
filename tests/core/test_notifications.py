"""Notifications: written with the change, read in the in-app centre, pushed by the outbox."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core import notifications
from app.core.db import utcnow
from app.core.models import Notification, NotificationDelivery
from app.core.notifications import DeliveryError, notify


class FlakyChannel:
    """A push channel that fails a given number of times, then delivers."""

    name = "flaky"

    def __init__(self, failures: int):
        self.failures = failures
        self.sent: list[int] = []

    def send(self, notification):
        if self.failures:
            self.failures -= 1
            raise DeliveryError("upstream busy")
        self.sent.append(notification.id)


@pytest.fixture
def flaky(app, monkeypatch):
    monkeypatch.setitem(app.config, "NOTIFY_CHANNELS", ["flaky"])
    channel = FlakyChannel(failures=2)
    notifications.register_channel(channel)
    yield channel
    notifications.unregister_channel("flaky")


def make_due(db):
    for delivery in db.session.scalars(select(NotificationDelivery)):
        delivery.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()


def test_notification_is_part_of_the_callers_transaction(org, db):
    notify(org.rep_a1, "test", "标题")
    db.session.rollback()

    assert db.session.scalars(select(Notification)).all() == []


def test_in_app_only_writes_no_outbox_rows(org, db):
    notify(org.rep_a1, "test", "标题")
    db.session.commit()

    assert db.session.scalars(select(NotificationDelivery)).all() == []


def test_notification_centre(as_rep, org, db):
    first = notify(org.rep_a1, "handover", "客户已转入", "王女士已转给你", "/customers/1")
    notify(org.rep_a1, "reminder", "跟进提醒")
    notify(org.rep_a2, "reminder", "别人的提醒")
    db.session.commit()

    listing = as_rep.get("/api/v1/notifications")
    assert listing.json["total"] == 2 and listing.json["unread"] == 2
    assert [n["title"] for n in listing.json["items"]] == ["跟进提醒", "客户已转入"]
    assert listing.json["items"][1]["created_at"].endswith("+00:00")

    read = as_rep.post(f"/api/v1/notifications/{first.id}/read")
    assert read.status_code == 200 and read.json["read_at"]
    assert as_rep.get("/api/v1/notifications/unread-count").json == {"unread": 1}

    assert as_rep.post("/api/v1/notifications/read-all").json == {"unread": 0}
    assert as_rep.get("/api/v1/notifications/unread-count").json == {"unread": 0}


def test_someone_elses_notification_is_404(as_rep, org, db):
    other = notify(org.rep_a2, "reminder", "别人的提醒")
    db.session.commit()

    assert as_rep.post(f"/api/v1/notifications/{other.id}/read").status_code == 404
    assert db.session.get(Notification, other.id).read_at is None


def test_outbox_retries_with_backoff_then_sends(app, org, db, flaky):
    notification = notify(org.rep_a1, "reminder", "跟进提醒")
    db.session.commit()

    assert notifications.deliver_due() == {"sent": 0, "retry": 1, "dead": 0, "skipped": 0}
    delivery = db.session.scalars(select(NotificationDelivery)).one()
    first_wait = delivery.next_attempt_at - utcnow()
    assert timedelta(seconds=25) < first_wait <= timedelta(seconds=30)
    assert notifications.deliver_due()["sent"] == 0  # not due yet

    make_due(db)
    notifications.deliver_due()
    delivery = db.session.scalars(select(NotificationDelivery)).one()
    assert delivery.attempts == 2 and delivery.last_error == "upstream busy"
    assert delivery.next_attempt_at - utcnow() > timedelta(seconds=55)  # doubled

    make_due(db)
    assert notifications.deliver_due()["sent"] == 1
    assert flaky.sent == [notification.id]
    delivery = db.session.scalars(select(NotificationDelivery)).one()
    assert delivery.status == "sent" and delivery.sent_at is not None


def test_outbox_gives_up_after_max_attempts(app, org, db, flaky, monkeypatch):
    flaky.failures = 100
    monkeypatch.setitem(app.config, "NOTIFY_MAX_ATTEMPTS", 3)
    notify(org.rep_a1, "reminder", "跟进提醒")
    db.session.commit()
    for _ in range(3):
        make_due(db)
        notifications.deliver_due()

    delivery = db.session.scalars(select(NotificationDelivery)).one()
    assert delivery.status == "dead" and delivery.attempts == 3
    assert flaky.sent == []


def test_a_row_claimed_by_another_process_is_skipped_and_a_crashed_claim_falls_due(app, org, db,
                                                                                    flaky):
    flaky.failures = 0
    notify(org.rep_a1, "reminder", "跟进提醒")
    db.session.commit()
    delivery = db.session.scalars(select(NotificationDelivery)).one()

    # Given another jobs process claimed the row a moment ago and died while sending
    delivery.next_attempt_at = utcnow() + timedelta(seconds=notifications.CLAIM_SECONDS)
    db.session.commit()
    # Then this process leaves it alone until the claim runs out
    assert notifications.deliver_due()["sent"] == 0
    # And sends it once the claim has run out
    make_due(db)
    assert notifications.deliver_due()["sent"] == 1
    assert flaky.sent == [delivery.notification_id]


def test_a_sender_that_keeps_dying_mid_send_uses_up_its_attempts(app, org, db, flaky,
                                                                   monkeypatch):
    class Dying:
        name = "flaky"

        def send(self, notification):
            raise SystemExit("worker killed")

    notifications.register_channel(Dying())
    monkeypatch.setitem(app.config, "NOTIFY_MAX_ATTEMPTS", 2)
    notify(org.rep_a1, "reminder", "跟进提醒")
    db.session.commit()
    for _ in range(2):
        make_due(db)
        with pytest.raises(SystemExit):
            notifications.deliver_due()
        db.session.rollback()
    make_due(db)
    stats = notifications.deliver_due()

    assert stats["dead"] == 1
    delivery = db.session.scalars(select(NotificationDelivery)).one()
    assert delivery.status == "dead" and delivery.attempts == 2
