"""Training's limits under real parallel requests to a real server: a quiz's attempts, one
scoring per attempt, and an action task completed once however many events race for it."""

import pytest
from sqlalchemy import func, select

from app.core.models import ActivityEvent, DailyCounter
from app.org.models import User
from app.training.models import QuizAttempt, TaskProgress
from app.training.services import quiz_questions
from tests.marketing.test_concurrency import phones
from tests.shop.test_concurrency import at_once, same_phone
from tests.training.builders import bank, question, quiz, task


@pytest.fixture
def people(live_server, db, app, monkeypatch):
    """rep01 signed in on the live server, HQ's admin, and rep01's shop's public URL."""
    monkeypatch.setitem(app.config, "PUBLIC_WRITE_LIMIT", "10000 per minute")
    rep = db.session.scalar(select(User).where(User.username == "rep01"))
    admin = db.session.scalar(select(User).where(User.role == "hq_admin"))
    session = phones(live_server, 1)[0]
    assert session.post(f"{live_server}/api/v1/auth/login", timeout=30, json={
        "login": "rep01", "password": "demo1234"}).status_code == 200
    session.headers["X-CSRFToken"] = session.get(
        f"{live_server}/api/v1/auth/csrf", timeout=30).json()["csrf_token"]
    return rep, admin, session, f"{live_server}/api/v1"


def test_20_parallel_starts_of_a_one_attempt_quiz_deal_one_attempt(db, people):
    rep, admin, session, api = people
    made = quiz(admin, [question(admin, bank(admin, "并发题库"))], rep_ids=[rep.id]).id
    copies = same_phone(session, 20)

    results = at_once([lambda s=s: s.post(f"{api}/training/my-tasks/{made}/attempts",
                                          json={}, timeout=120) for s in copies])

    assert [r.status_code for r in results] == [201] * 20, [r.text for r in results]
    assert len({r.json()["id"] for r in results}) == 1
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(QuizAttempt).where(
        QuizAttempt.task_id == made)) == 1


def test_20_parallel_submits_of_one_attempt_score_it_once(db, people):
    rep, admin, session, api = people
    made_quiz = quiz(admin, [question(admin, bank(admin, "并发题库"))], rep_ids=[rep.id])
    made = made_quiz.id
    attempt = session.post(f"{api}/training/my-tasks/{made}/attempts", json={},
                           timeout=30).json()
    right = {"answers": [{"question_id": q.id, "chosen": q.answer}
                         for q in quiz_questions(made_quiz)]}
    copies = same_phone(session, 20)

    results = at_once([lambda s=s: s.post(f"{api}/training/attempts/{attempt['id']}/submit",
                                          json=right, timeout=120) for s in copies])

    assert sorted(r.status_code for r in results) == [200] + [409] * 19
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {
        "attempt_closed"}
    db.session.expire_all()
    assert db.session.get(TaskProgress, (made, rep.id)).points == 10
    assert db.session.scalar(select(func.count()).select_from(ActivityEvent).where(
        ActivityEvent.verb == "task_done", ActivityEvent.object_id == made)) == 1


def test_20_customers_opening_at_once_complete_a_target_of_10_once(live_server, db, people):
    rep, admin, session, api = people
    made = task(admin, "action", goal="customer_opens", goal_target=10, points=20,
                rep_ids=[rep.id])
    before, code = _points(db, rep), rep.shop_code
    buyers = phones(live_server, 20)

    results = at_once([lambda s=s: s.post(f"{api}/shops/{code}/visits", json={},
                                          timeout=120) for s in buyers])

    assert [r.status_code for r in results] == [200] * 20, [r.text for r in results]
    db.session.expire_all()
    progress = db.session.get(TaskProgress, (made.id, rep.id))
    assert (progress.state, progress.progress, progress.points) == ("done", 10, 20)
    assert _points(db, rep) == before + 20


def _points(db, rep) -> int:
    return db.session.scalar(select(func.coalesce(func.sum(DailyCounter.value), 0)).where(
        DailyCounter.rep_id == rep.id, DailyCounter.metric == "training_points"))


def test_pages_opened_at_once_leave_one_clock_running(db, people):
    """Opening a page stops the others' clocks: opened side by side, one of them runs."""
    from app.training.models import PageRead
    from tests.training.builders import page

    rep, admin, session, api = people
    course = task(admin, "course", pages=[page(f"第{n}页", 60) for n in range(6)],
                  rep_ids=[rep.id])
    made, pages = course.id, [p.id for p in course.pages]
    assert session.post(f"{api}/training/my-tasks/{made}/pages/{pages[0]}/open", json={},
                        timeout=30).status_code == 200
    copies = same_phone(session, 5)

    results = at_once([lambda s=s, p=p: s.post(f"{api}/training/my-tasks/{made}/pages/{p}/open",
                                               json={}, timeout=120)
                       for s, p in zip(copies, pages[1:], strict=True)])

    assert [r.status_code for r in results] == [200] * 5, [r.text for r in results]
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(PageRead).where(
        PageRead.task_id == made, PageRead.opened_at.is_not(None))) == 1
