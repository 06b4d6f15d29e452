"""Who may call each training endpoint, and what each role sees.

HQ and bosses author and follow tasks, read reports and review check-ins; only HQ writes the
question banks; anyone signed in does the tasks that are theirs. A rep reaching for another
rep's attempt or check-in, or for a task that is not theirs, gets 404; so does a boss reaching
outside their subtree (a task made there, a person, a unit). A boss sees HQ's published task
but may not change it (403). A boss naming units or reps outside their subtree is 422.
"""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from app.core.db import utcnow
from app.extensions import db
from app.training import services
from app.training.models import CheckIn, TrainingTask
from tests.marketing.builders import material
from tests.permissions import BOSS, HQ, STAFF, check_door, declared, endpoints
from tests.training.builders import bank, page, question, quiz, task

NAMES = {"training"}
TASKS = "/api/v1/training/tasks"
TASK = "/api/v1/training/tasks/<int:task_id>"
BANK = "/api/v1/training/banks/<int:bank_id>"
MINE = "/api/v1/training/my-tasks/<int:task_id>"
ATTEMPT = "/api/v1/training/attempts/<bigid:attempt_id>"

# Every training endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("GET", "/api/v1/training/goals"): {BOSS, HQ},
    ("GET", TASKS): {BOSS, HQ},
    ("POST", TASKS): {BOSS, HQ},
    ("GET", TASK): {BOSS, HQ},
    ("PATCH", TASK): {BOSS, HQ},
    ("POST", f"{TASK}/publish"): {BOSS, HQ},
    ("GET", f"{TASK}/report"): {BOSS, HQ},
    ("GET", "/api/v1/training/people/<int:user_id>/tasks"): {BOSS, HQ},
    ("GET", "/api/v1/training/check-ins"): STAFF,
    ("POST", "/api/v1/training/check-ins/<bigid:check_in_id>/review"): {BOSS, HQ},
    ("GET", "/api/v1/training/banks"): {BOSS, HQ},
    ("POST", "/api/v1/training/banks"): {HQ},
    ("GET", f"{BANK}/questions"): {BOSS, HQ},
    ("POST", f"{BANK}/questions"): {HQ},
    ("POST", f"{BANK}/import"): {HQ},
    ("PATCH", "/api/v1/training/questions/<int:question_id>"): {HQ},
    ("GET", "/api/v1/training/my-tasks"): STAFF,
    ("GET", MINE): STAFF,
    ("POST", f"{MINE}/pages/<int:page_id>/open"): STAFF,
    ("POST", f"{MINE}/pages/<int:page_id>/read"): STAFF,
    ("POST", f"{MINE}/attempts"): STAFF,
    ("GET", ATTEMPT): STAFF,
    ("POST", f"{ATTEMPT}/submit"): STAFF,
    ("POST", f"{MINE}/check-ins"): STAFF,
    ("GET", "/api/v1/training/leaderboard"): STAFF,
    ("GET", "/api/v1/training/my-points"): STAFF,
}


def test_the_permission_table_lists_every_training_endpoint(app):
    assert {(method, rule.rule) for method, rule in endpoints(app, NAMES)} == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, NAMES):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    # given a client of every role, when each calls the endpoint, then a role the endpoint is
    # for gets past the door and the others are refused (401 anonymous, 403 a wrong role)
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


# --- the 404 rule ----------------------------------------------------------------------------

REPS = ("rep_a1", "rep_a1b", "rep_a2", "rep_b1")
BOSSES = ("boss_a", "boss_a1", "boss_b")
VIEWERS = {  # whose work each one may see
    "rep_a1": ("rep_a1",),
    "rep_a1b": ("rep_a1b",),
    "rep_a2": ("rep_a2",),
    "rep_b1": ("rep_b1",),
    "boss_a": ("rep_a1", "rep_a1b", "rep_a2"),
    "boss_a1": ("rep_a1", "rep_a1b"),
    "boss_b": ("rep_b1",),
    "admin": REPS,
}
BOSS_VIEWERS = ("boss_a", "boss_a1", "boss_b", "admin")


def signed_in(app, org, name):
    return app.test_client().sign_in_as(getattr(org, name))


@pytest.fixture
def world(org):
    """HQ's quiz and check-in for everyone; each rep has an open attempt and a check-in
    waiting for review."""
    questions = [question(org.admin, bank(org.admin)),
                 question(org.admin, bank(org.admin, "服务规范"), answer=(1,), stem="几点开门？")]
    made_quiz = quiz(org.admin, questions)
    check_in_task = task(org.admin, "checkin")
    data = {}
    for name in REPS:
        rep = getattr(org, name)
        data[name] = SimpleNamespace(
            attempt=services.start_attempt(rep, made_quiz),
            check_in=services.submit_check_in(rep, check_in_task, f"{name} 的陈列", []))
    db.session.commit()
    return SimpleNamespace(quiz=made_quiz, questions=questions, check_in_task=check_in_task,
                           **data)


@pytest.mark.parametrize("viewer", sorted(VIEWERS))
def test_each_viewer_reads_exactly_the_attempts_in_scope(app, org, world, viewer):
    client = signed_in(app, org, viewer)
    for name in REPS:
        # when the viewer opens each rep's attempt
        response = client.get(f"/api/v1/training/attempts/{getattr(world, name).attempt.id}")

        # then only those of their own (a rep) or of their subtree (a boss; HQ all) open
        expected = 200 if name in VIEWERS[viewer] else 404
        assert response.status_code == expected, (name, response.json)
        if expected == 404:
            assert response.json["error"]["code"] == "not_found"


def test_only_the_rep_hands_in_their_attempt(app, org, world):
    answers = {"answers": [{"question_id": world.questions[0].id, "chosen": [0]}]}
    for name in REPS:
        url = f"/api/v1/training/attempts/{getattr(world, name).attempt.id}/submit"
        # given anyone else, a boss or HQ who may read it included: 404
        for other in (*REPS, *BOSSES, "admin"):
            if other != name:
                refused = signed_in(app, org, other).post(url, json=answers)
                assert refused.status_code == 404, (name, other, refused.json)
        # and the rep themselves hands it in
        handed = signed_in(app, org, name).post(url, json=answers)
        assert handed.status_code == 200, (name, handed.json)
        assert handed.json["state"] == "submitted"


def test_a_boss_sees_only_their_subtrees_attempts_and_check_ins(app, org, world):
    mine = world.rep_a1
    boss_a, boss_b = signed_in(app, org, "boss_a"), signed_in(app, org, "boss_b")

    assert boss_b.get(f"/api/v1/training/attempts/{mine.attempt.id}").status_code == 404
    assert boss_a.get(f"/api/v1/training/attempts/{mine.attempt.id}").status_code == 200
    review = f"/api/v1/training/check-ins/{mine.check_in.id}/review"
    refused = boss_b.post(review, json={"approve": True})
    assert (refused.status_code, refused.json["error"]["code"]) == (404, "not_found")
    assert boss_a.post(review, json={"approve": True}).status_code == 200


@pytest.mark.parametrize("viewer", sorted(VIEWERS))
def test_each_viewer_lists_exactly_the_check_ins_in_scope(app, org, world, viewer):
    client = signed_in(app, org, viewer)
    visible = {getattr(world, name).check_in.id for name in VIEWERS[viewer]}

    listed = client.get("/api/v1/training/check-ins?per_page=100").json
    waiting = client.get("/api/v1/training/check-ins?state=submitted&per_page=100").json

    assert {c["id"] for c in listed["items"]} == visible
    assert listed["total"] == len(visible)
    assert {c["id"] for c in waiting["items"]} == visible


@pytest.mark.parametrize("viewer", REPS)
def test_a_rep_reviews_no_check_in_not_even_their_own(app, org, world, viewer):
    client = signed_in(app, org, viewer)
    for name in REPS:
        response = client.post(
            f"/api/v1/training/check-ins/{getattr(world, name).check_in.id}/review",
            json={"approve": True})
        assert response.status_code == 403, (name, response.json)
        assert response.json["error"]["code"] == "forbidden"
    assert db.session.scalar(select(func.count()).select_from(CheckIn).where(
        CheckIn.state == "submitted")) == len(REPS)


@pytest.mark.parametrize("viewer", BOSS_VIEWERS)
def test_a_boss_reviews_only_their_subtrees_check_ins(app, org, world, viewer):
    client = signed_in(app, org, viewer)
    for name in REPS:
        check_in = getattr(world, name).check_in

        response = client.post(f"/api/v1/training/check-ins/{check_in.id}/review",
                               json={"approve": False, "comment": "照片不清楚"})

        expected = 200 if name in VIEWERS[viewer] else 404
        assert response.status_code == expected, (name, response.json)
        state = db.session.get(CheckIn, check_in.id).state
        assert state == ("returned" if expected == 200 else "submitted"), name


@pytest.fixture
def southern(org):
    """Boss B's course, quiz and check-in, for branch B only, and HQ's draft for everyone."""
    made = SimpleNamespace(
        course=task(org.boss_b, "course", pages=[page("陈列要点", 0)]),
        quiz=quiz(org.boss_b, [question(org.admin, bank(org.admin))]),
        checkin=task(org.boss_b, "checkin"),
        draft=task(org.admin, "checkin", publish=False, title="还没发布"))
    return made


def doing_urls(made) -> dict[str, tuple[str, str]]:
    """Every request of doing a task, against the task of each kind it is for."""
    mine = "/api/v1/training/my-tasks"
    first = made.course.pages[0].id
    return {
        "course detail": ("GET", f"{mine}/{made.course.id}"),
        "quiz detail": ("GET", f"{mine}/{made.quiz.id}"),
        "check-in detail": ("GET", f"{mine}/{made.checkin.id}"),
        "page open": ("POST", f"{mine}/{made.course.id}/pages/{first}/open"),
        "page read": ("POST", f"{mine}/{made.course.id}/pages/{first}/read"),
        "attempt": ("POST", f"{mine}/{made.quiz.id}/attempts"),
        "check-in": ("POST", f"{mine}/{made.checkin.id}/check-ins"),
    }


@pytest.mark.parametrize("viewer", ["rep_a1", "rep_a1b", "rep_a2", "boss_a"])
def test_a_task_not_assigned_to_someone_is_nowhere_for_them(app, org, southern, viewer):
    client = signed_in(app, org, viewer)
    body = {"text": "陈列好了"}

    answered = {name: client.open(url, method=method, json=body)
                for name, (method, url) in doing_urls(southern).items()}
    draft = client.get(f"/api/v1/training/my-tasks/{southern.draft.id}")
    listed = client.get("/api/v1/training/my-tasks?per_page=100").json

    assert {name: r.status_code for name, r in answered.items()} == dict.fromkeys(answered, 404)
    assert all(r.json["error"]["code"] == "not_found" for r in answered.values())
    assert draft.status_code == 404
    assert listed["items"] == [] and listed["total"] == 0


def test_the_same_requests_succeed_for_the_rep_they_are_for(app, org, southern):
    client = signed_in(app, org, "rep_b1")
    expected = {"course detail": 200, "quiz detail": 200, "check-in detail": 200,
                "page open": 200, "page read": 200, "attempt": 201, "check-in": 201}

    answered = {name: client.open(url, method=method, json={"text": "陈列好了"})
                for name, (method, url) in doing_urls(southern).items()}

    assert {name: r.status_code for name, r in answered.items()} == expected
    assert {t["id"] for t in client.get("/api/v1/training/my-tasks").json["items"]} == {
        southern.course.id, southern.quiz.id, southern.checkin.id}


def test_a_task_of_another_kind_has_no_pages_attempts_nor_check_ins(app, org, southern):
    client = signed_in(app, org, "rep_b1")
    mine = "/api/v1/training/my-tasks"
    page_id = southern.course.pages[0].id

    answered = [client.post(f"{mine}/{southern.quiz.id}/pages/{page_id}/open", json={}),
                client.post(f"{mine}/{southern.checkin.id}/attempts", json={}),
                client.post(f"{mine}/{southern.course.id}/check-ins", json={"text": "好了"}),
                client.post(f"{mine}/{southern.course.id}/pages/999999/open", json={})]

    assert [r.status_code for r in answered] == [404] * 4


# --- authoring within a subtree ---------------------------------------------------------------

@pytest.fixture
def authored(org):
    """A draft and a published task of each of boss B, boss A1, boss A and HQ."""
    made = {}
    for author in ("boss_b", "boss_a1", "boss_a", "admin"):
        user = getattr(org, author)
        made[author] = SimpleNamespace(
            draft=task(user, "checkin", publish=False, title=f"{author} 草稿"),
            published=task(user, "checkin", title=f"{author} 已发布"))
    return SimpleNamespace(**made)


# (viewer, author) -> what the viewer may do with the author's draft and published task:
# "edit" (read, report, change, publish), "read" (published only: read and report, a change
# is 403), or "none" (404 for everything)
AUTHORING = {
    ("boss_a", "boss_a"): ("edit", "edit"),
    ("boss_a", "boss_a1"): ("edit", "edit"),
    ("boss_a", "boss_b"): ("none", "none"),
    ("boss_a", "admin"): ("none", "read"),
    ("boss_a1", "boss_a1"): ("edit", "edit"),
    ("boss_a1", "boss_a"): ("none", "read"),
    ("boss_a1", "boss_b"): ("none", "none"),
    ("boss_a1", "admin"): ("none", "read"),
    ("boss_b", "boss_b"): ("edit", "edit"),
    ("boss_b", "boss_a"): ("none", "none"),
    ("boss_b", "boss_a1"): ("none", "none"),
    ("boss_b", "admin"): ("none", "read"),
    ("admin", "admin"): ("edit", "edit"),
    ("admin", "boss_a"): ("edit", "edit"),
    ("admin", "boss_a1"): ("edit", "edit"),
    ("admin", "boss_b"): ("edit", "edit"),
}


@pytest.mark.parametrize(("viewer", "author"), sorted(AUTHORING),
                         ids=[f"{v} on {a}" for v, a in sorted(AUTHORING)])
def test_a_boss_follows_and_edits_only_what_their_subtree_made(app, org, authored, viewer,
                                                               author):
    client = signed_in(app, org, viewer)
    draft_rights, published_rights = AUTHORING[(viewer, author)]
    made = getattr(authored, author)
    for rights, made_task in ((draft_rights, made.draft), (published_rights, made.published)):
        url, was_draft = f"/api/v1/training/tasks/{made_task.id}", made_task.state == "draft"

        detail, report = client.get(url), client.get(f"{url}/report")
        edit = client.patch(url, json={"summary": "改一改"})
        publish = client.post(f"{url}/publish", json={})

        seen = 404 if rights == "none" else 200
        assert (detail.status_code, report.status_code) == (seen, seen), (rights, made_task.title)
        if rights == "none":
            assert (edit.status_code, publish.status_code) == (404, 404), made_task.title
        elif rights == "read":
            assert (edit.status_code, publish.status_code) == (403, 403), made_task.title
            assert edit.json["error"]["code"] == "forbidden"
            assert publish.json["error"]["code"] == "forbidden"
        else:
            assert edit.status_code == 200, (made_task.title, edit.json)
            # a draft is published now; a published task is 409 (already)
            assert publish.status_code == (200 if was_draft else 409), made_task.title
    summary = db.session.get(TrainingTask, made.published.id).summary
    assert (summary == "改一改") == (published_rights == "edit")


@pytest.mark.parametrize("viewer", BOSS_VIEWERS)
def test_the_task_list_holds_what_the_viewer_may_follow(app, org, authored, viewer):
    client = signed_in(app, org, viewer)
    expected = {getattr(authored, author).draft.id
                for (who, author), (draft, _) in AUTHORING.items()
                if who == viewer and draft != "none"}
    expected |= {getattr(authored, author).published.id
                 for (who, author), (_, published) in AUTHORING.items()
                 if who == viewer and published != "none"}

    listed = client.get("/api/v1/training/tasks?per_page=100").json

    assert {t["id"] for t in listed["items"]} == expected
    assert listed["total"] == len(expected)


@pytest.mark.parametrize("viewer", BOSS_VIEWERS)
def test_a_report_counts_only_the_people_of_the_viewers_subtree(app, org, world, viewer):
    client = signed_in(app, org, viewer)

    report = client.get(f"/api/v1/training/tasks/{world.check_in_task.id}/report").json

    assert {rep["user_id"] for rep in report["reps"]} == {
        getattr(org, name).id for name in VIEWERS[viewer]}
    assert report["assigned"] == len(VIEWERS[viewer])
    assert report["check_ins_waiting"] == len(VIEWERS[viewer])


PEOPLE = {
    "boss_a": {"rep_a1", "rep_a1b", "rep_a2", "boss_a", "boss_a1"},
    "boss_a1": {"rep_a1", "rep_a1b", "boss_a1"},
    "boss_b": {"rep_b1", "boss_b"},
    "admin": {*REPS, *BOSSES},
}


@pytest.mark.parametrize("viewer", BOSS_VIEWERS)
def test_a_persons_tasks_are_read_within_the_viewers_subtree(app, org, world, viewer):
    client = signed_in(app, org, viewer)
    for name in (*REPS, *BOSSES, "admin"):
        person = getattr(org, name)

        response = client.get(f"/api/v1/training/people/{person.id}/tasks")

        expected = 200 if name in PEOPLE[viewer] else 404
        assert response.status_code == expected, (name, response.json)
        if expected == 200:
            assert response.json["user_id"] == person.id


UNITS = ("hq", "branch_a", "branch_b", "team_a1", "team_a2", "team_b1")
UNITS_SEEN = {
    "rep_a1": {"team_a1"},
    "rep_b1": {"team_b1"},
    "boss_a": {"branch_a", "team_a1", "team_a2"},
    "boss_a1": {"team_a1"},
    "boss_b": {"branch_b", "team_b1"},
    "admin": set(UNITS),
}


@pytest.mark.parametrize("viewer", sorted(UNITS_SEEN))
def test_the_leaderboard_of_a_unit_outside_the_viewers_reach_is_404(app, org, viewer):
    client = signed_in(app, org, viewer)
    for name in UNITS:
        unit = getattr(org, name)

        response = client.get(f"/api/v1/training/leaderboard?unit_id={unit.id}")

        expected = 200 if name in UNITS_SEEN[viewer] else 404
        assert response.status_code == expected, (name, response.json)
        if expected == 200:
            assert response.json["org_unit_id"] == unit.id
    assert client.get("/api/v1/training/leaderboard").status_code == 200


def draft_body(**values) -> dict:
    return {"kind": "checkin", "title": "门店打卡",
            "due_at": (utcnow() + timedelta(days=3)).isoformat(), **values}


@pytest.mark.parametrize(("viewer", "units", "reps"), [
    ("boss_a", ("branch_b",), ()),
    ("boss_a", ("team_b1",), ()),
    ("boss_a", ("hq",), ()),
    ("boss_a", ("team_a1", "team_b1"), ()),
    ("boss_a1", ("team_a2",), ()),
    ("boss_a1", ("branch_a",), ()),
    ("boss_a", (), ("rep_b1",)),
    ("boss_a1", (), ("rep_a2",)),
    ("boss_b", (), ("rep_a1", "rep_b1")),
    ("boss_b", (), ("boss_b",)),  # a boss is no rep to list
])
def test_a_bosss_audience_outside_their_subtree_is_422(app, org, db, viewer, units, reps):
    client = signed_in(app, org, viewer)
    body = draft_body(org_unit_ids=[getattr(org, name).id for name in units],
                      rep_ids=[getattr(org, name).id for name in reps])
    field = "org_unit_ids" if units else "rep_ids"

    created = client.post("/api/v1/training/tasks", json=body)

    assert created.status_code == 422, created.json
    assert field in created.json["error"]["fields"], created.json
    assert db.session.scalar(select(func.count()).select_from(TrainingTask)) == 0


def test_a_bosss_audience_within_their_subtree_is_taken_and_so_is_any_of_hqs(app, org, db,
                                                                             as_boss, as_hq):
    mine = as_boss.post("/api/v1/training/tasks", json=draft_body(
        org_unit_ids=[org.team_a2.id], rep_ids=[org.rep_a1.id]))
    hqs = as_hq.post("/api/v1/training/tasks", json=draft_body(
        org_unit_ids=[org.branch_b.id], rep_ids=[org.rep_a1.id]))

    assert mine.status_code == 201, mine.json
    assert (mine.json["org_unit_ids"], mine.json["rep_ids"]) == ([org.team_a2.id],
                                                                 [org.rep_a1.id])
    assert hqs.status_code == 201, hqs.json


def test_an_edit_taking_the_audience_outside_the_subtree_is_422(app, org, db, as_boss):
    made = task(org.boss_a, "checkin", publish=False)
    url = f"/api/v1/training/tasks/{made.id}"

    units = as_boss.patch(url, json={"org_unit_ids": [org.team_b1.id]})
    reps = as_boss.patch(url, json={"rep_ids": [org.rep_b1.id]})

    assert units.status_code == 422 and "org_unit_ids" in units.json["error"]["fields"]
    assert reps.status_code == 422 and "rep_ids" in reps.json["error"]["fields"]
    assert as_boss.get(url).json["org_unit_ids"] == []


def test_a_required_task_outside_the_bosss_reach_is_422(app, org, db, as_boss):
    southern_task = task(org.boss_b, "checkin")

    response = as_boss.post("/api/v1/training/tasks", json=draft_body(
        requires_task_id=southern_task.id))

    assert response.status_code == 422
    assert "requires_task_id" in response.json["error"]["fields"]


def test_a_course_unlocks_only_a_material_within_the_bosss_reach(app, org, db, as_boss):
    southern_material = material(org.admin, "news", title="华南专享",
                                 audience_unit_ids=[org.branch_b.id])
    eastern_material = material(org.admin, "news", title="华东专享",
                                audience_unit_ids=[org.branch_a.id])

    refused = as_boss.post("/api/v1/training/tasks", json=draft_body(
        kind="course", unlocks_material_id=southern_material.id))
    taken = as_boss.post("/api/v1/training/tasks", json=draft_body(
        kind="course", unlocks_material_id=eastern_material.id))

    assert refused.status_code == 422, refused.json
    assert "unlocks_material_id" in refused.json["error"]["fields"]
    assert taken.status_code == 201, taken.json
    assert taken.json["unlocks_material_id"] == eastern_material.id


# (editor, target) -> whom the edit names: within the editor's reach, outside boss A1's team
OUTSIDE_THE_TEAM = {
    ("boss_a", "units"): {"org_unit_ids": ["team_a2"]},
    ("boss_a", "reps"): {"rep_ids": ["rep_a2"]},
    ("admin", "units"): {"org_unit_ids": ["team_b1"]},
    ("admin", "reps"): {"rep_ids": ["rep_b1"]},
}


@pytest.mark.parametrize(("editor", "target"), sorted(OUTSIDE_THE_TEAM),
                         ids=[f"{e} {t}" for e, t in sorted(OUTSIDE_THE_TEAM)])
def test_an_audience_set_on_a_team_bosss_task_reaches_who_it_names(app, org, db, editor,
                                                                   target):
    """Boss A or HQ edits boss A1's task: whom it names must be within the task's reach (its
    maker's team), or be refused; never accepted and then reaching nobody."""
    made = task(org.boss_a1, "checkin", publish=False)
    client = signed_in(app, org, editor)
    named = OUTSIDE_THE_TEAM[(editor, target)]
    (field, (name,)), = named.items()
    rep = {"team_a2": "rep_a2", "team_b1": "rep_b1"}.get(name, name)

    edited = client.patch(f"/api/v1/training/tasks/{made.id}",
                          json={field: [getattr(org, name).id]})

    if edited.status_code == 200:
        client.post(f"/api/v1/training/tasks/{made.id}/publish", json={})
        doer = signed_in(app, org, rep)
        assert doer.get(f"/api/v1/training/my-tasks/{made.id}").status_code == 200, \
            f"the task was accepted for {rep} but does not reach them"
    else:
        assert edited.status_code == 422, edited.json
        assert field in edited.json["error"]["fields"]


def test_a_boss_does_not_approve_their_own_check_in(app, org, db):
    """A check-in task for bosses: boss A1 hands one in; another boss above them (or HQ)
    reviews it, never boss A1 themselves."""
    for_bosses = task(org.admin, "checkin", roles=["boss"], points=5)
    mine = services.submit_check_in(org.boss_a1, for_bosses, "门店已陈列", [])
    db.session.commit()
    url = f"/api/v1/training/check-ins/{mine.id}/review"

    own = signed_in(app, org, "boss_a1").post(url, json={"approve": True})

    assert own.status_code in (403, 404), own.json
    assert db.session.get(CheckIn, mine.id).state == "submitted"
    assert signed_in(app, org, "boss_a").post(url, json={"approve": True}).status_code == 200
