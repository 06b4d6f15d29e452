"""A course: each page counts as read only after its minimum time, on the server's clock."""

from datetime import timedelta

from sqlalchemy import select

from app.core.db import clock_at, utcnow
from app.extensions import db
from app.training.models import PageRead, TaskProgress
from tests.shop.builders import counters
from tests.training.builders import page, task

MINE = "/api/v1/training/my-tasks"


def _course(org, **values):
    return task(org.admin, "course", pages=[page("第一页", 30), page("第二页", 0)], points=5,
                **values)


def test_a_page_read_before_its_minimum_time_is_refused_with_the_seconds_left(org, as_rep):
    course = _course(org)
    first = course.pages[0].id
    start = utcnow()
    with clock_at(start):
        assert as_rep.post(f"{MINE}/{course.id}/pages/{first}/open", json={}).status_code == 200
    with clock_at(start + timedelta(seconds=12)):
        early = as_rep.post(f"{MINE}/{course.id}/pages/{first}/read", json={})
    assert early.status_code == 409
    assert early.json["error"]["code"] == "read_too_fast"
    assert "还差 18 秒" in early.json["error"]["message"]
    with clock_at(start + timedelta(seconds=30)):
        read = as_rep.post(f"{MINE}/{course.id}/pages/{first}/read", json={})
    assert read.status_code == 200
    assert [p["read"] for p in read.json["pages"]] == [True, False]
    assert read.json["pages"][0]["seconds"] == 30
    assert read.json["mine"] == {**read.json["mine"], "state": "todo", "progress": 1,
                                 "target": 2}


def test_a_page_cannot_be_read_without_being_opened(org, as_rep):
    course = _course(org)
    response = as_rep.post(f"{MINE}/{course.id}/pages/{course.pages[1].id}/read", json={})
    assert response.status_code == 409 and response.json["error"]["code"] == "page_not_open"


def test_opening_another_page_stops_the_first_pages_clock(org, as_rep):
    """Pages cannot be timed side by side: the time counts only for the page open now."""
    course = _course(org)
    first, second = (p.id for p in course.pages)
    start = utcnow()
    with clock_at(start):
        as_rep.post(f"{MINE}/{course.id}/pages/{first}/open", json={})
    with clock_at(start + timedelta(seconds=1)):
        as_rep.post(f"{MINE}/{course.id}/pages/{second}/open", json={})
    with clock_at(start + timedelta(seconds=60)):
        closed = as_rep.post(f"{MINE}/{course.id}/pages/{first}/read", json={})
    assert closed.status_code == 409 and closed.json["error"]["code"] == "page_not_open"


def test_reading_every_page_completes_the_course_once_with_its_points(org, as_rep):
    course = _course(org)
    first, second = (p.id for p in course.pages)
    start = utcnow()
    with clock_at(start):
        as_rep.post(f"{MINE}/{course.id}/pages/{first}/open", json={})
    with clock_at(start + timedelta(seconds=31)):
        as_rep.post(f"{MINE}/{course.id}/pages/{first}/read", json={})
        as_rep.post(f"{MINE}/{course.id}/pages/{second}/open", json={})
        done = as_rep.post(f"{MINE}/{course.id}/pages/{second}/read", json={})
    assert done.json["mine"]["state"] == "done" and done.json["mine"]["points"] == 5
    # read again: more time is kept, nothing is earned twice
    with clock_at(start + timedelta(seconds=40)):
        as_rep.post(f"{MINE}/{course.id}/pages/{first}/open", json={})
    with clock_at(start + timedelta(seconds=50)):
        again = as_rep.post(f"{MINE}/{course.id}/pages/{first}/read", json={})
    assert again.json["pages"][0]["seconds"] == 41
    assert counters(org.rep_a1)["task_done"] == 1
    assert counters(org.rep_a1)["training_points"] == 5
    progress = db.session.scalar(select(TaskProgress))
    assert (progress.state, progress.points, progress.progress) == ("done", 5, 2)


def test_a_page_open_counts_at_most_the_configured_time(org, as_rep, app):
    course = _course(org)
    first = course.pages[0].id
    start = utcnow()
    with clock_at(start):
        as_rep.post(f"{MINE}/{course.id}/pages/{first}/open", json={})
    with clock_at(start + timedelta(days=1)):
        as_rep.post(f"{MINE}/{course.id}/pages/{first}/read", json={})
    assert db.session.scalar(select(PageRead.seconds)) == app.config["TRAINING_PAGE_MAX_SECONDS"]


def test_a_course_not_started_yet_cannot_be_read(org, as_rep):
    course = _course(org, start_at=utcnow() + timedelta(hours=1))
    response = as_rep.post(f"{MINE}/{course.id}/pages/{course.pages[0].id}/open", json={})
    assert response.status_code == 409 and response.json["error"]["code"] == "task_not_started"
    assert as_rep.get(f"{MINE}/{course.id}").json["mine"]["state"] == "upcoming"


def test_a_page_of_another_course_is_404(org, as_rep):
    course, other = _course(org), _course(org)
    response = as_rep.post(f"{MINE}/{course.id}/pages/{other.pages[0].id}/open", json={})
    assert response.status_code == 404


def test_a_course_unlocks_its_material_for_its_people_once_they_finish_it(org, as_rep, app):
    from tests.marketing.builders import material

    locked = material(org.admin, title="龙井冲泡手册")
    course = task(org.admin, "course", pages=[page(min_seconds=0)],
                  org_unit_ids=[org.team_a1.id], unlocks_material_id=locked.id)
    listed = lambda client: [m["id"] for m in client.get("/api/v1/materials").json["items"]]  # noqa: E731
    share = {"object_type": "material", "object_id": locked.id, "channel": "link"}
    assert locked.id not in listed(as_rep)
    assert as_rep.get(f"/api/v1/materials/{locked.id}").status_code == 404
    assert as_rep.post("/api/v1/shares", json=share).status_code == 404
    assert as_rep.get(f"{MINE}/{course.id}").json["unlocks"] == {"id": locked.id,
                                                                 "title": "龙井冲泡手册"}
    outside = app.test_client().sign_in_as(org.rep_b1)  # not the course's: no lock
    assert locked.id in listed(outside)
    as_rep.post(f"{MINE}/{course.id}/pages/{course.pages[0].id}/open", json={})
    as_rep.post(f"{MINE}/{course.id}/pages/{course.pages[0].id}/read", json={})
    assert locked.id in listed(as_rep)
    assert as_rep.post("/api/v1/shares", json=share).status_code == 201


def test_only_a_course_unlocks_a_material_that_exists(org, as_hq):
    body = {"kind": "checkin", "title": "打卡", "due_at": "2099-01-01T00:00:00+08:00",
            "unlocks_material_id": 999}
    response = as_hq.post("/api/v1/training/tasks", json=body)
    assert response.json["error"]["fields"] == {"unlocks_material_id": ["只有课程可以解锁素材"]}
    response = as_hq.post("/api/v1/training/tasks", json={**body, "kind": "course"})
    assert response.json["error"]["fields"] == {"unlocks_material_id": ["素材不存在"]}
