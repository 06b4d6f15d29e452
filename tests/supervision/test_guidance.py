"""Guidance (督导): a boss comments on a rep's follow-up, customer or day; the rep is notified
and replies; the boss is notified of the reply; both see the thread, with what is new."""

import threading
from datetime import timedelta

from sqlalchemy import func, select

from app.extensions import db
from app.supervision import services
from app.supervision.models import GuidanceMessage, GuidanceThread
from tests.clients.builders import customer
from tests.supervision.builders import comment, follow_up, notifications, today


def test_a_boss_comment_reaches_the_rep_who_replies_and_the_boss_hears_of_it(
        app, org, as_boss, as_rep):
    # given rep A1's follow-up with a customer
    logged = follow_up(org.rep_a1)

    # when boss A comments on it
    started = as_boss.post("/api/v1/guidance/threads", json={
        "subject": "follow_up", "follow_up_id": logged.id, "body": "下次带上样品"})

    # then the thread holds the comment, and the rep is notified with a link to it
    assert started.status_code == 201, started.json
    thread = started.json
    assert (thread["subject"], thread["rep"]["id"], thread["author"]["id"]) == (
        "follow_up", org.rep_a1.id, org.boss_a.id)
    assert (thread["follow_up_id"], thread["customer_id"]) == (logged.id, logged.customer_id)
    assert [m["body"] for m in thread["messages"]] == ["下次带上样品"]
    [note] = notifications(org.rep_a1, "guidance_comment")
    assert note.link == f"/guidance/{thread['id']}"
    assert note.title == f"{org.boss_a.name} 点评了你对{org.rep_a1.name}的客户的跟进"
    assert note.body == "下次带上样品"

    # and the rep sees it as new in their list
    mine = as_rep.get("/api/v1/guidance/threads").json
    assert [(t["id"], t["unread"]) for t in mine["items"]] == [(thread["id"], True)]
    assert mine["unread"] == 1

    # when the rep reads it and replies
    assert as_rep.post(f"/api/v1/guidance/threads/{thread['id']}/read").json == {"unread": 0}
    replied = as_rep.post(f"/api/v1/guidance/threads/{thread['id']}/messages",
                          json={"body": "好的，明天就去"})

    # then both messages show in order on both sides, and the boss is notified
    assert replied.status_code == 201, replied.json
    expected = [(org.boss_a.id, "下次带上样品"), (org.rep_a1.id, "好的，明天就去")]
    for client in (as_rep, as_boss):
        messages = client.get(f"/api/v1/guidance/threads/{thread['id']}").json["messages"]
        assert [(m["author"]["id"], m["body"]) for m in messages] == expected
    [reply_note] = notifications(org.boss_a, "guidance_reply")
    assert (reply_note.title, reply_note.body, reply_note.link) == (
        f"{org.rep_a1.name} 回复了你的督导", "好的，明天就去", f"/guidance/{thread['id']}")
    # the reply is new to the boss, not to the rep who wrote it
    assert as_boss.get("/api/v1/guidance/threads").json["items"][0]["unread"] is True
    assert as_rep.get("/api/v1/guidance/threads").json["unread"] == 0
    assert as_boss.post(f"/api/v1/guidance/threads/{thread['id']}/read").json == {"unread": 0}


def test_comments_on_one_subject_make_one_thread(org, as_boss, app):
    # given boss A's comment on rep A1's customer
    theirs = customer(org.rep_a1, name="王女士")
    first = as_boss.post("/api/v1/guidance/threads", json={
        "subject": "customer", "customer_id": theirs.id, "body": "这位客户值得重点经营"}).json

    # when the team's boss comments on the same customer
    team_boss = app.test_client().sign_in_as(org.boss_a1)
    second = team_boss.post("/api/v1/guidance/threads", json={
        "subject": "customer", "customer_id": theirs.id, "body": "同意"}).json

    # then it is the same thread, with both comments, and the rep heard of each
    assert second["id"] == first["id"]
    assert [m["body"] for m in second["messages"]] == ["这位客户值得重点经营", "同意"]
    assert second["message_count"] == 2
    titles = [n.title for n in notifications(org.rep_a1, "guidance_comment")]
    assert titles == [f"{org.boss_a.name} 点评了你的客户王女士",
                      f"{org.boss_a1.name} 点评了你的客户王女士"]

    # and a reply reaches both bosses who wrote
    services.reply(org.rep_a1, db.session.get(GuidanceThread, first["id"]), "收到")
    db.session.commit()
    assert len(notifications(org.boss_a, "guidance_reply")) == 1
    assert len(notifications(org.boss_a1, "guidance_reply")) == 1


def test_a_rep_s_day_is_a_subject_and_a_day_to_come_is_not(org, as_boss):
    day = today()

    past = as_boss.post("/api/v1/guidance/threads", json={
        "subject": "day", "rep_id": org.rep_a2.id, "day": day.isoformat(), "body": "今天很拼"})
    future = as_boss.post("/api/v1/guidance/threads", json={
        "subject": "day", "rep_id": org.rep_a2.id, "day": (day + timedelta(days=1)).isoformat(),
        "body": "明天加油"})

    assert past.status_code == 201, past.json
    assert past.json["day"] == day.isoformat()
    [note] = notifications(org.rep_a2, "guidance_comment")
    assert note.title == f"{org.boss_a.name} 点评了你 {day.month}月{day.day}日 的工作"
    assert future.status_code == 422
    assert set(future.json["error"]["fields"]) == {"day"}


def test_bad_input_is_the_one_error_body(org, as_boss):
    logged = follow_up(org.rep_a1)
    cases = [
        ({"subject": "follow_up", "body": "缺少跟进"}, {"follow_up_id"}),
        ({"subject": "day", "body": "缺少员工和日期"}, {"rep_id", "day"}),
        ({"subject": "follow_up", "follow_up_id": logged.id, "body": "   "}, {"body"}),
        ({"subject": "follow_up", "follow_up_id": logged.id, "body": "长" * 2001}, {"body"}),
        ({"subject": "order", "body": "不是主题"}, {"subject"}),
        ({"subject": "follow_up", "follow_up_id": "1", "body": "字符串编号"}, {"follow_up_id"}),
    ]
    for body, fields in cases:
        response = as_boss.post("/api/v1/guidance/threads", json=body)

        assert response.status_code == 422, body
        assert response.json["error"]["code"] == "validation_error"
        assert set(response.json["error"]["fields"]) == fields, body
    thread = comment(org.boss_a, "follow_up", follow_up_id=logged.id)
    blank = as_boss.post(f"/api/v1/guidance/threads/{thread.id}/messages", json={"body": ""})
    assert blank.status_code == 422
    assert set(blank.json["error"]["fields"]) == {"body"}


def test_threads_filter_by_subject_rep_customer_and_news(org, as_boss):
    logged = follow_up(org.rep_a1)
    on_follow_up = comment(org.boss_a, "follow_up", follow_up_id=logged.id)
    on_customer = comment(org.boss_a, "customer", customer_id=logged.customer_id)
    on_day = comment(org.boss_a, "day", rep_id=org.rep_a2.id, day=today())
    services.reply(org.rep_a2, on_day, "谢谢")
    db.session.commit()

    def listed(**query):
        return [t["id"] for t in as_boss.get("/api/v1/guidance/threads",
                                             query_string=query).json["items"]]

    assert listed() == [on_day.id, on_customer.id, on_follow_up.id]  # latest message first
    assert listed(customer_id=logged.customer_id) == [on_customer.id, on_follow_up.id]
    assert listed(follow_up_id=logged.id) == [on_follow_up.id]
    assert listed(subject="day") == listed(rep_id=org.rep_a2.id) == [on_day.id]
    assert listed(unread="true") == [on_day.id]


def test_two_bosses_commenting_at_once_write_into_one_thread(app, org):
    # given a follow-up of rep A1
    logged = follow_up(org.rep_a1)
    barrier, errors = threading.Barrier(2), []

    def write(boss_id, body):
        with app.app_context():
            try:
                boss = db.session.get(type(org.boss_a), boss_id)
                barrier.wait()
                services.comment(boss, "follow_up", body, follow_up_id=logged.id)
                db.session.commit()
            except Exception as error:  # reported below
                errors.append(error)
            finally:
                db.session.remove()

    # when boss A and boss A1 comment on it at the same moment
    workers = [threading.Thread(target=write, args=(org.boss_a.id, "一")),
               threading.Thread(target=write, args=(org.boss_a1.id, "二"))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    # then both succeed into one thread of two messages
    assert errors == []
    assert db.session.scalar(select(func.count()).select_from(GuidanceThread)) == 1
    thread = db.session.scalars(select(GuidanceThread)).one()
    db.session.refresh(thread)
    assert thread.message_count == 2
    assert sorted(db.session.scalars(select(GuidanceMessage.body))) == ["一", "二"]
