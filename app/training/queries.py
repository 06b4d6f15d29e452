"""What the training pages read: 我的任务, a task as its doer sees it, an attempt, a task's
report for a boss or HQ, a rep's tasks, check-ins to review, and the points leaderboard.

Whom a task is for is resolved now (`TrainingTask.assignees`), so a report counts the people
of the viewer's subtree who have the task today. Points are read from the `training_points`
daily counters, keyed by the unit the rep was in when they earned them (as every figure is):
a team's leaderboard is what was earned in it.
"""

from collections import Counter, defaultdict
from datetime import timedelta

from flask import current_app
from sqlalchemy import case, func, select

from app.core.access import ROLE_BOSS, ROLE_REP, get_scoped_or_404, scoped, subtree_ids
from app.core.api import paginate
from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.errors import NotFound
from app.core.models import DailyCounter
from app.extensions import db
from app.marketing.models import Material
from app.marketing.services import audience
from app.org.models import OrgUnit, User
from app.shop import shareables
from app.training.goals import GOALS
from app.training.models import (
    AttemptAnswer,
    CheckIn,
    PageRead,
    Question,
    QuestionBank,
    QuizAttempt,
    QuizQuestion,
    TaskAudience,
    TaskProgress,
    TrainingTask,
)
from app.training.progress import target_of
from app.training.services import quiz_questions

PERIODS = ("day", "week", "month")
SCORE_BANDS = ((0, 59), (60, 69), (70, 79), (80, 89), (90, 100))
HARDEST = 5  # questions a quiz's report names


def goal_texts(tasks) -> dict[int, str]:
    """What each action task asks, in words (让 20 位客户打开龙井): one query per object type
    for all of them."""
    actions = [task for task in tasks if GOALS.get(task.goal) is not None]
    titles = shareables.titles_of([(task.goal_object_type, task.goal_object_id)
                                   for task in actions if task.goal_object_type])
    return {task.id: goal_text(task, titles.get((task.goal_object_type, task.goal_object_id)))
            for task in actions}


def goal_text(task: TrainingTask, title: str | None) -> str:
    goal = GOALS[task.goal]
    within = f"（{task.goal_within_hours} 小时内）" if task.goal_within_hours else ""
    return goal.label.format(target=task.goal_target, object=title or "我的链接",
                             within=within)


def state_of(task: TrainingTask, progress: TaskProgress | None, now) -> str:
    """done, submitted or returned (a check-in), overdue, upcoming or todo."""
    if progress is not None and progress.state != "doing":
        return progress.state
    if now >= task.due_at:
        return "overdue"
    return "upcoming" if now < task.start_at else "todo"


def _mine(task: TrainingTask, progress: TaskProgress | None, now) -> dict:
    target = target_of(task)  # one order of many units may pass it: the bar stops at full
    return {"state": state_of(task, progress, now),
            "progress": min(progress.progress, target) if progress else 0, "target": target,
            "points": progress.points if progress else 0,
            "best_score": progress.best_score if progress else None,
            "completed_at": progress.completed_at if progress else None}


def _progress_of(user_id: int, task_ids) -> dict[int, TaskProgress]:
    return {row.task_id: row for row in db.session.scalars(select(TaskProgress).where(
        TaskProgress.user_id == user_id, TaskProgress.task_id.in_(list(task_ids))))}


def _done(user_id):
    return select(TaskProgress.task_id).where(TaskProgress.user_id == user_id,
                                              TaskProgress.state == "done")


def tasks_of(user, page: dict, state: str | None = None) -> dict:
    """The tasks assigned to `user` with what they did: todo (soonest deadline first),
    overdue (latest first), done (latest first) or all."""
    now = utcnow()
    query = select(TrainingTask).where(TrainingTask.assigned_to(user))
    if state == "done":
        query = query.where(TrainingTask.id.in_(_done(user.id))).order_by(
            TrainingTask.due_at.desc())
    elif state == "overdue":
        query = query.where(TrainingTask.id.not_in(_done(user.id)),
                            TrainingTask.due_at <= now).order_by(TrainingTask.due_at.desc())
    elif state == "todo":
        query = query.where(TrainingTask.id.not_in(_done(user.id)),
                            TrainingTask.due_at > now).order_by(TrainingTask.due_at)
    else:
        query = query.order_by(TrainingTask.due_at.desc())
    found = paginate(query.order_by(TrainingTask.id), page)
    progress = _progress_of(user.id, (task.id for task in found["items"]))
    goals = goal_texts(found["items"])
    found["items"] = [{**task_summary(task, goals.get(task.id)),
                       "mine": _mine(task, progress.get(task.id), now)}
                      for task in found["items"]]
    return found


def counts_of(user) -> dict:
    """How many of the user's tasks are to do, overdue and done: the tabs' badges."""
    now = utcnow()
    done = _done(user.id)
    mine = select(func.count()).select_from(TrainingTask).where(TrainingTask.assigned_to(user))
    return {"todo": db.session.scalar(mine.where(TrainingTask.id.not_in(done),
                                                 TrainingTask.due_at > now)),
            "overdue": db.session.scalar(mine.where(TrainingTask.id.not_in(done),
                                                    TrainingTask.due_at <= now)),
            "done": db.session.scalar(mine.where(TrainingTask.id.in_(done)))}


def task_summary(task: TrainingTask, goal: str | None = None) -> dict:
    """A task's card; `goal` its goal's words when read for a list (else read here)."""
    if goal is None and task.kind == "action":
        goal = goal_texts([task]).get(task.id)
    return {"id": task.id, "kind": task.kind, "title": task.title, "summary": task.summary,
            "cover_url": task.cover_url, "state": task.state, "start_at": task.start_at,
            "due_at": task.due_at, "mandatory": task.mandatory, "points": task.points,
            # what a pass can earn at each attempt the quiz allows
            "attempt_points": task.attempt_points[:task.max_attempts]
            if task.kind == "quiz" else [],
            "goal_text": goal, "goal": task.goal, "goal_object_type": task.goal_object_type,
            "goal_object_id": task.goal_object_id, "org_unit_id": task.org_unit_id,
            "published_at": task.published_at}


def my_task(user, task: TrainingTask) -> dict:
    """The task as its doer sees it: pages and what they read, a quiz's attempts, an action
    task's count, a check-in's submissions and reviews."""
    now = utcnow()
    progress = _progress_of(user.id, [task.id]).get(task.id)
    view = {**task_summary(task), "mine": _mine(task, progress, now), "locked": False}
    if task.requires_task_id is not None:
        required = db.session.get(TrainingTask, task.requires_task_id)
        view["requires"] = {"id": required.id, "title": required.title}
        view["locked"] = required.id not in set(db.session.scalars(_done(user.id)))
    if task.unlocks_material_id is not None:
        material = db.session.get(Material, task.unlocks_material_id)
        view["unlocks"] = {"id": material.id, "title": material.title}
    if task.kind == "course":
        reads = {r.page_id: r for r in db.session.scalars(select(PageRead).where(
            PageRead.task_id == task.id, PageRead.user_id == user.id))}
        view["pages"] = [{"id": page.id, "title": page.title, "body": page.body,
                          "file_url": page.file_url, "file_type": page.file_type,
                          "min_seconds": page.min_seconds,
                          "seconds": reads[page.id].seconds if page.id in reads else 0,
                          "read": page.id in reads and reads[page.id].read_at is not None}
                         for page in task.pages]
    elif task.kind == "quiz":
        attempts = list(db.session.scalars(select(QuizAttempt).where(
            QuizAttempt.task_id == task.id, QuizAttempt.user_id == user.id)
            .order_by(QuizAttempt.number)))
        view["quiz"] = {**quiz_settings(task), "attempts": [attempt_summary(a) for a in attempts],
                        "attempts_left": max(task.max_attempts - len(attempts), 0)}
    elif task.kind == "checkin":
        view["check_ins"] = list(db.session.scalars(select(CheckIn).where(
            CheckIn.task_id == task.id, CheckIn.user_id == user.id)
            .order_by(CheckIn.id.desc())))
    return view


def quiz_settings(task: TrainingTask) -> dict:
    return {"questions": len(quiz_questions(task)), "pass_percent": task.pass_percent,
            "max_attempts": task.max_attempts, "time_limit_seconds": task.time_limit_seconds,
            "shuffle": task.shuffle, "show_answers": task.show_answers,
            "attempt_points": task.attempt_points}


def attempt_summary(attempt: QuizAttempt) -> dict:
    return {"id": attempt.id, "number": attempt.number, "state": attempt.state,
            "started_at": attempt.started_at, "deadline_at": attempt.deadline_at,
            "submitted_at": attempt.submitted_at, "score": attempt.score,
            "correct": attempt.correct, "total": attempt.total, "passed": attempt.passed,
            "points": attempt.points}


def attempt_view(viewer, attempt_id: int) -> dict:
    """An attempt's questions as dealt and, once handed in, what was chosen and whether it was
    right; the right answers when the quiz shows them (staff always see them). Another rep's
    attempt is 404; a boss sees those of their subtree's people."""
    attempt = get_scoped_or_404(QuizAttempt, attempt_id, viewer)
    task = attempt.task
    questions = {q.id: q for q in db.session.scalars(
        select(Question).where(Question.id.in_([item["id"] for item in attempt.dealt])))}
    answers = {a.question_id: a for a in db.session.scalars(
        select(AttemptAnswer).where(AttemptAnswer.attempt_id == attempt.id))}
    used = db.session.scalar(select(func.count()).select_from(QuizAttempt).where(
        QuizAttempt.task_id == task.id, QuizAttempt.user_id == attempt.user_id))
    # Staff reading someone's attempt see the answers; the taker only when the quiz shows
    # them and no attempt is left to use them in (or they passed).
    finished = attempt.passed or used >= task.max_attempts
    reveal = attempt.state != "open" and (
        (viewer.id != attempt.user_id and viewer.role != ROLE_REP)
        or (task.show_answers and finished))
    items = []
    for item in attempt.dealt:
        question, answer = questions[item["id"]], answers.get(item["id"])
        items.append({
            "id": question.id, "kind": question.kind, "stem": question.stem,
            "options": [{"key": key, "text": question.options[key]} for key in item["options"]],
            "chosen": answer.chosen if answer else [],
            "correct": answer.correct if answer else None,
            "answer": question.answer if reveal else None,
            "explanation": question.explanation if reveal else None})
    return {**attempt_summary(attempt), "task_id": task.id, "task_title": task.title,
            "pass_percent": task.pass_percent, "user_id": attempt.user_id,
            "user_name": attempt.user.name, "questions": items,
            "now": utcnow(), "grace_seconds": current_app.config["TRAINING_QUIZ_GRACE_SECONDS"]}


# --- staff --------------------------------------------------------------------------------------

def staff_tasks(actor, page: dict, kind=None, state=None, q=None) -> dict:
    query = scoped(select(TrainingTask), TrainingTask, actor)
    if kind:
        query = query.where(TrainingTask.kind == kind)
    if state:
        query = query.where(TrainingTask.state == state)
    if q:
        query = query.where(TrainingTask.title.contains(q, autoescape=True))
    found = paginate(query.order_by(TrainingTask.id.desc()), page)
    goals = goal_texts(found["items"])
    found["items"] = [{**task_summary(task, goals.get(task.id)),
                       "editable": audience.may_edit(actor, task)} for task in found["items"]]
    return found


def task_detail(actor, task_id: int) -> dict:
    """A task as its author edits it: its audience, pages, questions (with answers)."""
    task = get_scoped_or_404(TrainingTask, task_id, actor)
    rows = db.session.execute(select(TaskAudience.kind, TaskAudience.ref_id).where(
        TaskAudience.task_id == task.id).order_by(TaskAudience.ref_id)).all()
    return {**task_summary(task), "editable": audience.may_edit(actor, task),
            "org_unit_ids": [ref for kind, ref in rows if kind == "unit"],
            "rep_ids": [ref for kind, ref in rows if kind == "rep"],
            "roles": [role for role, on in (("rep", task.for_reps), ("boss", task.for_bosses))
                      if on],
            "requires_task_id": task.requires_task_id,
            "unlocks_material_id": task.unlocks_material_id,
            "goal": task.goal, "goal_target": task.goal_target,
            "goal_object_type": task.goal_object_type, "goal_object_id": task.goal_object_id,
            "goal_within_hours": task.goal_within_hours,
            "pages": task.pages, "questions": _as_taker_sees(actor, quiz_questions(task)),
            **({"quiz": quiz_settings(task)} if task.kind == "quiz" else {})}


def _as_taker_sees(viewer, questions: list[Question]) -> list:
    """Questions for a staff member, without the answers of those in a quiz they still have
    to take themselves (a boss a quiz is also for)."""
    if viewer.role != ROLE_BOSS:
        return questions
    hidden = set(db.session.scalars(
        select(QuizQuestion.question_id).join(TrainingTask, TrainingTask.id == QuizQuestion.task_id)
        .where(TrainingTask.kind == "quiz", TrainingTask.assigned_to(viewer),
               TrainingTask.id.not_in(_done(viewer.id)))))
    return [{"id": q.id, "bank_id": q.bank_id, "kind": q.kind, "stem": q.stem,
             "options": q.options, "answer": [], "explanation": "", "enabled": q.enabled}
            if q.id in hidden else q for q in questions]


def banks() -> list[dict]:
    """HQ's question banks, with how many questions each holds."""
    counts = dict(db.session.execute(select(Question.bank_id, func.count())
                                     .group_by(Question.bank_id)).all())
    return [{"id": bank.id, "name": bank.name, "questions": counts.get(bank.id, 0)}
            for bank in db.session.scalars(select(QuestionBank).order_by(QuestionBank.id))]


def bank_questions(viewer, bank: QuestionBank, page: dict, q: str | None = None) -> dict:
    query = select(Question).where(Question.bank_id == bank.id)
    if q:
        query = query.where(Question.stem.contains(q, autoescape=True))
    found = paginate(query.order_by(Question.id), page)
    found["items"] = _as_taker_sees(viewer, found["items"])
    return found


OVERDUE_NAMED = 50  # overdue people a report names (it counts them all)


def report(actor, task_id: int, page: dict, unit_id: int | None = None) -> dict:
    """Who of the viewer's subtree (or of one unit of it) has the task and what they did:
    completion in all, per unit, who is overdue, a page of the people; a quiz's score bands
    and hardest questions; a check-in's submissions waiting for review."""
    task = get_scoped_or_404(TrainingTask, task_id, actor)
    now = utcnow()
    within = actor.org_unit if actor.role == ROLE_BOSS else None
    if unit_id is not None:
        within = get_scoped_or_404(OrgUnit, unit_id, actor)
    assigned = task.assignees(within)
    ids = assigned.with_only_columns(User.id)
    people = db.session.execute(assigned.with_only_columns(
        User.id, User.name, User.org_unit_id).order_by(User.org_unit_id, User.id)).all()
    unit_names = dict(db.session.execute(select(OrgUnit.id, OrgUnit.name).where(
        OrgUnit.id.in_({org_unit_id for _, _, org_unit_id in people}))).all()) if people else {}
    progress = {row.user_id: row for row in db.session.scalars(select(TaskProgress).where(
        TaskProgress.task_id == task.id, TaskProgress.user_id.in_(ids)))}
    attempts = dict(db.session.execute(select(QuizAttempt.user_id, func.count()).where(
        QuizAttempt.task_id == task.id, QuizAttempt.user_id.in_(ids))
        .group_by(QuizAttempt.user_id)).all()) if task.kind == "quiz" else {}
    reps, units = [], defaultdict(lambda: {"assigned": 0, "done": 0})
    for person_id, name, org_unit_id in people:
        unit_name = unit_names[org_unit_id]
        mine = _mine(task, progress.get(person_id), now)
        reps.append({"user_id": person_id, "name": name, "org_unit_id": org_unit_id,
                     "org_unit_name": unit_name, "attempts": attempts.get(person_id, 0), **mine})
        unit = units[(org_unit_id, unit_name)]
        unit["assigned"] += 1
        unit["done"] += mine["state"] == "done"
    done = sum(rep["state"] == "done" for rep in reps)
    overdue = [rep for rep in reps if rep["state"] == "overdue"]
    start = (page["page"] - 1) * page["per_page"]
    result = {
        "task": {**task_summary(task), "editable": audience.may_edit(actor, task)},
        "unit": {"id": within.id, "name": within.name} if within is not None else None,
        "assigned": len(reps), "done": done,
        "rate": done * 100 // len(reps) if reps else 0,
        "overdue": overdue[:OVERDUE_NAMED], "overdue_count": len(overdue),
        "units": [{"org_unit_id": unit_id, "name": name, **counts,
                   "rate": counts["done"] * 100 // counts["assigned"]}
                  for (unit_id, name), counts in units.items()],
        "reps": reps[start:start + page["per_page"]], "page": page["page"],
        "per_page": page["per_page"], "scores": [], "hardest": [],
        "check_ins_waiting": db.session.scalar(
            scoped(select(func.count()).select_from(CheckIn), CheckIn, actor).where(
                CheckIn.task_id == task.id, CheckIn.state == "submitted",
                CheckIn.user_id.in_(ids)))}
    if task.kind == "quiz" and reps:
        result.update(_quiz_figures(task, ids, progress))
    return result


def _quiz_figures(task: TrainingTask, ids, progress: dict) -> dict:
    """Best scores in bands, and the questions most often answered wrong."""
    bands = Counter()
    for row in progress.values():
        if row.best_score is not None:
            bands[next(band for band in SCORE_BANDS if band[0] <= row.best_score <= band[1])] += 1
    wrong = db.session.execute(
        select(AttemptAnswer.question_id, func.count(),
               func.sum(case((AttemptAnswer.correct.is_(True), 1), else_=0)))
        .join(QuizAttempt, QuizAttempt.id == AttemptAnswer.attempt_id)
        .where(QuizAttempt.task_id == task.id, QuizAttempt.user_id.in_(ids))
        .group_by(AttemptAnswer.question_id)).all()
    stems = {q.id: q.stem for q in quiz_questions(task)}
    hardest = sorted(({"question_id": qid, "stem": stems.get(qid, ""), "answered": answered,
                       "correct": int(right or 0),
                       "rate": int(right or 0) * 100 // answered}
                      for qid, answered, right in wrong), key=lambda q: (q["rate"],
                                                                         q["question_id"]))
    return {"scores": [{"range": f"{low}-{high}", "count": bands[(low, high)]}
                       for low, high in SCORE_BANDS],
            "hardest": hardest[:HARDEST]}


def rep_tasks(actor, user_id: int, page: dict) -> dict:
    """Every task a rep (in the viewer's scope) has, and its state."""
    person = get_scoped_or_404(User, user_id, actor)
    if person.role not in (ROLE_REP, ROLE_BOSS):
        raise NotFound()
    return {**tasks_of(person, page), "user_id": person.id, "name": person.name}


def check_ins(actor, page: dict, state=None, task_id=None) -> dict:
    """Check-ins the viewer may see, those waiting first (oldest first: first come, first
    reviewed), then the rest latest first."""
    query = scoped(select(CheckIn), CheckIn, actor)
    if state:
        query = query.where(CheckIn.state == state)
    if task_id:
        query = query.where(CheckIn.task_id == task_id)
    order = CheckIn.id if state == "submitted" else CheckIn.id.desc()
    return paginate(query.order_by(order), page)


# --- points --------------------------------------------------------------------------------------

def period_days(period: str):
    """The company days of today, this week (from Monday) or this month, so far."""
    today = local_day(utcnow(), company_zone())
    start = {"day": today, "week": today - timedelta(days=today.weekday()),
             "month": today.replace(day=1)}[period]
    return start, today


def leaderboard(actor, period: str, unit_id: int | None = None, limit: int = 50) -> dict:
    """Points earned in a unit's subtree over the period, per person, with competition ranks
    (equal points, equal rank) and the top three marked; a rep sees their own team's."""
    if unit_id is None or actor.role == ROLE_REP and unit_id == actor.org_unit_id:
        unit = actor.org_unit
    else:
        unit = get_scoped_or_404(OrgUnit, unit_id, actor)
    start, end = period_days(period)
    points = func.sum(DailyCounter.value).label("points")
    rows = db.session.execute(
        select(DailyCounter.rep_id, points)
        .where(DailyCounter.metric == "training_points", DailyCounter.day >= start,
               DailyCounter.day <= end, DailyCounter.org_unit_id.in_(subtree_ids(unit)))
        .group_by(DailyCounter.rep_id).having(points > 0)
        .order_by(points.desc(), DailyCounter.rep_id)).all()
    ranked, rank, previous = [], 0, None
    for index, (rep_id, value) in enumerate(rows):
        if value != previous:
            rank, previous = index + 1, value
        ranked.append({"rank": rank, "user_id": rep_id, "points": int(value), "top": rank <= 3})
    me = next((row for row in ranked if row["user_id"] == actor.id), None)
    shown = ranked[:limit] + ([me] if me is not None and me["rank"] > limit else [])
    people = {user.id: user for user in db.session.scalars(
        select(User).where(User.id.in_([row["user_id"] for row in shown])))} if shown else {}
    for row in shown:  # names for the rows shown only
        row.update(name=people[row["user_id"]].name,
                   org_unit_name=people[row["user_id"]].org_unit.name)
    return {"org_unit_id": unit.id, "org_unit_name": unit.name, "period": period,
            "start": start, "end": end, "items": ranked[:limit], "ranked": len(ranked),
            "me": me}


def my_points(user, period: str) -> dict:
    """The user's points of all time, and this period's with their rank in their team."""
    total = db.session.scalar(select(func.coalesce(func.sum(TaskProgress.points), 0)).where(
        TaskProgress.user_id == user.id))
    board = leaderboard(user, period, user.org_unit_id)
    return {"total": int(total), "period": period, "org_unit_name": board["org_unit_name"],
            "points": board["me"]["points"] if board["me"] else 0,
            "rank": board["me"]["rank"] if board["me"] else None, "ranked": board["ranked"]}

