"""A check-in (打卡): the rep hands it in, a boss of their subtree approves it or returns it
with a comment, and the rep hands it in again."""

from sqlalchemy import select

from app.core.models import Notification
from app.extensions import db
from tests.shop.builders import counters
from tests.training.builders import task

MINE = "/api/v1/training/my-tasks"
CHECK_INS = "/api/v1/training/check-ins"
PHOTO = "/media/uploads/ab/" + "a" * 64 + ".jpg"


def hand_in(client, made, text="陈列已完成"):
    return client.post(f"{MINE}/{made.id}/check-ins", json={"text": text, "photos": [PHOTO]})


def titles(user):
    return [n.title for n in db.session.scalars(
        select(Notification).where(Notification.recipient_id == user.id)
        .order_by(Notification.id))]


def test_a_check_in_approved_completes_the_task_with_its_points(org, as_rep, as_boss):
    made = task(org.admin, "checkin", points=8, summary="拍下门店陈列")
    submitted = hand_in(as_rep, made)
    assert submitted.status_code == 201 and submitted.json["state"] == "submitted"
    assert as_rep.get(f"{MINE}/{made.id}").json["mine"]["state"] == "submitted"
    assert titles(org.boss_a1) == [f"{org.rep_a1.name} 提交了打卡"]  # the rep's team boss
    waiting = as_boss.get(CHECK_INS, query_string={"state": "submitted"}).json
    assert [c["id"] for c in waiting["items"]] == [submitted.json["id"]]
    approved = as_boss.post(f"{CHECK_INS}/{submitted.json['id']}/review",
                            json={"approve": True})
    assert approved.status_code == 200 and approved.json["state"] == "approved"
    mine = as_rep.get(f"{MINE}/{made.id}").json
    assert (mine["mine"]["state"], mine["mine"]["points"]) == ("done", 8)
    assert mine["check_ins"][0]["reviewer_name"] == org.boss_a.name
    assert counters(org.rep_a1)["training_points"] == 8
    assert titles(org.rep_a1)[-1] == "打卡已通过"
    again = hand_in(as_rep, made)
    assert again.status_code == 409 and again.json["error"]["code"] == "check_in_pending"


def test_a_check_in_returned_is_handed_in_again_and_then_approved(org, as_rep, as_boss):
    made = task(org.admin, "checkin", points=8)
    first = hand_in(as_rep, made).json
    assert hand_in(as_rep, made).json["error"]["code"] == "check_in_pending"
    returned = as_boss.post(f"{CHECK_INS}/{first['id']}/review",
                            json={"approve": False, "comment": "照片太暗，请重拍"})
    assert returned.json["state"] == "returned"
    assert as_rep.get(f"{MINE}/{made.id}").json["mine"]["state"] == "returned"
    assert titles(org.rep_a1)[-1] == "打卡被退回，请修改后重新提交"
    reviewed = as_boss.post(f"{CHECK_INS}/{first['id']}/review", json={"approve": True})
    assert reviewed.status_code == 409 and reviewed.json["error"]["code"] == "check_in_reviewed"
    second = hand_in(as_rep, made, text="重拍了")
    assert second.status_code == 201
    as_boss.post(f"{CHECK_INS}/{second.json['id']}/review", json={"approve": True})
    mine = as_rep.get(f"{MINE}/{made.id}").json
    assert mine["mine"]["state"] == "done"
    assert [c["state"] for c in mine["check_ins"]] == ["approved", "returned"]
    assert mine["check_ins"][1]["review_comment"] == "照片太暗，请重拍"


def test_a_boss_outside_the_reps_subtree_cannot_review(org, as_rep, app):
    made = task(org.admin, "checkin")
    submitted = hand_in(as_rep, made).json
    other = app.test_client().sign_in_as(org.boss_b)
    response = other.post(f"{CHECK_INS}/{submitted['id']}/review", json={"approve": True})
    assert response.status_code == 404
    assert other.get(CHECK_INS).json["items"] == []
