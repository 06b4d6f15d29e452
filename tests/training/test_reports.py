"""What bosses and HQ read of training: a task's report, a rep's tasks, the leaderboard, and
task completion on the boss dashboard and the per-rep table."""

from datetime import timedelta

from app.core.db import clock_at, utcnow
from app.extensions import db
from app.training.progress import complete
from tests.factories import RepFactory
from tests.training.builders import bank, question, quiz, task
from tests.training.test_quizzes import answers, take

TASKS = "/api/v1/training/tasks"


def test_a_quiz_report_has_completion_score_bands_and_the_hardest_questions(app, org, as_boss):
    made_bank = bank(org.admin)
    questions = [*(question(org.admin, made_bank, stem=f"第{n}题") for n in range(4)),
                 question(org.admin, made_bank, answer=(0, 2), stem="多选题")]
    made = quiz(org.admin, questions, due_at=utcnow() + timedelta(hours=1))
    take(app.test_client().sign_in_as(org.rep_a1), made, answers(questions, right=4))
    take(app.test_client().sign_in_as(org.rep_a1b), made,
         answers(questions, right=1, multiple=(0,)))
    with clock_at(utcnow() + timedelta(hours=2)):
        report = as_boss.get(f"{TASKS}/{made.id}/report").json
    assert (report["assigned"], report["done"], report["rate"]) == (3, 1, 33)
    assert [r["name"] for r in report["overdue"]] == [org.rep_a2.name]
    assert {u["name"]: (u["done"], u["assigned"], u["rate"]) for u in report["units"]} == {
        org.team_a1.name: (1, 2, 50), org.team_a2.name: (0, 1, 0)}
    assert {s["range"]: s["count"] for s in report["scores"]} == {
        "0-59": 1, "60-69": 0, "70-79": 0, "80-89": 0, "90-100": 1}
    assert [(h["stem"], h["answered"], h["correct"], h["rate"]) for h in report["hardest"]] == [
        ("第1题", 2, 1, 50), ("第2题", 2, 1, 50), ("第3题", 2, 1, 50), ("多选题", 2, 1, 50),
        ("第0题", 2, 2, 100)]
    rows = {r["name"]: r for r in report["reps"]}
    assert rows[org.rep_a1.name]["best_score"] == 100 and rows[org.rep_a1.name]["attempts"] == 1
    assert rows[org.rep_a1b.name]["state"] == "failed"  # its one attempt failed: no more to do


def test_a_reps_tasks_for_their_boss(org, as_boss, app):
    done = task(org.admin, "checkin", points=2)
    other = task(org.admin, "checkin", org_unit_ids=[org.team_b1.id])
    complete(done, org.rep_a1, 2)
    db.session.commit()
    listed = as_boss.get(f"/api/v1/training/people/{org.rep_a1.id}/tasks").json
    assert [(t["id"], t["mine"]["state"]) for t in listed["items"]] == [(done.id, "done")]
    assert other.id not in [t["id"] for t in listed["items"]]
    outside = as_boss.get(f"/api/v1/training/people/{org.rep_b1.id}/tasks")
    assert outside.status_code == 404


def _earn(org, user, points):
    """The user completes a new check-in task worth `points`."""
    complete(task(org.admin, "checkin", points=points), user, points)
    db.session.commit()


def test_the_leaderboard_ranks_a_teams_points_with_ties_and_the_top_three(app, org):
    extra = [RepFactory(org_unit=org.team_a1) for _ in range(3)]
    for user, points in ((org.rep_a1, 10), (org.rep_a1b, 10), (extra[0], 7), (extra[1], 5),
                         (org.rep_a2, 99), (org.rep_b1, 50)):
        _earn(org, user, points)
    board = app.test_client().sign_in_as(org.rep_a1).get("/api/v1/training/leaderboard").json
    assert board["org_unit_id"] == org.team_a1.id
    assert [(r["rank"], r["points"], r["top"]) for r in board["items"]] == [
        (1, 10, True), (1, 10, True), (3, 7, True), (4, 5, False)]
    assert board["me"]["rank"] == 1 and board["ranked"] == 4
    branch = app.test_client().sign_in_as(org.boss_a).get(
        "/api/v1/training/leaderboard", query_string={"period": "day"}).json
    assert [r["points"] for r in branch["items"]][:2] == [99, 10]
    assert org.rep_b1.id not in [r["user_id"] for r in branch["items"]]
    outside = app.test_client().sign_in_as(org.boss_a).get(
        "/api/v1/training/leaderboard", query_string={"unit_id": org.team_b1.id})
    assert outside.status_code == 404
    mine = app.test_client().sign_in_as(org.rep_a1).get("/api/v1/training/my-points").json
    assert mine == {"total": 10, "period": "month", "org_unit_name": org.team_a1.name,
                    "points": 10, "rank": 1, "ranked": 4}


def test_points_of_another_month_are_not_this_months(app, org):
    with clock_at(utcnow() - timedelta(days=40)):
        _earn(org, org.rep_a1, 30)
    _earn(org, org.rep_a1, 4)
    board = app.test_client().sign_in_as(org.rep_a1).get("/api/v1/training/leaderboard").json
    assert [r["points"] for r in board["items"]] == [4]


def test_task_completion_is_on_the_boss_dashboard_and_the_per_rep_table(app, org, as_boss):
    _earn(org, org.rep_a1, 6)
    figures = {f["metric"]: (f["label"], f["value"])
               for f in as_boss.get("/api/v1/dashboard").json["figures"]}
    assert figures["task_done"] == ("完成任务", 1)
    assert figures["training_points"] == ("学习积分", 6)
    table = as_boss.get("/api/v1/dashboard/reps", query_string={"sort": "training_points"}).json
    assert table["items"][0]["rep"]["id"] == org.rep_a1.id
    assert table["items"][0]["values"]["training_points"] == 6


def test_a_report_pages_its_people_and_narrows_to_a_unit(org, as_hq, as_boss):
    for _ in range(3):
        RepFactory(org_unit=org.team_a2)
    made = task(org.admin, "checkin", due_at=utcnow() + timedelta(hours=1))
    url = f"{TASKS}/{made.id}/report"
    first = as_hq.get(url, query_string={"per_page": 3}).json
    second = as_hq.get(url, query_string={"per_page": 3, "page": 2}).json
    assert first["assigned"] == second["assigned"] == 7  # every page counts them all
    assert len(first["reps"]) == 3 and len(second["reps"]) == 3
    assert not {r["user_id"] for r in first["reps"]} & {r["user_id"] for r in second["reps"]}
    with clock_at(utcnow() + timedelta(hours=2)):
        team = as_hq.get(url, query_string={"unit_id": org.team_a2.id}).json
    assert team["unit"] == {"id": org.team_a2.id, "name": org.team_a2.name}
    assert (team["assigned"], team["overdue_count"]) == (4, 4)
    assert [u["name"] for u in team["units"]] == [org.team_a2.name]
    outside = as_boss.get(url, query_string={"unit_id": org.team_b1.id})
    assert outside.status_code == 404
