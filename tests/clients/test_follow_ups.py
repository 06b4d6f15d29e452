"""The follow-up log: logging, the 24-hour edit window, the due list, reminders, stale flags."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.clients.models import FollowUp
from app.core.db import utcnow
from app.core.models import Notification
from app.jobs.registry import get_job
from app.jobs.runner import run_job
from tests.shop.builders import counters, customer_of


def log(client, customer, **body):
    return client.post(f"/api/v1/customers/{customer.id}/follow-ups",
                       json={"kind": "call", "content": "电话沟通了新机需求", **body})


def backdate(follow_up_id: int, hours: float) -> None:
    from app.extensions import db

    db.session.execute(update(FollowUp).where(FollowUp.id == follow_up_id)
                       .values(created_at=utcnow() - timedelta(hours=hours)))
    db.session.commit()


def test_a_follow_up_moves_the_customer_on_and_is_counted(as_rep, org):
    # given a visitor of the rep, still to follow
    customer = customer_of(org.rep_a1)

    # when the rep logs a call with a next action due tomorrow
    due = (utcnow() + timedelta(days=1)).isoformat()
    response = log(as_rep, customer, outcome="有意向", next_action="发送报价", due_at=due)

    # then it is in the log, the customer is in progress and contacted, and the day counts it
    assert response.status_code == 201, response.json
    assert response.json["author_name"] == org.rep_a1.name
    book = as_rep.get(f"/api/v1/customers/{customer.id}").json
    assert book["follow_state"] == "in_progress" and book["last_contact_at"] is not None
    assert book["stale"] is False
    assert counters(org.rep_a1)["follow_up"] == 1
    listed = as_rep.get(f"/api/v1/customers/{customer.id}/follow-ups").json
    assert [f["id"] for f in listed["items"]] == [response.json["id"]]


def test_a_follow_up_can_set_the_state(as_rep, org):
    customer = customer_of(org.rep_a1)

    log(as_rep, customer, follow_state="won")

    assert as_rep.get(f"/api/v1/customers/{customer.id}").json["follow_state"] == "won"


@pytest.mark.parametrize(("hours", "status"), [(23.9, 200), (24.1, 409)])
def test_the_author_may_edit_within_24_hours_only(as_rep, org, hours, status):
    # given a follow-up written `hours` ago
    follow_up = log(as_rep, customer_of(org.rep_a1)).json
    backdate(follow_up["id"], hours)

    # when its author corrects it
    response = as_rep.patch(f"/api/v1/follow-ups/{follow_up['id']}", json={"content": "改正"})

    # then it is accepted inside the window, and refused after: the log only grows
    assert response.status_code == status
    if status == 409:
        assert response.json["error"]["code"] == "edit_window_closed"
    else:
        assert response.json["content"] == "改正" and response.json["edited_at"]


def test_another_rep_can_neither_read_nor_edit(app, as_rep, org):
    follow_up = log(as_rep, customer_of(org.rep_a1)).json
    other = app.test_client().sign_in_as(org.rep_a1b)

    assert other.patch(f"/api/v1/follow-ups/{follow_up['id']}",
                       json={"content": "x"}).status_code == 404
    assert other.post(f"/api/v1/follow-ups/{follow_up['id']}/done").status_code == 404
    assert other.get(f"/api/v1/customers/{follow_up['customer_id']}/follow-ups").status_code \
        == 404
    assert other.get("/api/v1/follow-ups/due?within_days=60").json["items"] == []


def test_the_due_list_and_the_reminder_job(app, as_rep, as_boss, org):
    # given one follow-up overdue, one due in three days and one done
    from app.extensions import db

    customer = customer_of(org.rep_a1)
    customer.name = "王女士"
    db.session.commit()
    overdue = log(as_rep, customer, next_action="回访", due_at=(
        utcnow() - timedelta(hours=2)).isoformat()).json
    later = log(as_rep, customer, due_at=(utcnow() + timedelta(days=3)).isoformat()).json
    done = log(as_rep, customer, due_at=(utcnow() - timedelta(hours=1)).isoformat()).json
    as_rep.post(f"/api/v1/follow-ups/{done['id']}/done")

    # then the due list has the overdue one now, and the later one within a week
    assert [f["id"] for f in as_rep.get("/api/v1/follow-ups/due").json["items"]] == [
        overdue["id"]]
    week = as_rep.get("/api/v1/follow-ups/due?within_days=7").json["items"]
    assert [f["id"] for f in week] == [overdue["id"], later["id"]]
    assert len(as_boss.get("/api/v1/follow-ups/due").json["items"]) == 1  # boss_a's subtree

    # when the reminder job runs twice
    assert run_job(app, get_job("follow_up_reminders")) == "ran"
    assert run_job(app, get_job("follow_up_reminders"),
                   now=utcnow() + timedelta(minutes=6)) == "ran"

    # then the rep was reminded of the overdue one once
    reminders = db.session.scalars(select(Notification).where(
        Notification.recipient_id == org.rep_a1.id, Notification.kind == "follow_up_due")).all()
    assert [(n.title, n.body) for n in reminders] == [("该跟进 王女士 了", "回访")]


def test_customers_untouched_for_30_days_are_stale(as_rep, org):
    from app.customers.models import Customer
    from app.extensions import db

    # given a customer created 40 days ago and never contacted, and a fresh one
    old = customer_of(org.rep_a1)
    db.session.execute(update(Customer).where(Customer.id == old.id)
                       .values(created_at=utcnow() - timedelta(days=40)))
    db.session.commit()
    fresh = customer_of(org.rep_a1)

    # then only the old one is stale, until a follow-up touches it
    stale = as_rep.get("/api/v1/customers?stale=true").json["items"]
    assert [c["id"] for c in stale] == [old.id]
    assert fresh.id in {c["id"] for c in as_rep.get("/api/v1/customers?stale=false").json[
        "items"]}
    log(as_rep, old)
    assert as_rep.get("/api/v1/customers?stale=true").json["items"] == []


def test_a_customer_never_contacted_is_stale_counting_from_when_they_became_one(as_rep, org):
    from app.customers.models import Customer
    from app.extensions import db

    # given two visitors first seen 50 days ago, never contacted: one became a customer 40
    # days ago, the other (after weeks of browsing) 10 days ago
    long_ago, lately = customer_of(org.rep_a1), customer_of(org.rep_a1)
    for made, converted in ((long_ago, 40), (lately, 10)):
        db.session.execute(update(Customer).where(Customer.id == made.id).values(
            status="customer", created_at=utcnow() - timedelta(days=50),
            converted_at=utcnow() - timedelta(days=converted)))
    db.session.commit()

    # then the filter and each record agree: only the customer of 40 days is stale
    stale = as_rep.get("/api/v1/customers?stale=true").json["items"]
    assert [c["id"] for c in stale] == [long_ago.id]
    book = {c["id"]: c["stale"] for c in as_rep.get("/api/v1/customers").json["items"]}
    assert book == {long_ago.id: True, lately.id: False}


def test_hq_sets_how_many_untouched_days_make_a_customer_stale(as_hq, as_rep, org):
    from app.customers.models import Customer
    from app.extensions import db

    # given a customer created 15 days ago: fresh under the default 30 days
    customer = customer_of(org.rep_a1)
    db.session.execute(update(Customer).where(Customer.id == customer.id)
                       .values(created_at=utcnow() - timedelta(days=15)))
    db.session.commit()
    assert as_rep.get("/api/v1/customers?stale=true").json["items"] == []

    # when HQ shortens it to 10 days, then the customer is stale
    as_hq.patch("/api/v1/company", json={"stale_customer_days": 10})
    assert [c["id"] for c in as_rep.get("/api/v1/customers?stale=true").json["items"]] == [
        customer.id]
