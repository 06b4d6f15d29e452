"""Notifications: notify() writes the in-app notification and its outbox rows in the caller's
transaction; the jobs process delivers the outbox after commit, with retry and backoff.

A push channel (WeChat template messages, later) implements the Channel protocol and is
registered under a name; NOTIFY_CHANNELS lists the names that get an outbox row.
"""

import logging
from datetime import timedelta
from typing import Protocol

from flask import current_app
from sqlalchemy import func, select, update

from app.core.access import get_scoped_or_404, scoped
from app.core.db import utcnow
from app.core.models import Notification, NotificationDelivery
from app.extensions import db

log = logging.getLogger(__name__)
CLAIM_SECONDS = 300  # longer than any channel may take to send one message


class DeliveryError(Exception):
    """A channel could not deliver now; the outbox retries later."""


class Channel(Protocol):
    name: str

    def send(self, notification: Notification) -> None:
        """Deliver or raise DeliveryError."""


_channels: dict[str, Channel] = {}


def register_channel(channel: Channel) -> None:
    _channels[channel.name] = channel


def unregister_channel(name: str) -> None:
    _channels.pop(name, None)


def notify(recipient, kind: str, title: str, body: str = "",
           link: str | None = None) -> Notification:
    """Write one notification (and its outbox rows); flushes, never commits."""
    notification = Notification(recipient_id=recipient.id, kind=kind, title=title, body=body,
                                link=link)
    db.session.add(notification)
    db.session.flush()
    for channel in current_app.config["NOTIFY_CHANNELS"]:
        db.session.add(NotificationDelivery(notification_id=notification.id, channel=channel))
    db.session.flush()
    return notification


def notifications_for(user):
    return scoped(select(Notification), Notification, user).order_by(Notification.id.desc())


def unread_count(user) -> int:
    return db.session.scalar(
        scoped(select(func.count()).select_from(Notification), Notification, user)
        .where(Notification.read_at.is_(None))
    )


def mark_read(user, notification_id: int) -> Notification:
    notification = get_scoped_or_404(Notification, notification_id, user)
    if notification.read_at is None:
        notification.read_at = utcnow()
    db.session.flush()
    return notification


def mark_all_read(user) -> None:
    db.session.execute(
        scoped(update(Notification), Notification, user)
        .where(Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )


def deliver_due(limit: int = 200) -> dict:
    """Send due outbox rows; each row is claimed, sent and recorded in its own transaction."""
    max_attempts = current_app.config["NOTIFY_MAX_ATTEMPTS"]
    backoff = current_app.config["NOTIFY_BACKOFF_SECONDS"]
    now = utcnow()
    # Rows whose senders kept dying mid-send have used their attempts up as well.
    dead = db.session.execute(
        update(NotificationDelivery)
        .where(NotificationDelivery.status == "pending",
               NotificationDelivery.attempts >= max_attempts,
               NotificationDelivery.next_attempt_at <= now)
        .values(status="dead", last_error="attempts used up")
    ).rowcount
    ids = db.session.scalars(
        select(NotificationDelivery.id)
        .where(NotificationDelivery.status == "pending",
               NotificationDelivery.next_attempt_at <= now)
        .order_by(NotificationDelivery.next_attempt_at).limit(limit)
    ).all()
    db.session.commit()
    stats = {"sent": 0, "retry": 0, "dead": dead, "skipped": 0}
    for delivery_id in ids:
        stats[_deliver_one(delivery_id, max_attempts, backoff)] += 1
    return stats


def _deliver_one(delivery_id: int, max_attempts: int, backoff: int) -> str:
    # The claim counts the attempt and moves the next one past a send's time, in one UPDATE:
    # a second jobs process skips the row, and a sender that dies mid-send has still used an
    # attempt; the row falls due again when the claim runs out.
    now = utcnow()
    claimed = db.session.execute(
        update(NotificationDelivery)
        .where(NotificationDelivery.id == delivery_id, NotificationDelivery.status == "pending",
               NotificationDelivery.next_attempt_at <= now)
        .values(attempts=NotificationDelivery.attempts + 1,
                next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
    ).rowcount
    db.session.commit()
    if not claimed:
        return "skipped"
    delivery = db.session.get(NotificationDelivery, delivery_id)
    attempt = delivery.attempts
    channel = _channels.get(delivery.channel)
    try:
        if channel is None:
            raise DeliveryError(f"no channel registered as {delivery.channel!r}")
        channel.send(db.session.get(Notification, delivery.notification_id))
    except Exception as error:  # any failure of a channel is a retry, never a lost message
        if attempt >= max_attempts:
            outcome, values = "dead", {"status": "dead"}
            log.error("notification delivery %s dead after %s attempts", delivery_id, attempt)
        else:
            delay = backoff * 2 ** (attempt - 1)
            outcome, values = "retry", {"next_attempt_at": utcnow() + timedelta(seconds=delay)}
        values["last_error"] = str(error)[:2000]
    else:
        outcome, values = "sent", {"status": "sent", "sent_at": utcnow()}
    # Only if no other process claimed the row since (its claim would have moved attempts on).
    db.session.execute(
        update(NotificationDelivery)
        .where(NotificationDelivery.id == delivery_id, NotificationDelivery.attempts == attempt)
        .values(**values)
    )
    db.session.commit()
    return outcome
