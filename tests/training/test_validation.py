"""Bad input to training gets the one error body, never a 500, and changes nothing: NUL, huge
and wrongly typed fields, kinds and goals that do not exist, dates that do not fit together,
files never uploaded, answers out of range, a second hand-in or review, and question files
with a bad row or a missing column."""

import io
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.core.db import utcnow
from app.extensions import db
from app.training import services
from app.training.models import AttemptAnswer, CheckIn, Question, QuizAttempt, TrainingTask
from tests.core.test_tables import csv_bytes, xlsx
from tests.factories import ProductFactory
from tests.marketing import files
from tests.marketing.builders import material, stored_file, use_storage
from tests.training.builders import bank, page, question, quiz, task

TASKS = "/api/v1/training/tasks"
MISSING_FILE = f"/media/materials/ab/{'0' * 64}.pdf"


@pytest.fixture(autouse=True)
def storage(app, tmp_path, monkeypatch):
    """Uploads in a folder of the test."""
    use_storage(app, tmp_path / "uploads", monkeypatch)


def later(**delta) -> str:
    return (utcnow() + timedelta(**(delta or {"days": 7}))).isoformat()


def body(kind: str = "checkin", **values) -> dict:
    return {"kind": kind, "title": "门店陈列", "due_at": later(), **values}


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def assert_error(response, status: int, field: str | None = None, code: str | None = None):
    """The one error body, with the field named and the code given."""
    assert response.status_code == status, response.json
    error = response.json["error"]
    assert set(error) == {"code", "message", "fields"}, error
    assert isinstance(error["message"], str) and error["message"]
    if field is not None:
        assert field in error["fields"], error
    if code is not None:
        assert error["code"] == code, error


# --- tasks ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("values", "field"), [
    (body(kind="lecture"), "kind"),
    (body(kind=None), "kind"),
    (body(title=""), "title"),
    (body(title="   "), "title"),
    (body(title="长" * 101), "title"),
    (body(title=5), "title"),
    (body(summary="x" * 5001), "summary"),
    (body(due_at=None), "due_at"),
    (body(due_at="明天"), "due_at"),
    (body(due_at="2030-01-01T00:00:00"), "due_at"),  # no offset: whose midnight?
    (body(start_at=later(days=3), due_at=later(days=2)), "due_at"),
    (body(start_at="2030-01-01T09:00:00+08:00", due_at="2030-01-01T01:00:00Z"), "due_at"),
    (body(due_at=(utcnow() - timedelta(hours=1)).isoformat()), "due_at"),  # before now
    (body(points="5"), "points"),
    (body(points=5.5), "points"),
    (body(points=-1), "points"),
    (body(points=10**15), "points"),
    (body(mandatory="true"), "mandatory"),
    (body(mandatory=1), "mandatory"),
    (body(kind="quiz", shuffle="true"), "shuffle"),
    (body(kind="quiz", show_answers="false"), "show_answers"),
    (body(kind="quiz", pass_percent="80"), "pass_percent"),
    (body(kind="quiz", pass_percent=0), "pass_percent"),
    (body(kind="quiz", max_attempts="1"), "max_attempts"),
    (body(kind="quiz", max_attempts=11), "max_attempts"),
    (body(kind="quiz", time_limit_seconds=5), "time_limit_seconds"),
    (body(kind="quiz", attempt_points=["10"]), "attempt_points"),
    (body(kind="quiz", attempt_points=10), "attempt_points"),
    (body(roles=[]), "roles"),
    (body(roles=["hq"]), "roles"),
    (body(roles="rep"), "roles"),
    (body(org_unit_ids=["1"]), "org_unit_ids"),
    (body(org_unit_ids=[999999]), "org_unit_ids"),
    (body(org_unit_ids=[10**12]), "org_unit_ids"),
    (body(rep_ids=[999999]), "rep_ids"),
    (body(rep_ids={"id": 1}), "rep_ids"),
    (body(requires_task_id="1"), "requires_task_id"),
    (body(cover_url="javascript:alert(1)"), "cover_url"),
    (body("course", unlocks_material_id=999999), "unlocks_material_id"),
    (body("course", unlocks_material_id="1"), "unlocks_material_id"),
    (body("checkin", unlocks_material_id=1), "unlocks_material_id"),  # a course's only
    (body(goal="follow_ups", goal_target=3), "goal"),  # only an action task has a goal
    (body(unknown_field=1), "unknown_field"),
])
def test_a_task_that_does_not_fit_together_is_422_on_its_field(as_hq, org, values, field):
    response = as_hq.post(TASKS, json=values)

    assert_error(response, 422, field)
    assert count(TrainingTask) == 0


def test_a_required_task_that_does_not_exist_is_422_not_a_conflict(as_hq, org):
    made = task(org.admin, "checkin", publish=False)

    created = as_hq.post(TASKS, json=body(requires_task_id=999999))
    edited = as_hq.patch(f"{TASKS}/{made.id}", json={"requires_task_id": 999999})

    assert_error(created, 422, "requires_task_id")
    assert_error(edited, 422, "requires_task_id")
    assert count(TrainingTask) == 1


@pytest.mark.parametrize("values", [
    {"due_at": "9999-12-31T23:59:59-08:00"},  # year 10000 in UTC
    {"start_at": "0001-01-01T00:00:00+08:00"},  # year 0 in UTC
])
def test_a_moment_beyond_the_calendar_in_utc_is_422_not_a_500(as_hq, values):
    response = as_hq.post(TASKS, json=body(**values))

    assert_error(response, 422, next(iter(values)))
    assert count(TrainingTask) == 0


def test_a_nul_in_a_title_is_422_not_a_database_error(as_hq):
    response = as_hq.post(TASKS, json=body(title="门店\x00陈列"))

    assert_error(response, 422, "title", code="unstorable_text")
    assert count(TrainingTask) == 0


def test_a_ten_megabyte_summary_is_413(app, as_hq):
    # MAX_CONTENT_LENGTH (8 MB) refuses the body before anything reads it
    assert app.config["MAX_CONTENT_LENGTH"] < 10 << 20

    response = as_hq.post(TASKS, json=body(summary="x" * (10 << 20)))

    assert_error(response, 413, code="payload_too_large")
    assert count(TrainingTask) == 0


@pytest.mark.parametrize("payload", ["not json", "[1, 2]", '"title"', "null", "{"])
def test_a_body_that_is_no_object_is_an_error_not_a_500(as_hq, payload):
    response = as_hq.post(TASKS, data=payload, content_type="application/json")

    assert response.status_code in (400, 422), response.json
    assert_error(response, response.status_code)


@pytest.mark.parametrize(("values", "field"), [
    ({"goal": "sell_everything", "goal_target": 3}, "goal"),
    ({}, "goal"),
    ({"goal": None, "goal_target": 3}, "goal"),
    ({"goal": "follow_ups"}, "goal_target"),
    ({"goal": "follow_ups", "goal_target": None}, "goal_target"),
    ({"goal": "follow_ups", "goal_target": 0}, "goal_target"),
    ({"goal": "follow_ups", "goal_target": "3"}, "goal_target"),
    ({"goal": "units_sold", "goal_target": 3}, "goal_object_id"),  # which product?
    ({"goal": "units_sold", "goal_target": 3, "goal_object_type": "product",
      "goal_object_id": 999999}, "goal_object_id"),
    ({"goal": "units_sold", "goal_target": 3, "goal_object_type": "material",
      "goal_object_id": 1}, "goal_object_type"),
    ({"goal": "customer_opens", "goal_target": 3, "goal_object_type": "material",
      "goal_object_id": 999999}, "goal_object_id"),
    ({"goal": "customer_opens", "goal_target": 3, "goal_object_type": "product",
      "goal_object_id": None}, "goal_object_id"),
    ({"goal": "customer_opens", "goal_target": 3, "goal_object_id": 1}, "goal_object_type"),
    ({"goal": "customer_opens", "goal_target": 3, "goal_object_type": "shop",
      "goal_object_id": 1}, "goal_object_type"),
    ({"goal": "follow_ups", "goal_target": 3, "goal_object_type": "product",
      "goal_object_id": 1}, "goal_object_type"),  # follow-ups are about no product
    ({"goal": "follow_ups", "goal_target": 3, "goal_within_hours": 24}, "goal_within_hours"),
    ({"goal": "consultations_answered", "goal_target": 3, "goal_within_hours": 0},
     "goal_within_hours"),
])
def test_an_action_task_without_a_goal_it_can_count_is_422(as_hq, org, values, field):
    ProductFactory()  # product 1 exists: a goal about it is refused for its goal, not for it

    response = as_hq.post(TASKS, json=body("action", **values))

    assert_error(response, 422, field)
    assert count(TrainingTask) == 0


def test_an_action_task_about_an_existing_product_is_taken(as_hq, org):
    product = ProductFactory()
    db.session.commit()

    response = as_hq.post(TASKS, json=body("action", goal="units_sold", goal_target=3,
                                           goal_object_type="product",
                                           goal_object_id=product.id))

    assert response.status_code == 201, response.json
    assert response.json["goal_text"] == f"卖出{product.name} 3 件"


@pytest.mark.parametrize(("pages", "where"), [
    ([{**page(), "file_url": MISSING_FILE}], "0"),  # well formed, never uploaded
    ([page(), {**page(), "file_url": "https://example.com/课件.pdf"}], "1"),
    ([{**page(), "file_url": "/media/../../etc/passwd"}], "0"),
    ([{**page(), "file_url": "/media/uploads/ab/photo.jpg"}], "0"),
    ([{**page(), "min_seconds": "30"}], "0"),
    ([{**page(), "min_seconds": 3601}], "0"),
    ([{**page(), "title": ""}], "0"),
    ([{**page(), "body": [{"type": "script", "text": "x"}]}], "0"),
])
def test_a_course_page_with_a_file_never_uploaded_or_a_bad_field_is_422(as_hq, pages, where):
    response = as_hq.post(TASKS, json=body("course", pages=pages))

    assert_error(response, 422, "pages")
    assert where in response.json["error"]["fields"]["pages"], response.json
    assert count(TrainingTask) == 0


def test_a_course_page_with_an_uploaded_file_is_taken(as_hq, org):
    url = stored_file(org.admin, "brochure", files.plain_pdf())
    material(org.admin)  # the upload is a material's file, as the page's URL says

    response = as_hq.post(TASKS, json=body("course", pages=[{**page(), "file_url": url}]))

    assert response.status_code == 201, response.json
    assert response.json["pages"][0]["file_url"] == url
    assert response.json["pages"][0]["file_type"]


@pytest.mark.parametrize(("values", "field"), [
    (body("quiz", question_ids=[999999]), "question_ids"),
    (body("quiz", question_ids=["1"]), "question_ids"),
    (body("quiz", question_ids=[10**12]), "question_ids"),
    (body("quiz", question_ids=list(range(1, 202))), "question_ids"),
    (body("quiz", pages=[page()]), "pages"),
    (body("checkin", question_ids=[1]), "question_ids"),
    (body("action", goal="follow_ups", goal_target=3, pages=[page()]), "pages"),
])
def test_a_quiz_of_questions_that_do_not_exist_or_with_pages_is_422(as_hq, org, values,
                                                                     field):
    question(org.admin, bank(org.admin))  # question 1 exists

    response = as_hq.post(TASKS, json=values)

    assert_error(response, 422, field)
    assert count(TrainingTask) == 0


def test_a_quiz_naming_a_question_twice_or_a_switched_off_one_is_422(as_hq, org):
    made_bank = bank(org.admin)
    kept, off = question(org.admin, made_bank), question(org.admin, made_bank, stem="旧题")
    services.update_question(org.admin, off, {"enabled": False})
    db.session.commit()

    twice = as_hq.post(TASKS, json=body("quiz", question_ids=[kept.id, kept.id]))
    switched_off = as_hq.post(TASKS, json=body("quiz", question_ids=[off.id]))

    assert_error(twice, 422, "question_ids")
    assert_error(switched_off, 422, "question_ids")
    assert count(TrainingTask) == 0


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "quiz"}, "kind"),  # a task keeps its kind
    ({"due_at": "2000-01-01T00:00:00+08:00"}, "due_at"),
    ({"points": "5"}, "points"),
    ({"mandatory": "true"}, "mandatory"),
    ({"title": None}, "title"),
    ({"question_ids": [1]}, "question_ids"),
    ({"pages": [page()]}, "pages"),
])
def test_an_edit_that_does_not_fit_is_422_and_changes_nothing(as_hq, org, change, field):
    made = task(org.admin, "checkin", publish=False, title="原标题")

    response = as_hq.patch(f"{TASKS}/{made.id}", json={"summary": "新说明", **change})

    assert_error(response, 422, field)
    kept = db.session.get(TrainingTask, made.id)
    assert (kept.title, kept.summary, kept.kind) == ("原标题", "", "checkin")


@pytest.mark.parametrize("args", ["kind=lecture", "state=gone", "page=abc", "per_page=100000",
                                  "q=" + "x" * 51, "page=0"])
def test_bad_task_list_filters_are_422(as_hq, args):
    assert_error(as_hq.get(f"{TASKS}?{args}"), 422)


@pytest.mark.parametrize(("url", "status"), [
    ("/api/v1/training/my-tasks?state=later", 422),
    ("/api/v1/training/check-ins?task_id=abc", 422),
    ("/api/v1/training/check-ins?state=lost", 422),
    ("/api/v1/training/leaderboard?period=year", 422),
    ("/api/v1/training/leaderboard?unit_id=abc", 422),
    ("/api/v1/training/leaderboard?unit_id=99999999999", 422),
    ("/api/v1/training/my-points?period=year", 422),
    ("/api/v1/training/my-tasks/9999999999", 404),
    ("/api/v1/training/attempts/9999999999999999999999", 404),
    ("/api/v1/training/attempts/abc", 404),
])
def test_bad_queries_and_ids_of_a_rep_are_an_error_not_a_500(as_rep, url, status):
    assert_error(as_rep.get(url), status)


# --- questions --------------------------------------------------------------------------------

QUESTION = {"kind": "single", "stem": "龙井产自哪里？", "options": ["杭州", "苏州", "黄山", "福州"],
            "answer": [0], "explanation": "西湖龙井"}


@pytest.mark.parametrize(("change", "field"), [
    ({"answer": [4]}, "answer"),  # beyond the four options
    ({"answer": [7]}, "answer"),
    ({"answer": [8]}, "answer"),
    ({"answer": [-1]}, "answer"),
    ({"answer": [0, 1]}, "answer"),  # two answers for a single choice
    ({"answer": []}, "answer"),
    ({"kind": "multiple", "answer": [1, 1]}, "answer"),
    ({"kind": "multiple", "answer": [0, 5]}, "answer"),
    ({"answer": ["0"]}, "answer"),
    ({"answer": 0}, "answer"),
    ({"kind": "essay"}, "kind"),
    ({"options": ["杭州"]}, "options"),
    ({"options": [str(n) for n in range(9)]}, "options"),
    ({"options": ["杭州", ""]}, "options"),
    ({"options": "杭州,苏州"}, "options"),
    ({"stem": ""}, "stem"),
    ({"stem": "x" * 1001}, "stem"),
    ({"enabled": "true"}, "enabled"),
])
def test_a_question_whose_answer_does_not_name_its_options_is_422(as_hq, org, change, field):
    made_bank = bank(org.admin)

    response = as_hq.post(f"/api/v1/training/banks/{made_bank.id}/questions",
                          json={**QUESTION, **change})

    assert_error(response, 422, field)
    assert count(Question) == 0


def test_a_nul_in_a_question_is_422(as_hq, org):
    made_bank = bank(org.admin)

    response = as_hq.post(f"/api/v1/training/banks/{made_bank.id}/questions",
                          json={**QUESTION, "options": ["杭\x00州", "苏州"]})

    assert_error(response, 422, "options", code="unstorable_text")


def test_a_question_of_a_bank_that_does_not_exist_is_404(as_hq, org):
    response = as_hq.post("/api/v1/training/banks/999999/questions", json=QUESTION)

    assert_error(response, 404, code="not_found")


@pytest.mark.parametrize(("change", "field"), [
    ({"answer": [5]}, "answer"),
    ({"answer": [0, 1]}, "answer"),  # still single choice
    ({"options": ["杭州"]}, "options"),
    ({"options": ["杭州", "苏州"], "answer": [3]}, "answer"),
    ({"kind": "multiple", "answer": []}, "answer"),
])
def test_an_edit_of_a_question_is_checked_against_what_it_keeps(as_hq, org, change, field):
    made = question(org.admin, bank(org.admin), answer=(2,))

    response = as_hq.patch(f"/api/v1/training/questions/{made.id}", json=change)

    assert_error(response, 422, field)
    assert db.session.get(Question, made.id).answer == [2]


def test_fewer_options_leaving_the_answer_behind_are_422(as_hq, org):
    made = question(org.admin, bank(org.admin), answer=(3,))

    response = as_hq.patch(f"/api/v1/training/questions/{made.id}",
                           json={"options": ["杭州", "苏州"]})

    assert_error(response, 422, "answer")
    assert len(db.session.get(Question, made.id).options) == 4


def test_a_bank_name_taken_is_an_error(as_hq, org):
    bank(org.admin, "产品知识")

    taken = as_hq.post("/api/v1/training/banks", json={"name": "产品知识"})
    blank = as_hq.post("/api/v1/training/banks", json={"name": " "})

    assert taken.status_code in (409, 422), taken.json
    assert_error(taken, taken.status_code)
    assert_error(blank, 422, "name")


# --- a quiz's attempt -------------------------------------------------------------------------

@pytest.fixture
def attempt(org):
    """Rep A1's open attempt at HQ's quiz of two questions (single: 杭州; multiple: 0 and 2)."""
    made_bank = bank(org.admin)
    questions = [question(org.admin, made_bank),
                 question(org.admin, made_bank, answer=(0, 2), stem="哪些是绿茶？",
                          options=["龙井", "普洱", "碧螺春", "大红袍"])]
    made_quiz = quiz(org.admin, questions, max_attempts=2)
    started = services.start_attempt(org.rep_a1, made_quiz)
    db.session.commit()
    started.questions = questions
    return started


def submit_url(attempt) -> str:
    return f"/api/v1/training/attempts/{attempt.id}/submit"


def still_open(attempt) -> bool:
    db.session.expire_all()
    return db.session.get(QuizAttempt, attempt.id).state == "open"


@pytest.mark.parametrize("answers", [
    None,
    "A",
    [{"question_id": "1", "chosen": [0]}],
    [{"question_id": 1, "chosen": "0"}],
    [{"question_id": 1, "chosen": ["A"]}],
    [{"question_id": 1, "chosen": [8]}],
    [{"question_id": 1, "chosen": [-1]}],
    [{"question_id": 1, "chosen": [0] * 9}],
    [{"question_id": 1}],
    [{"chosen": [0]}],
    [{"question_id": 10**12, "chosen": [0]}],
    [{"question_id": 1, "chosen": [0], "score": 100}],
])
def test_answers_of_the_wrong_shape_are_422_and_the_attempt_stays_open(as_rep, attempt,
                                                                       answers):
    response = as_rep.post(submit_url(attempt), json={"answers": answers})

    assert_error(response, 422, "answers")
    assert still_open(attempt)


def test_an_answer_naming_a_question_not_in_the_attempt_is_422(as_rep, org, attempt):
    other = question(org.admin, bank(org.admin, "服务规范"), stem="几点开门？")
    answers = [{"question_id": attempt.questions[0].id, "chosen": [0]},
               {"question_id": other.id, "chosen": [0]},
               {"question_id": 999999, "chosen": [0]}]

    response = as_rep.post(submit_url(attempt), json={"answers": answers})

    assert_error(response, 422, "answers")
    assert str(other.id) in response.json["error"]["fields"]["answers"][0]
    assert still_open(attempt)
    assert count(AttemptAnswer) == 0


def test_chosen_keys_beyond_a_questions_options_are_no_500(as_rep, attempt):
    """Keys 4 to 7 pass the schema (up to eight options) but name no option of these four."""
    single, multiple = attempt.questions
    answers = [{"question_id": single.id, "chosen": [7]},
               {"question_id": multiple.id, "chosen": [0, 2, 5]}]

    response = as_rep.post(submit_url(attempt), json={"answers": answers})

    assert response.status_code in (200, 422), response.json
    if response.status_code == 422:
        assert_error(response, 422, "answers")
        assert still_open(attempt)
    else:  # handed in, and neither counts as right
        assert response.json["correct"] == 0 and response.json["passed"] is False
        viewed = as_rep.get(f"/api/v1/training/attempts/{attempt.id}")
        assert viewed.status_code == 200


def test_a_second_hand_in_of_the_same_attempt_is_409(as_rep, attempt):
    single, multiple = attempt.questions
    answers = [{"question_id": single.id, "chosen": [0]},
               {"question_id": multiple.id, "chosen": [0, 2]}]

    first = as_rep.post(submit_url(attempt), json={"answers": answers})
    second = as_rep.post(submit_url(attempt), json={"answers": answers})

    assert first.status_code == 200 and first.json["passed"] is True, first.json
    assert_error(second, 409, code="attempt_closed")
    assert count(AttemptAnswer) == 2
    assert db.session.get(QuizAttempt, attempt.id).points == first.json["points"]


def test_an_empty_hand_in_is_scored_not_refused(as_rep, attempt):
    response = as_rep.post(submit_url(attempt), json={"answers": []})

    assert response.status_code == 200, response.json
    assert (response.json["correct"], response.json["score"]) == (0, 0)


# --- check-ins --------------------------------------------------------------------------------

@pytest.fixture
def check_in_task(org):
    return task(org.admin, "checkin", points=5)


def check_in_url(made) -> str:
    return f"/api/v1/training/my-tasks/{made.id}/check-ins"


@pytest.mark.parametrize(("values", "field"), [
    ({}, "text"),
    ({"text": ""}, "text"),
    ({"text": "   \n"}, "text"),
    ({"text": "", "photos": []}, "text"),
    ({"text": "x" * 2001}, "text"),
    ({"text": 5}, "text"),
    ({"text": "陈列", "photos": ["https://example.com/a.jpg"]}, "photos"),
    ({"text": "陈列", "photos": ["/uploads/a.jpg"]}, "photos"),
    ({"text": "陈列", "photos": ["javascript:alert(1)"]}, "photos"),
    ({"text": "陈列", "photos": ["/media/a b.jpg"]}, "photos"),
    ({"text": "陈列", "photos": "/media/a.jpg"}, "photos"),
    ({"text": "陈列", "photos": [f"/media/{n}.jpg" for n in range(10)]}, "photos"),
    ({"photos": ["//evil.example/media/a.jpg"]}, "photos"),
])
def test_a_check_in_with_nothing_in_it_or_a_photo_not_uploaded_here_is_422(
        as_rep, check_in_task, values, field):
    response = as_rep.post(check_in_url(check_in_task), json=values)

    assert_error(response, 422, field)
    assert count(CheckIn) == 0


def test_a_check_in_of_photos_alone_is_taken(as_rep, check_in_task):
    response = as_rep.post(check_in_url(check_in_task), json={"photos": ["/media/a/b.jpg"]})

    assert response.status_code == 201, response.json
    assert response.json["state"] == "submitted"


def test_a_second_check_in_while_one_waits_is_409(as_rep, check_in_task):
    first = as_rep.post(check_in_url(check_in_task), json={"text": "陈列好了"})
    second = as_rep.post(check_in_url(check_in_task), json={"text": "再交一次"})

    assert first.status_code == 201
    assert_error(second, 409, code="check_in_pending")
    assert count(CheckIn) == 1


@pytest.fixture
def waiting(org, check_in_task):
    """Rep A1's check-in waiting for review."""
    made = services.submit_check_in(org.rep_a1, check_in_task, "陈列好了", [])
    db.session.commit()
    return made


def review_url(check_in) -> str:
    return f"/api/v1/training/check-ins/{check_in.id}/review"


@pytest.mark.parametrize(("values", "field"), [
    ({"approve": False}, "comment"),
    ({"approve": False, "comment": ""}, "comment"),
    ({"approve": False, "comment": "  "}, "comment"),
    ({}, "approve"),
    ({"approve": "true"}, "approve"),
    ({"approve": 1}, "approve"),
    ({"approve": None}, "approve"),
    ({"approve": False, "comment": "x" * 501}, "comment"),
    ({"approve": False, "comment": 5}, "comment"),
])
def test_a_return_without_a_reason_or_a_bad_review_is_422(as_boss, waiting, values, field):
    response = as_boss.post(review_url(waiting), json=values)

    assert_error(response, 422, field)
    assert db.session.get(CheckIn, waiting.id).state == "submitted"


@pytest.mark.parametrize("second", [{"approve": True}, {"approve": False, "comment": "重拍"}])
def test_a_review_of_a_check_in_already_reviewed_is_409(as_boss, as_hq, waiting, second):
    first = as_boss.post(review_url(waiting), json={"approve": True})

    again = as_hq.post(review_url(waiting), json=second)

    assert first.status_code == 200 and first.json["state"] == "approved", first.json
    assert_error(again, 409, code="check_in_reviewed")
    assert db.session.get(CheckIn, waiting.id).state == "approved"


def test_a_review_of_a_check_in_that_does_not_exist_is_404(as_boss):
    assert_error(as_boss.post("/api/v1/training/check-ins/999999/review",
                              json={"approve": True}), 404, code="not_found")


# --- importing questions ----------------------------------------------------------------------

HEADER = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析"]
GOOD = [["单选", "龙井产自哪里？", "杭州", "苏州", "黄山", "福州", "A", "西湖龙井"],
        ["多选", "哪些是绿茶？", "龙井", "普洱", "碧螺春", "", "A、C", ""]]


FORMATS = {"csv": ("题库.csv", csv_bytes), "xlsx": ("题库.xlsx", xlsx)}


def import_file(client, made_bank, raw: bytes, filename: str):
    return client.post(f"/api/v1/training/banks/{made_bank.id}/import",
                       data={"file": (io.BytesIO(raw), filename)},
                       content_type="multipart/form-data")


@pytest.fixture
def made_bank(org):
    return bank(org.admin)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_good_file_adds_its_questions(as_hq, made_bank, fmt):
    filename, write = FORMATS[fmt]

    response = import_file(as_hq, made_bank, write([HEADER, *GOOD]), filename)

    assert response.status_code == 201, response.json
    assert response.json == {"created": 2}
    found = {q.stem: q for q in db.session.scalars(select(Question))}
    assert (found["龙井产自哪里？"].kind, found["龙井产自哪里？"].answer) == ("single", [0])
    assert (found["哪些是绿茶？"].kind, found["哪些是绿茶？"].options,
            found["哪些是绿茶？"].answer) == ("multiple", ["龙井", "普洱", "碧螺春"], [0, 2])
    assert {q.bank_id for q in found.values()} == {made_bank.id}


def test_a_gb18030_csv_as_excel_in_china_writes_it_is_read(as_hq, made_bank):
    response = import_file(as_hq, made_bank, csv_bytes([HEADER, *GOOD], "gb18030"),
                           "题库.csv")

    assert response.status_code == 201, response.json
    assert response.json["created"] == 2


BAD_ROWS = {
    "an answer no option has": (["单选", "龙井产自哪里？", "杭州", "苏州", "", "", "C", ""],
                                "答案："),
    "an answer that is no letter": (["单选", "龙井产自哪里？", "杭州", "苏州", "", "", "Z", ""],
                                    "答案："),
    "two answers for a single choice": (
        ["单选", "龙井产自哪里？", "杭州", "苏州", "黄山", "", "AB", ""], "答案："),
    "no answer": (["单选", "龙井产自哪里？", "杭州", "苏州", "", "", "", ""], "答案："),
    "an unknown kind": (["判断", "龙井产自哪里？", "杭州", "苏州", "", "", "A", ""], "题型："),
    "no stem": (["单选", "", "杭州", "苏州", "", "", "A", ""], "题干："),
    "one option": (["单选", "龙井产自哪里？", "杭州", "", "", "", "A", ""], "选项"),
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("bad", sorted(BAD_ROWS))
def test_a_file_with_a_bad_row_names_the_row_and_imports_nothing(as_hq, made_bank, fmt, bad):
    filename, write = FORMATS[fmt]
    row, label = BAD_ROWS[bad]

    # the bad row is the file's second line (the first after the header), then a good one
    response = import_file(as_hq, made_bank, write([HEADER, row, GOOD[0]]), filename)

    assert_error(response, 422, "rows")
    rows = response.json["error"]["fields"]["rows"]
    assert set(rows) == {"2"}, rows
    assert any(message.startswith(label) for message in rows["2"]), rows
    assert count(Question) == 0


def test_every_bad_row_is_named(as_hq, made_bank):
    rows = [HEADER, GOOD[0], BAD_ROWS["no stem"][0], GOOD[1], BAD_ROWS["an unknown kind"][0]]

    response = import_file(as_hq, made_bank, csv_bytes(rows), "题库.csv")

    assert_error(response, 422, "rows")
    assert set(response.json["error"]["fields"]["rows"]) == {"3", "5"}
    assert count(Question) == 0


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("missing", ["答案", "题干", "选项B"])
def test_a_header_missing_a_required_column_is_422_on_file(as_hq, made_bank, fmt, missing):
    filename, write = FORMATS[fmt]
    keep = [index for index, name in enumerate(HEADER) if name != missing]
    rows = [[row[index] for index in keep] for row in [HEADER, *GOOD]]

    response = import_file(as_hq, made_bank, write(rows), filename)

    assert_error(response, 422, "file")
    assert any(missing in message for message in response.json["error"]["fields"]["file"])
    assert count(Question) == 0


@pytest.mark.parametrize(("raw", "filename"), [
    (b"", "题库.csv"),
    (b"\x00\x01\x02garbage", "题库.xlsx"),
    (xlsx([HEADER, *GOOD]), "题库.csv"),  # a workbook named .csv
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "题库.xls"),  # Excel 97-2003
    (b"\xff\xfe\x00\xd8garbage", "题库.csv"),  # no encoding Excel in China writes
    (csv_bytes([HEADER[:1] + HEADER, *GOOD]), "题库.csv"),  # 题型 twice
    (csv_bytes([["名称", "价格"], ["龙井", "10"]]), "题库.csv"),  # another import's file
])
def test_an_unreadable_file_is_422_on_file(as_hq, made_bank, raw, filename):
    response = import_file(as_hq, made_bank, raw, filename)

    assert_error(response, 422, "file")
    assert count(Question) == 0


def test_a_nul_in_a_cell_is_an_error_not_a_database_error(as_hq, made_bank):
    row = ["单选", "龙井\x00产自哪里？", "杭州", "苏州", "", "", "A", ""]

    response = import_file(as_hq, made_bank, csv_bytes([HEADER, row]), "题库.csv")

    assert_error(response, 422)
    assert {"file", "rows"} & set(response.json["error"]["fields"]), response.json
    assert count(Question) == 0


def test_an_import_without_a_file_or_with_a_form_field_is_422(as_hq, made_bank):
    url = f"/api/v1/training/banks/{made_bank.id}/import"

    none = as_hq.post(url, data={}, content_type="multipart/form-data")
    extra = as_hq.post(url, data={"file": (io.BytesIO(csv_bytes([HEADER, *GOOD])), "a.csv"),
                                  "bank": "1"}, content_type="multipart/form-data")
    json_body = as_hq.post(url, json={"file": "a.csv"})

    assert_error(none, 422, "file")
    assert_error(extra, 422)
    assert_error(json_body, 422)
    assert count(Question) == 0


def test_an_import_into_a_bank_that_does_not_exist_is_404(as_hq, org):
    response = as_hq.post("/api/v1/training/banks/999999/import",
                          data={"file": (io.BytesIO(csv_bytes([HEADER, *GOOD])), "a.csv")},
                          content_type="multipart/form-data")

    assert_error(response, 404, code="not_found")
