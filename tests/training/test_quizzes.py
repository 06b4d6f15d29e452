"""A quiz is scored on the server: single and multiple choice, the pass mark, attempts, the
time limit, points by attempt, and no points twice."""

from datetime import timedelta

import pytest

from app.core.db import clock_at, utcnow
from tests.shop.builders import counters
from tests.training.builders import bank, question, quiz

MINE = "/api/v1/training/my-tasks"
ATTEMPTS = "/api/v1/training/attempts"


@pytest.fixture
def questions(org):
    """Five questions: four single choice (answer 0) and one multiple choice (answer 0 and 2)."""
    made = bank(org.admin)
    return [*(question(org.admin, made, stem=f"第{n}题") for n in range(4)),
            question(org.admin, made, answer=(0, 2), stem="多选题")]


def answers(questions, right: int, multiple=(0, 2)):
    """Answers with the first `right` single-choice questions right, the multiple one as given."""
    return {"answers": [{"question_id": q.id, "chosen": [0 if i < right else 1]}
                        for i, q in enumerate(questions[:4])]
            + [{"question_id": questions[4].id, "chosen": list(multiple)}]}


def take(client, made, body):
    started = client.post(f"{MINE}/{made.id}/attempts", json={})
    assert started.status_code == 201, started.json
    return client.post(f"{ATTEMPTS}/{started.json['id']}/submit", json=body)


def test_the_pass_mark_exactly_met_passes(org, as_rep, questions):
    made = quiz(org.admin, questions, max_attempts=2)
    result = take(as_rep, made, answers(questions, right=3))  # 4 of 5: 80%
    assert result.status_code == 200
    assert (result.json["correct"], result.json["score"], result.json["passed"]) == (4, 80, True)


def test_one_short_of_the_pass_mark_fails(org, as_rep, questions):
    made = quiz(org.admin, questions, max_attempts=2)
    result = take(as_rep, made, answers(questions, right=2))  # 3 of 5
    assert (result.json["score"], result.json["passed"], result.json["points"]) == (60, False, 0)


def test_a_multiple_choice_question_is_right_only_with_every_right_option(org, as_rep,
                                                                          questions):
    made = quiz(org.admin, questions, max_attempts=3, pass_percent=100)
    partial = take(as_rep, made, answers(questions, right=4, multiple=(0,)))
    extra = take(as_rep, made, answers(questions, right=4, multiple=(0, 1, 2)))
    exact = take(as_rep, made, answers(questions, right=4, multiple=(2, 0)))
    assert [r.json["questions"][4]["correct"] for r in (partial, extra, exact)] == [
        False, False, True]
    assert exact.json["passed"] and exact.json["score"] == 100


def test_points_fall_by_attempt_and_no_retake_earns_twice(org, as_rep, questions):
    made = quiz(org.admin, questions, max_attempts=4, attempt_points=[10, 7, 5, 2])
    assert take(as_rep, made, answers(questions, right=0)).json["passed"] is False
    second = take(as_rep, made, answers(questions, right=4))
    assert (second.json["passed"], second.json["points"]) == (True, 7)
    third = take(as_rep, made, answers(questions, right=4))
    assert (third.json["passed"], third.json["points"]) == (True, 0)
    assert counters(org.rep_a1)["training_points"] == 7
    assert counters(org.rep_a1)["task_done"] == 1
    mine = as_rep.get(f"{MINE}/{made.id}").json
    assert mine["mine"]["state"] == "done" and mine["mine"]["points"] == 7
    assert mine["quiz"]["attempts_left"] == 1


def test_a_later_attempt_earns_the_last_points_of_the_list(org, as_rep, questions):
    made = quiz(org.admin, questions, max_attempts=3, attempt_points=[10, 4])
    take(as_rep, made, answers(questions, right=0))
    take(as_rep, made, answers(questions, right=0))
    assert take(as_rep, made, answers(questions, right=4)).json["points"] == 4


def test_attempts_run_out(org, as_rep, questions):
    made = quiz(org.admin, questions)  # one attempt, the default
    take(as_rep, made, answers(questions, right=0))
    again = as_rep.post(f"{MINE}/{made.id}/attempts", json={})
    assert again.status_code == 409 and again.json["error"]["code"] == "no_attempts_left"


def test_starting_again_while_an_attempt_runs_returns_it(org, as_rep, questions):
    made = quiz(org.admin, questions)
    first = as_rep.post(f"{MINE}/{made.id}/attempts", json={}).json
    again = as_rep.post(f"{MINE}/{made.id}/attempts", json={}).json
    assert again["id"] == first["id"] and again["number"] == 1


def test_a_submission_past_the_time_limit_is_closed_unscored(org, as_rep, questions, app):
    made = quiz(org.admin, questions, time_limit_seconds=60)
    start = utcnow()
    with clock_at(start):
        attempt = as_rep.post(f"{MINE}/{made.id}/attempts", json={}).json
    grace = app.config["TRAINING_QUIZ_GRACE_SECONDS"]
    with clock_at(start + timedelta(seconds=60 + grace + 1)):
        late = as_rep.post(f"{ATTEMPTS}/{attempt['id']}/submit", json=answers(questions, 4))
    assert late.status_code == 200
    assert (late.json["state"], late.json["passed"], late.json["score"]) == ("expired", False, 0)
    with clock_at(start + timedelta(seconds=61 + grace)):
        assert as_rep.post(f"{MINE}/{made.id}/attempts", json={}).status_code == 409


def test_a_submission_within_the_time_limit_counts(org, as_rep, questions):
    made = quiz(org.admin, questions, time_limit_seconds=60)
    start = utcnow()
    with clock_at(start):
        attempt = as_rep.post(f"{MINE}/{made.id}/attempts", json={}).json
    assert attempt["deadline_at"] is not None
    with clock_at(start + timedelta(seconds=59)):
        result = as_rep.post(f"{ATTEMPTS}/{attempt['id']}/submit", json=answers(questions, 4))
    assert (result.json["state"], result.json["passed"]) == ("submitted", True)


def test_an_expired_attempt_does_not_block_the_next_one(org, as_rep, questions, app):
    made = quiz(org.admin, questions, time_limit_seconds=60, max_attempts=2)
    start = utcnow()
    with clock_at(start):
        first = as_rep.post(f"{MINE}/{made.id}/attempts", json={}).json
    with clock_at(start + timedelta(minutes=5)):
        second = as_rep.post(f"{MINE}/{made.id}/attempts", json={}).json
    assert second["id"] != first["id"] and second["number"] == 2


def test_answers_are_hidden_while_open_and_shown_after_when_the_quiz_says_so(org, as_rep,
                                                                              questions):
    shown = quiz(org.admin, questions)
    hidden = quiz(org.admin, questions, show_answers=False)
    open_ = as_rep.post(f"{MINE}/{shown.id}/attempts", json={}).json
    assert {q["answer"] for q in open_["questions"]} == {None}
    done = as_rep.post(f"{ATTEMPTS}/{open_['id']}/submit", json=answers(questions, 1)).json
    assert done["questions"][4]["answer"] == [0, 2]
    assert done["questions"][0]["explanation"] == "西湖龙井"
    closed = take(as_rep, hidden, answers(questions, 1)).json
    assert {q["answer"] for q in closed["questions"]} == {None}
    assert [q["correct"] for q in closed["questions"]] == [True, False, False, False, True]


def test_a_shuffled_quiz_deals_every_question_and_option_by_its_key(org, as_rep, questions):
    made = quiz(org.admin, questions, shuffle=True)
    attempt = as_rep.post(f"{MINE}/{made.id}/attempts", json={}).json
    assert sorted(q["id"] for q in attempt["questions"]) == sorted(q.id for q in questions)
    for dealt in attempt["questions"]:
        assert sorted(o["key"] for o in dealt["options"]) == [0, 1, 2, 3]
        assert {o["key"]: o["text"] for o in dealt["options"]}[0] == "杭州"
    result = as_rep.post(f"{ATTEMPTS}/{attempt['id']}/submit", json=answers(questions, 4))
    assert result.json["score"] == 100


def test_a_quiz_locked_behind_a_course_cannot_be_started(org, as_rep, questions):
    from tests.training.builders import page, task

    course = task(org.admin, "course", pages=[page(min_seconds=0)])
    made = quiz(org.admin, questions, requires_task_id=course.id)
    locked = as_rep.post(f"{MINE}/{made.id}/attempts", json={})
    assert locked.status_code == 409 and locked.json["error"]["code"] == "task_locked"
    assert as_rep.get(f"{MINE}/{made.id}").json["locked"] is True
    as_rep.post(f"{MINE}/{course.id}/pages/{course.pages[0].id}/open", json={})
    as_rep.post(f"{MINE}/{course.id}/pages/{course.pages[0].id}/read", json={})
    assert as_rep.post(f"{MINE}/{made.id}/attempts", json={}).status_code == 201


def test_a_published_quiz_keeps_its_rules_and_its_questions_their_options(org, as_hq,
                                                                          questions):
    made = quiz(org.admin, questions)
    frozen = as_hq.patch(f"/api/v1/training/tasks/{made.id}",
                         json={"pass_percent": 10, "title": "改名"})
    assert frozen.status_code == 409 and frozen.json["error"]["code"] == "task_published"
    assert set(frozen.json["error"]["fields"]) == {"pass_percent"}
    assert as_hq.patch(f"/api/v1/training/tasks/{made.id}",
                       json={"title": "改名"}).json["title"] == "改名"
    edited = as_hq.patch(f"/api/v1/training/questions/{questions[0].id}", json={"answer": [1]})
    assert edited.status_code == 409 and edited.json["error"]["code"] == "question_in_use"
    assert as_hq.patch(f"/api/v1/training/questions/{questions[0].id}",
                       json={"explanation": "更清楚的解析"}).status_code == 200


def test_answers_stay_hidden_while_attempts_are_left(org, as_rep, questions):
    made = quiz(org.admin, questions, max_attempts=2)
    failed = take(as_rep, made, answers(questions, right=0)).json
    assert failed["passed"] is False and {q["answer"] for q in failed["questions"]} == {None}
    last = take(as_rep, made, answers(questions, right=0)).json
    assert last["questions"][0]["answer"] == [0]  # no attempt left: now they are shown
    assert as_rep.get(f"{MINE}/{made.id}").json["mine"]["state"] == "failed"


def test_a_boss_who_takes_a_quiz_reads_no_answers_before_it(app, org, questions):
    made = quiz(org.admin, questions, roles=["boss"], org_unit_ids=[org.team_a1.id])
    boss = app.test_client().sign_in_as(org.boss_a1)
    detail = boss.get(f"/api/v1/training/tasks/{made.id}").json
    assert {tuple(q["answer"]) for q in detail["questions"]} == {()}
    listed = boss.get(f"/api/v1/training/banks/{questions[0].bank_id}/questions").json
    assert {tuple(q["answer"]) for q in listed["items"]} == {()}
    other = app.test_client().sign_in_as(org.boss_b)  # not theirs to take
    assert other.get(f"/api/v1/training/banks/{questions[0].bank_id}/questions").json[
        "items"][0]["answer"] == [0]
