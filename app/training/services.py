"""Training tasks: authoring (HQ, or a boss for their subtree) and doing them (the assignee).

Every rule a client could dodge is the server's: a page counts as read only after its minimum
time has passed between its open and the reader's 已读 (the clock is the server's, and opening
a page closes every other open page of the course, so pages cannot be timed side by side); a
quiz is scored here, its time limit held against the attempt's start, and its attempts
counted with the person's progress row locked (as are their page opens); a check-in is
approved or returned by a boss above the person or HQ. Completion goes through
`progress.complete()`, once.
"""

import random
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, exists, select, update

from app.core.access import (
    ROLE_BOSS,
    ROLE_HQ,
    ROLE_REP,
    get_scoped_or_404,
    require_role,
    scoped,
    subtree_ids,
)
from app.core.db import check_name_free, lock_for_update, upsert, utcnow
from app.core.errors import Conflict, Forbidden, NotFound, ValidationError
from app.core.notifications import notify
from app.extensions import db
from app.marketing.models import Material
from app.marketing.services import audience
from app.marketing.services.materials import stored_file
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
    TrainingPage,
    TrainingTask,
)
from app.training.progress import complete, ensure_progress, lock_progress, progress_by

STAFF = (ROLE_BOSS, ROLE_HQ)
# What a published task keeps as it was: changing it would change what people already did.
FROZEN = {"kind", "start_at", "points", "requires_task_id", "pass_percent", "max_attempts",
          "time_limit_seconds", "shuffle", "attempt_points", "goal", "goal_target",
          "goal_object_type", "goal_object_id", "goal_within_hours", "pages", "question_ids"}
COLUMNS = {"title", "summary", "cover_url", "start_at", "due_at", "mandatory", "points",
           "requires_task_id", "unlocks_material_id", "pass_percent", "max_attempts",
           "time_limit_seconds", "shuffle", "show_answers", "attempt_points", "goal",
           "goal_target", "goal_object_type", "goal_object_id", "goal_within_hours"}
KIND_LABELS = {"course": "课程", "quiz": "测验", "action": "行动任务", "checkin": "打卡"}


# --- authoring ---------------------------------------------------------------------------------

def create_task(actor, data: dict) -> TrainingTask:
    """A draft task of HQ's, or of the boss's unit (it reaches their subtree only)."""
    require_role(actor, STAFF)
    task = TrainingTask(kind=data["kind"], created_by_id=actor.id,
                        org_unit_id=actor.org_unit_id if actor.role == ROLE_BOSS else None,
                        start_at=utcnow(), mandatory=True, points=0, for_reps=True,
                        for_bosses=False, pass_percent=80, max_attempts=1, shuffle=False,
                        show_answers=True,
                        attempt_points=list(current_app.config["TRAINING_QUIZ_POINTS"]))
    db.session.add(task)
    _write(actor, task, data)
    return task


def update_task(actor, task_id: int, changes: dict) -> TrainingTask:
    """Edit a task the actor may change; once published, what people already did with it
    stays as it was (409 naming the fields)."""
    task = _locked_editable(actor, task_id)
    if task.state == "published":
        frozen = sorted(FROZEN & set(changes))
        if frozen:
            raise Conflict("任务已发布，这些内容不能再改", code="task_published",
                           fields={name: ["已发布的任务不能修改"] for name in frozen})
    _write(actor, task, {"kind": task.kind, **changes})
    return task


def _locked_editable(actor, task_id: int) -> TrainingTask:
    """The task the actor may change, its row locked first: an edit and a publish (or two
    edits of its audience) take turns, and each reads the state the other left."""
    lock_for_update(db.session, TrainingTask, task_id)  # a missing id locks nothing: 404 next
    return audience.editable(TrainingTask, actor, task_id)


def _write(actor, task: TrainingTask, data: dict) -> None:
    for name in COLUMNS & set(data):
        if name != "start_at" or data[name] is not None:  # none: as it was (a new one: now)
            setattr(task, name, data[name])
    if "roles" in data:
        task.for_reps, task.for_bosses = "rep" in data["roles"], "boss" in data["roles"]
    with db.session.no_autoflush:  # a missing reference is a field error, not the database's
        _check(actor, task)
    db.session.flush()
    if "org_unit_ids" in data or "rep_ids" in data:
        _set_audience(actor, task, data.get("org_unit_ids"), data.get("rep_ids"))
    if "pages" in data:
        _set_pages(task, data["pages"])
    if "question_ids" in data:
        _set_questions(task, data["question_ids"])
    db.session.flush()


def _check(actor, task: TrainingTask) -> None:
    errors = {}
    if task.due_at is not None and task.start_at is not None and task.due_at <= task.start_at:
        errors["due_at"] = ["截止时间应晚于开始时间"]
    if not (task.for_reps or task.for_bosses):
        errors["roles"] = ["至少选择一个角色"]
    if task.requires_task_id is not None:
        required = db.session.scalar(scoped(select(TrainingTask.id), TrainingTask, actor)
                                     .where(TrainingTask.id == task.requires_task_id))
        if required is None:
            errors["requires_task_id"] = ["前置任务不存在"]
        elif task.id is not None and task.id in _required_chain(task.requires_task_id):
            errors["requires_task_id"] = ["前置任务不能要求先完成本任务"]
    if task.unlocks_material_id is not None:
        if task.kind != "course":
            errors["unlocks_material_id"] = ["只有课程可以解锁素材"]
        elif db.session.scalar(scoped(select(Material.id), Material, actor).where(
                Material.id == task.unlocks_material_id)) is None:
            errors["unlocks_material_id"] = ["素材不存在"]
    if task.kind == "action":
        errors.update(_goal_errors(task))
    elif any(getattr(task, name) is not None for name in (
            "goal", "goal_target", "goal_object_type", "goal_object_id", "goal_within_hours")):
        errors["goal"] = ["只有行动任务有目标"]
    if errors:
        raise ValidationError(fields=errors)


def _required_chain(task_id: int) -> set[int]:
    """The task and every task it requires, and they require, in turn."""
    chain = set()
    while task_id is not None and task_id not in chain:
        chain.add(task_id)
        task_id = db.session.scalar(select(TrainingTask.requires_task_id)
                                    .where(TrainingTask.id == task_id))
    return chain


def _goal_errors(task: TrainingTask) -> dict:
    goal = GOALS.get(task.goal)
    if goal is None:
        return {"goal": ["请选择目标"]}
    errors = {}
    if not task.goal_target:
        errors["goal_target"] = ["请填写目标数量"]
    if task.goal_object_type is None and task.goal_object_id is None:
        if goal.object_required:
            errors["goal_object_id"] = ["请选择商品"]
    elif task.goal_object_type not in goal.object_types:
        errors["goal_object_type"] = ["这个目标不针对具体内容" if not goal.object_types
                                      else "不支持的内容类型"]
    elif shareables.title_of(task.goal_object_type, task.goal_object_id) is None:
        errors["goal_object_id"] = ["内容不存在"]
    if task.goal_within_hours is not None and not goal.within_hours:
        errors["goal_within_hours"] = ["这个目标没有时限"]
    return errors


def _set_audience(actor, task: TrainingTask, unit_ids, rep_ids) -> None:
    """Replace the units and listed reps the task is for; those of a boss's task must be of
    its unit's subtree, whoever edits it (422 otherwise: outside it is as good as missing)."""
    within = db.session.get(OrgUnit, task.org_unit_id) if task.org_unit_id else None
    kept = {kind: list(db.session.scalars(TrainingTask.audience(kind, task.id)))
            for kind in ("unit", "rep")}
    unit_ids = sorted(set(kept["unit"] if unit_ids is None else unit_ids))
    rep_ids = sorted(set(kept["rep"] if rep_ids is None else rep_ids))
    errors = {}
    missing = audience.unknown_units(unit_ids, within)
    if missing:
        errors["org_unit_ids"] = [audience.missing_units_message(missing)]
    named = scoped(select(User.id), User, actor).where(User.id.in_(rep_ids),
                                                       User.role == ROLE_REP)
    if within is not None:
        named = named.where(User.org_unit_id.in_(subtree_ids(within)))
    reps = set(db.session.scalars(named)) if rep_ids else set()
    if set(rep_ids) - reps:
        errors["rep_ids"] = [f"员工不存在：{', '.join(map(str, sorted(set(rep_ids) - reps)))}"]
    if errors:
        raise ValidationError(fields=errors)
    db.session.execute(delete(TaskAudience).where(TaskAudience.task_id == task.id))
    db.session.add_all([TaskAudience(task_id=task.id, kind="unit", ref_id=unit_id)
                        for unit_id in unit_ids]
                       + [TaskAudience(task_id=task.id, kind="rep", ref_id=rep_id)
                          for rep_id in rep_ids])


def _set_pages(task: TrainingTask, pages: list[dict]) -> None:
    if task.kind != "course":
        raise ValidationError(fields={"pages": ["只有课程有页面"]})
    errors = {}
    for index, page in enumerate(pages):
        url = page.get("file_url")
        if url and stored_file(url) is None:
            errors[index] = {"file_url": ["文件不存在，请重新上传"]}
    if errors:
        raise ValidationError(fields={"pages": errors})
    task.pages = [TrainingPage(position=index, title=page["title"], body=page["body"],
                               file_url=page.get("file_url"),
                               file_type=stored_file(page["file_url"])[0]
                               if page.get("file_url") else None,
                               min_seconds=page["min_seconds"])
                  for index, page in enumerate(pages)]


def _set_questions(task: TrainingTask, question_ids: list[int]) -> None:
    if task.kind != "quiz":
        raise ValidationError(fields={"question_ids": ["只有测验有题目"]})
    found = set(db.session.scalars(select(Question.id).where(
        Question.id.in_(question_ids), Question.enabled.is_(True))))
    missing = [str(qid) for qid in question_ids if qid not in found]
    if missing:
        raise ValidationError(fields={"question_ids": [f"题目不存在：{', '.join(missing)}"]})
    if len(set(question_ids)) != len(question_ids):
        raise ValidationError(fields={"question_ids": ["题目重复"]})
    db.session.execute(delete(QuizQuestion).where(QuizQuestion.task_id == task.id))
    db.session.add_all(QuizQuestion(task_id=task.id, question_id=qid, position=index)
                       for index, qid in enumerate(question_ids))


def quiz_questions(task: TrainingTask) -> list[Question]:
    return list(db.session.scalars(select(Question).join(QuizQuestion).where(
        QuizQuestion.task_id == task.id).order_by(QuizQuestion.position)))


def publish(actor, task_id: int) -> TrainingTask:
    """Publish a draft that holds together for its kind; its people are told by the
    reminders job (and whoever joins its teams later, too)."""
    task = _locked_editable(actor, task_id)
    if task.state == "published":
        raise Conflict("任务已发布", code="task_published")
    errors = {}
    if task.due_at is None:
        errors["due_at"] = ["请填写截止时间"]
    if task.kind == "course" and not task.pages:
        errors["pages"] = ["课程至少要有一页"]
    if task.kind == "quiz" and not quiz_questions(task):
        errors["question_ids"] = ["测验至少要有一道题"]
    if errors:
        raise ValidationError("任务还不能发布", fields=errors)
    db.session.execute(update(TrainingTask).where(TrainingTask.id == task.id,
                                                  TrainingTask.state == "draft")
                       .values(state="published", published_at=utcnow())
                       .execution_options(synchronize_session=False))
    db.session.refresh(task)
    return task


# --- question banks (HQ) -------------------------------------------------------------------------

def create_bank(actor, name: str) -> QuestionBank:
    require_role(actor, [ROLE_HQ])
    check_name_free(QuestionBank, name)
    bank = QuestionBank(name=name, created_by_id=actor.id)
    db.session.add(bank)
    db.session.flush()
    return bank


def check_question(values: dict) -> dict:
    """Field errors of a question: its answer must name its options, one for single choice."""
    options, answer = values.get("options", []), values.get("answer", [])
    if any(index >= len(options) for index in answer):
        return {"answer": ["答案应为选项之一"]}
    if len(set(answer)) != len(answer):
        return {"answer": ["答案重复"]}
    if values.get("kind") == "single" and len(answer) != 1:
        return {"answer": ["单选题只有一个答案"]}
    if values.get("kind") == "multiple" and len(answer) < 1:
        return {"answer": ["至少一个答案"]}
    return {}


def add_question(actor, bank: QuestionBank, values: dict) -> Question:
    require_role(actor, [ROLE_HQ])
    errors = check_question(values)
    if errors:
        raise ValidationError(fields=errors)
    question = Question(bank_id=bank.id, **values)
    db.session.add(question)
    db.session.flush()
    return question


# What an attempt dealt and scores by: a question a published quiz uses keeps them.
SCORED = {"kind", "options", "answer"}


def update_question(actor, question: Question, changes: dict) -> Question:
    """Edit a question; once a published quiz uses it, its wording and switch only (409
    naming the fields): attempts keep the options they dealt by index."""
    require_role(actor, [ROLE_HQ])
    scored = sorted(name for name in SCORED & set(changes)
                    if changes[name] != getattr(question, name))
    if scored and db.session.scalar(select(exists().where(
            QuizQuestion.question_id == question.id, QuizQuestion.task_id == TrainingTask.id,
            TrainingTask.state == "published"))):
        raise Conflict("已发布的测验在用这道题，选项和答案不能再改", code="question_in_use",
                       fields={name: ["已发布的测验在用这道题"] for name in scored})
    merged = {"kind": question.kind, "options": question.options, "answer": question.answer,
              **changes}
    errors = check_question(merged)
    if errors:
        raise ValidationError(fields=errors)
    for name, value in changes.items():
        setattr(question, name, value)
    db.session.flush()
    return question


# --- doing a task --------------------------------------------------------------------------------

def assigned_task(user, task_id: int) -> TrainingTask:
    """A published task that is the user's to do, or 404."""
    task = db.session.scalar(select(TrainingTask).where(TrainingTask.id == task_id,
                                                        TrainingTask.assigned_to(user)))
    if task is None:
        raise NotFound()
    return task


def check_open(user, task: TrainingTask) -> None:
    """Raise 409 unless the task has started and what it requires is done."""
    if task.start_at > utcnow():
        raise Conflict("任务还没开始", code="task_not_started")
    if task.requires_task_id is not None and not db.session.scalar(select(exists().where(
            TaskProgress.task_id == task.requires_task_id, TaskProgress.user_id == user.id,
            TaskProgress.state == "done"))):
        raise Conflict("请先完成前置任务", code="task_locked")


def _page(task: TrainingTask, page_id: int) -> TrainingPage:
    for page in task.pages:
        if page.id == page_id:
            return page
    raise NotFound()


def open_page(user, task: TrainingTask, page_id: int) -> PageRead:
    """The reader opens a page of a course: its clock starts now, and every other page of the
    course they had open stops counting."""
    if task.kind != "course":
        raise NotFound()
    check_open(user, task)
    page = _page(task, page_id)
    lock_progress(task, user)
    now = utcnow()
    db.session.execute(update(PageRead).where(PageRead.task_id == task.id,
                                              PageRead.user_id == user.id,
                                              PageRead.page_id != page.id)
                       .values(opened_at=None).execution_options(synchronize_session=False))
    upsert(db.session, PageRead, [{"page_id": page.id, "user_id": user.id, "task_id": task.id,
                                   "opened_at": now, "seconds": 0}],
           keys=["page_id", "user_id"], set_={"opened_at": now})
    return db.session.get(PageRead, (page.id, user.id), populate_existing=True)


def read_page(user, task: TrainingTask, page_id: int) -> PageRead:
    """The reader says they have read the page (已读): counted only when at least its minimum
    time has passed since they opened it (409 `read_too_fast` with the seconds left)."""
    if task.kind != "course":
        raise NotFound()
    check_open(user, task)
    page = _page(task, page_id)
    lock_progress(task, user)
    read = db.session.get(PageRead, (page.id, user.id), populate_existing=True)
    if read is None or read.opened_at is None:
        raise Conflict("请先打开这一页", code="page_not_open")
    now = utcnow()
    spent = min(int((now - read.opened_at).total_seconds()),
                current_app.config["TRAINING_PAGE_MAX_SECONDS"])
    if read.read_at is None and read.seconds + spent < page.min_seconds:
        left = page.min_seconds - read.seconds - spent
        raise Conflict(f"这一页至少要读 {page.min_seconds} 秒，还差 {left} 秒",
                       code="read_too_fast", fields={"seconds_left": [str(left)]})
    # The conditional UPDATE on the open it counts is what keeps two 已读 from counting twice.
    counted = db.session.execute(
        update(PageRead).where(PageRead.page_id == page.id, PageRead.user_id == user.id,
                               PageRead.opened_at == read.opened_at)
        .values(seconds=PageRead.seconds + spent, opened_at=None)
        .execution_options(synchronize_session=False)).rowcount
    first = counted and db.session.execute(
        update(PageRead).where(PageRead.page_id == page.id, PageRead.user_id == user.id,
                               PageRead.read_at.is_(None))
        .values(read_at=now).execution_options(synchronize_session=False)).rowcount
    if first:
        progress_by(task, user, 1, now)
    return db.session.get(PageRead, (page.id, user.id), populate_existing=True)


def start_attempt(user, task: TrainingTask) -> QuizAttempt:
    """Deal the quiz: the open attempt if one is still running (a reload uses no attempt),
    else a new one while attempts are left (409 `no_attempts_left`)."""
    if task.kind != "quiz":
        raise NotFound()
    check_open(user, task)
    lock_progress(task, user)
    now = utcnow()
    attempts = list(db.session.scalars(select(QuizAttempt).where(
        QuizAttempt.task_id == task.id, QuizAttempt.user_id == user.id)
        .order_by(QuizAttempt.number)))
    running = [a for a in attempts if a.state == "open" and not _timed_out(a, now)]
    if running:
        return running[-1]
    if len(attempts) >= task.max_attempts:
        raise Conflict("测验次数已用完", code="no_attempts_left")
    questions = quiz_questions(task)
    if task.shuffle:
        questions = random.sample(questions, len(questions))
    dealt = [{"id": q.id, "options": random.sample(range(len(q.options)), len(q.options))
              if task.shuffle else list(range(len(q.options)))} for q in questions]
    attempt = QuizAttempt(task_id=task.id, user_id=user.id, number=len(attempts) + 1,
                          started_at=now, dealt=dealt, total=len(dealt),
                          deadline_at=now + timedelta(seconds=task.time_limit_seconds)
                          if task.time_limit_seconds else None)
    db.session.add(attempt)
    db.session.flush()
    return attempt


def _timed_out(attempt: QuizAttempt, now) -> bool:
    grace = timedelta(seconds=current_app.config["TRAINING_QUIZ_GRACE_SECONDS"])
    return attempt.deadline_at is not None and now > attempt.deadline_at + grace


def points_for_pass(task: TrainingTask, number: int) -> int:
    """A pass at the nth attempt earns the nth of the quiz's points (the last for any later)."""
    if not task.attempt_points:
        return task.points
    return task.attempt_points[min(number, len(task.attempt_points)) - 1]


def own_attempt(user, attempt_id: int) -> QuizAttempt:
    """The user's own attempt (anyone else's, even one a boss may read, is 404)."""
    attempt = db.session.scalar(select(QuizAttempt).where(QuizAttempt.id == attempt_id,
                                                          QuizAttempt.user_id == user.id))
    if attempt is None:
        raise NotFound()
    return attempt


def submit_attempt(user, attempt: QuizAttempt, answers: dict[int, list[int]]) -> QuizAttempt:
    """Score an attempt once. Past its time limit it is closed unscored (`expired`); a pass
    completes the quiz with the points of its attempt, unless it was passed before."""
    task, now = attempt.task, utcnow()
    dealt = {item["id"]: item for item in attempt.dealt}
    unknown = sorted(set(answers) - set(dealt))
    if unknown:
        raise ValidationError(fields={"answers": [
            f"不是这次测验的题目：{', '.join(map(str, unknown))}"]})
    questions = {q.id: q for q in db.session.scalars(
        select(Question).where(Question.id.in_(list(dealt))))}
    wrong_keys = sorted(qid for qid, chosen in answers.items()
                        if any(key >= len(questions[qid].options) for key in chosen)
                        or (questions[qid].kind == "single" and len(set(chosen)) > 1))
    if wrong_keys:
        raise ValidationError(fields={"answers": [
            f"题目 {', '.join(map(str, wrong_keys))}：没有这个选项，或单选题选了多个"]})
    expired = _timed_out(attempt, now)
    claimed = db.session.execute(
        update(QuizAttempt).where(QuizAttempt.id == attempt.id, QuizAttempt.state == "open")
        .values(state="expired" if expired else "submitted", submitted_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if not claimed:
        raise Conflict("这次测验已经交卷", code="attempt_closed")
    if expired:
        _failed_for_good(task, user, attempt)
        db.session.refresh(attempt)
        return attempt
    correct = 0
    for question_id in dealt:
        question = questions[question_id]
        chosen = sorted(set(answers.get(question_id, [])))
        right = chosen == sorted(question.answer)
        correct += right
        db.session.add(AttemptAnswer(attempt_id=attempt.id, question_id=question_id,
                                     chosen=chosen, correct=right))
    total = len(dealt)
    # Passed when correct/total >= pass_percent/100, compared in integers: 80% of 5 is 4.
    passed = total > 0 and correct * 100 >= task.pass_percent * total
    points = points_for_pass(task, attempt.number)
    earned = passed and complete(task, user, points, now)
    score = correct * 100 // total if total else 0
    db.session.execute(update(QuizAttempt).where(QuizAttempt.id == attempt.id).values(
        correct=correct, score=score, passed=passed, points=points if earned else 0)
        .execution_options(synchronize_session=False))
    db.session.execute(update(TaskProgress).where(
        TaskProgress.task_id == task.id, TaskProgress.user_id == user.id,
        TaskProgress.best_score.is_(None) | (TaskProgress.best_score < score))
        .values(best_score=score).execution_options(synchronize_session=False))
    if not passed:
        _failed_for_good(task, user, attempt)
    db.session.refresh(attempt)
    return attempt


def _failed_for_good(task: TrainingTask, user, attempt: QuizAttempt) -> None:
    """The last attempt failed: nothing is left to do (no reminder nags), but a pass before."""
    if attempt.number >= task.max_attempts:
        db.session.execute(update(TaskProgress).where(
            TaskProgress.task_id == task.id, TaskProgress.user_id == user.id,
            TaskProgress.state == "doing").values(state="failed")
            .execution_options(synchronize_session=False))


def submit_check_in(user, task: TrainingTask, text: str, photos: list[str]) -> CheckIn:
    """Hand in a check-in (打卡); while one waits for review another is 409, and after
    approval the task is done."""
    if task.kind != "checkin":
        raise NotFound()
    check_open(user, task)
    ensure_progress(task, user)
    moved = db.session.execute(
        update(TaskProgress).where(TaskProgress.task_id == task.id,
                                   TaskProgress.user_id == user.id,
                                   TaskProgress.state.in_(("doing", "returned")))
        .values(state="submitted").execution_options(synchronize_session=False)).rowcount
    if not moved:
        raise Conflict("打卡已提交或已通过", code="check_in_pending")
    check_in = CheckIn(task_id=task.id, user_id=user.id, org_unit_id=user.org_unit_id,
                       text=text, photos=photos, submitted_at=utcnow())
    db.session.add(check_in)
    db.session.flush()
    for boss in db.session.scalars(select(User).where(
            User.org_unit_id == _reviewing_unit(user), User.role == ROLE_BOSS,
            User.active.is_(True))):
        notify(boss, "check_in_submitted", f"{user.name} 提交了打卡", task.title,
               "/boss/training/check-ins")
    return check_in


def _reviewing_unit(user) -> int | None:
    """Whose bosses review the person's check-ins: a rep's own unit's; a boss's, the unit
    above theirs (a peer does not approve a peer)."""
    return user.org_unit.parent_id if user.role == ROLE_BOSS else user.org_unit_id


def review_check_in(actor, check_in_id: int, approve: bool, comment: str) -> CheckIn:
    """Approve a check-in (the task is done, its points earned) or return it with a comment
    the rep answers by submitting again; a boss reviews their subtree's reps only."""
    require_role(actor, STAFF)
    check_in = get_scoped_or_404(CheckIn, check_in_id, actor)
    if check_in.user_id == actor.id or (
            actor.role == ROLE_BOSS and check_in.user.role == ROLE_BOSS
            and check_in.user.org_unit_id == actor.org_unit_id):
        raise Forbidden("主管的打卡由上级审核")
    if not approve and not comment.strip():
        raise ValidationError(fields={"comment": ["退回时请写明原因"]})
    now = utcnow()
    reviewed = db.session.execute(
        update(CheckIn).where(CheckIn.id == check_in.id, CheckIn.state == "submitted")
        .values(state="approved" if approve else "returned", reviewer_id=actor.id,
                review_comment=comment, reviewed_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if not reviewed:
        raise Conflict("这次打卡已经审核过", code="check_in_reviewed")
    task, rep = check_in.task, check_in.user
    if approve:
        complete(task, rep, task.points, now)
        notify(rep, "check_in_approved", "打卡已通过", task.title,
               f"/training/{task.id}")
    else:
        db.session.execute(update(TaskProgress).where(
            TaskProgress.task_id == task.id, TaskProgress.user_id == rep.id,
            TaskProgress.state == "submitted").values(state="returned")
            .execution_options(synchronize_session=False))
        notify(rep, "check_in_returned", "打卡被退回，请修改后重新提交",
               f"{task.title}：{comment}", f"/training/{task.id}")
    db.session.refresh(check_in)
    return check_in
