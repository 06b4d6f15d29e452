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

from app.core.db import utcnow
from app.core.errors import NotFound
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
    return (select(Notification).where(Notification.recipient_id == user.id)
            .order_by(Notification.id.desc()))


def unread_count(user) -> int:
    return db.session.scalar(
        select(func.count()).select_from(Notification)
        .where(Notification.recipient_id == user.id, Notification.read_at.is_(None))
    )


def mark_read(user, notification_id: int) -> Notification:
    notification = db.session.scalars(
        select(Notification).where(Notification.id == notification_id,
                                   Notification.recipient_id == user.id)
    ).first()
    if notification is None:
        raise NotFound()
    if notification.read_at is None:
        notification.read_at = utcnow()
    db.session.flush()
    return notification


def mark_all_read(user) -> None:
    db.session.execute(
        update(Notification)
        .where(Notification.recipient_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )


def deliver_due(limit: int = 200) -> dict:
    """Send due outbox rows; each row is sent and recorded in its own transaction."""
    max_attempts = current_app.config["NOTIFY_MAX_ATTEMPTS"]
    backoff = current_app.config["NOTIFY_BACKOFF_SECONDS"]
    ids = db.session.scalars(
        select(NotificationDelivery.id)
        .where(NotificationDelivery.status == "pending",
               NotificationDelivery.next_attempt_at <= utcnow())
        .order_by(NotificationDelivery.next_attempt_at).limit(limit)
    ).all()
    db.session.commit()
    stats = {"sent": 0, "retry": 0, "dead": 0, "skipped": 0}
    for delivery_id in ids:
        stats[_deliver_one(delivery_id, max_attempts, backoff)] += 1
    return stats


def _deliver_one(delivery_id: int, max_attempts: int, backoff: int) -> str:
    # Claim the row by moving its next attempt past a send's time, so a second jobs process
    # skips it; if this process dies mid-send, the row simply falls due again.
    now = utcnow()
    claimed = db.session.execute(
        update(NotificationDelivery)
        .where(NotificationDelivery.id == delivery_id, NotificationDelivery.status == "pending",
               NotificationDelivery.next_attempt_at <= now)
        .values(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
    ).rowcount
    db.session.commit()
    if not claimed:
        return "skipped"
    delivery = db.session.get(NotificationDelivery, delivery_id)
    delivery.attempts += 1
    channel = _channels.get(delivery.channel)
    try:
        if channel is None:
            raise DeliveryError(f"no channel registered as {delivery.channel!r}")
        channel.send(db.session.get(Notification, delivery.notification_id))
    except Exception as error:  # any failure of a channel is a retry, never a lost message
        delivery.last_error = str(error)[:2000]
        if delivery.attempts >= max_attempts:
            delivery.status = "dead"
            outcome = "dead"
            log.error("notification delivery %s dead after %s attempts", delivery_id,
                      delivery.attempts)
        else:
            delay = backoff * 2 ** (delivery.attempts - 1)
            delivery.next_attempt_at = utcnow() + timedelta(seconds=delay)
            outcome = "retry"
    else:
        delivery.status = "sent"
        delivery.sent_at = utcnow()
        outcome = "sent"
    db.session.commit()
    return outcome
