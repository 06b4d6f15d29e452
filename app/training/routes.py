"""Training online: HQ and bosses author and follow tasks; everyone does their own."""

from dataclasses import asdict

from flask_login import current_user

from app.core.access import (
    ROLE_BOSS,
    ROLE_HQ,
    get_or_404,
    login_required,
    roles_required,
)
from app.core.api import Blueprint, NoFormFieldsSchema, PageArgsSchema, errors
from app.shop.schemas import ImportFileSchema
from app.training import imports, queries, schemas, services
from app.training.goals import GOALS
from app.training.models import Question, QuestionBank

blp = Blueprint("training", __name__, url_prefix="/api/v1", description="培训在线")

TASK = "/training/tasks/<int:task_id>"
MINE = "/training/my-tasks/<int:task_id>"


# --- authoring ----------------------------------------------------------------------------------

@blp.route("/training/goals", methods=["GET"])
@blp.response(200, schemas.GoalSchema(many=True))
@roles_required(ROLE_BOSS, ROLE_HQ)
def goals():
    """What an action task can count, and what each goal may be about."""
    return [{"name": name, **asdict(goal)} for name, goal in GOALS.items()]


@blp.route("/training/tasks", methods=["GET"])
@blp.arguments(schemas.TaskListArgsSchema, location="query")
@blp.response(200, schemas.TaskPageSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def list_tasks(args):
    """Tasks I may follow: HQ all; a boss those made in their subtree and those published
    above it."""
    page = {"page": args.pop("page"), "per_page": args.pop("per_page")}
    return queries.staff_tasks(current_user, page, **args)


@blp.route("/training/tasks", methods=["POST"])
@blp.arguments(schemas.TaskSchema)
@blp.response(201, schemas.TaskDetailSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def create_task(data):
    """Write a draft task (a boss's reaches their subtree only)."""
    task = services.create_task(current_user, data)
    return queries.task_detail(current_user, task.id)


@blp.route(TASK, methods=["GET"])
@blp.response(200, schemas.TaskDetailSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def get_task(task_id):
    """A task as its author edits it."""
    return queries.task_detail(current_user, task_id)


@blp.route(TASK, methods=["PATCH"])
@blp.arguments(schemas.TaskUpdateSchema)
@blp.response(200, schemas.TaskDetailSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def update_task(changes, task_id):
    """Edit a task; once published, only its words, deadline and audience (409)."""
    services.update_task(current_user, task_id, changes)
    return queries.task_detail(current_user, task_id)


@blp.route(TASK + "/publish", methods=["POST"])
@blp.response(200, schemas.TaskDetailSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def publish(task_id):
    """Publish a draft: its people see it at once and are told by the next reminders run."""
    services.publish(current_user, task_id)
    return queries.task_detail(current_user, task_id)


@blp.route(TASK + "/report", methods=["GET"])
@blp.arguments(schemas.ReportArgsSchema, location="query")
@blp.response(200, schemas.ReportSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def report(args, task_id):
    """Completion per unit and a page of the people of my subtree (or of one unit of it), who
    is overdue, a quiz's scores and hardest questions, check-ins waiting."""
    page = {"page": args.pop("page"), "per_page": args.pop("per_page")}
    return queries.report(current_user, task_id, page, args.get("unit_id"))


@blp.route("/training/people/<int:user_id>/tasks", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, schemas.RepTaskPageSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def person_tasks(page, user_id):
    """Every task of one person of my subtree, and its state."""
    return queries.rep_tasks(current_user, user_id, page)


@blp.route("/training/check-ins", methods=["GET"])
@blp.arguments(schemas.CheckInListArgsSchema, location="query")
@blp.response(200, schemas.CheckInPageSchema)
@login_required
def list_check_ins(args):
    """Check-ins I may see (a rep: mine; a boss: my subtree's); those waiting, oldest first."""
    page = {"page": args.pop("page"), "per_page": args.pop("per_page")}
    return queries.check_ins(current_user, page, **args)


@blp.route("/training/check-ins/<bigid:check_in_id>/review", methods=["POST"])
@blp.arguments(schemas.ReviewSchema)
@blp.response(200, schemas.CheckInSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def review(data, check_in_id):
    """Approve a check-in, or return it with a comment; the rep is told."""
    return services.review_check_in(current_user, check_in_id, data["approve"],
                                    data["comment"])


@blp.route("/training/banks", methods=["GET"])
@blp.response(200, schemas.BankSchema(many=True))
@roles_required(ROLE_BOSS, ROLE_HQ)
def banks():
    """HQ's question banks, with how many questions each holds."""
    return queries.banks()


@blp.route("/training/banks", methods=["POST"])
@blp.arguments(schemas.BankSchema)
@blp.response(201, schemas.BankSchema)
@roles_required(ROLE_HQ)
def create_bank(data):
    """Make a question bank (a unique name)."""
    bank = services.create_bank(current_user, data["name"])
    return {"id": bank.id, "name": bank.name, "questions": 0}


@blp.route("/training/banks/<int:bank_id>/questions", methods=["GET"])
@blp.arguments(schemas.QuestionListArgsSchema, location="query")
@blp.response(200, schemas.QuestionPageSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def questions(args, bank_id):
    """A bank's questions with their answers (but those of a quiz I still have to take),
    oldest first."""
    page = {"page": args.pop("page"), "per_page": args.pop("per_page")}
    return queries.bank_questions(current_user, get_or_404(QuestionBank, bank_id), page,
                                  args.get("q"))


@blp.route("/training/banks/<int:bank_id>/questions", methods=["POST"])
@blp.arguments(schemas.QuestionSchema)
@blp.response(201, schemas.QuestionSchema)
@roles_required(ROLE_HQ)
def add_question(data, bank_id):
    """Add a single- or multiple-choice question to a bank."""
    return services.add_question(current_user, get_or_404(QuestionBank, bank_id), data)


@blp.route("/training/banks/<int:bank_id>/import", methods=["POST"])
@blp.arguments(NoFormFieldsSchema, location="form")
@blp.arguments(ImportFileSchema, location="files")
@blp.response(201, schemas.QuestionImportSchema)
@roles_required(ROLE_HQ)
def import_questions(_, files, bank_id):
    """Add questions from a CSV or Excel file; one bad row imports nothing (row errors)."""
    upload = files["file"]
    created = imports.import_questions(current_user, get_or_404(QuestionBank, bank_id),
                                       upload.filename or "", upload.read())
    return {"created": len(created)}


@blp.route("/training/questions/<int:question_id>", methods=["PATCH"])
@blp.arguments(schemas.QuestionUpdateSchema)
@blp.response(200, schemas.QuestionSchema)
@roles_required(ROLE_HQ)
def update_question(changes, question_id):
    """Edit a question, or switch it off (a quiz already using it keeps it)."""
    return services.update_question(current_user, get_or_404(Question, question_id), changes)


# --- doing tasks --------------------------------------------------------------------------------

@blp.route("/training/my-tasks", methods=["GET"])
@blp.arguments(schemas.MineArgsSchema, location="query")
@blp.response(200, schemas.MyTaskPageSchema)
@login_required
def my_tasks(args):
    """我的任务: to do (soonest deadline first), overdue or done, with the tabs' counts."""
    page = {"page": args.pop("page"), "per_page": args.pop("per_page")}
    return {**queries.tasks_of(current_user, page, args.get("state")),
            "counts": queries.counts_of(current_user)}


@blp.route(MINE, methods=["GET"])
@blp.response(200, schemas.MyTaskSchema)
@login_required
def my_task(task_id):
    """One of my tasks as I do it."""
    return queries.my_task(current_user, services.assigned_task(current_user, task_id))


@blp.route(MINE + "/pages/<int:page_id>/open", methods=["POST"])
@blp.response(200, schemas.MyTaskSchema)
@login_required
def open_page(task_id, page_id):
    """I open a page of a course: its reading time starts now (and any other page's stops)."""
    task = services.assigned_task(current_user, task_id)
    services.open_page(current_user, task, page_id)
    return queries.my_task(current_user, task)


@blp.route(MINE + "/pages/<int:page_id>/read", methods=["POST"])
@blp.response(200, schemas.MyTaskSchema)
@login_required
def read_page(task_id, page_id):
    """I have read the page: counted once its minimum time has passed since I opened it."""
    task = services.assigned_task(current_user, task_id)
    services.read_page(current_user, task, page_id)
    return queries.my_task(current_user, task)


@blp.route(MINE + "/attempts", methods=["POST"])
@blp.response(201, schemas.AttemptSchema)
@login_required
def start_attempt(task_id):
    """Start the quiz (or go back to the attempt still running)."""
    attempt = services.start_attempt(current_user, services.assigned_task(current_user, task_id))
    return queries.attempt_view(current_user, attempt.id)


@blp.route("/training/attempts/<bigid:attempt_id>", methods=["GET"])
@blp.response(200, schemas.AttemptSchema)
@login_required
def attempt(attempt_id):
    """An attempt (a rep: their own; a boss: their subtree's), with the answers once handed
    in."""
    return queries.attempt_view(current_user, attempt_id)


@blp.route("/training/attempts/<bigid:attempt_id>/submit", methods=["POST"])
@blp.arguments(schemas.SubmitSchema)
@blp.response(200, schemas.AttemptSchema)
@login_required
def submit_attempt(data, attempt_id):
    """Hand in my answers: scored now; past the time limit the attempt is closed unscored."""
    attempt = services.own_attempt(current_user, attempt_id)
    answers = {answer["question_id"]: answer["chosen"] for answer in data["answers"]}
    services.submit_attempt(current_user, attempt, answers)
    return queries.attempt_view(current_user, attempt_id)


@blp.route(MINE + "/check-ins", methods=["POST"])
@blp.arguments(schemas.CheckInSubmitSchema)
@blp.response(201, schemas.CheckInSchema)
@login_required
def submit_check_in(data, task_id):
    """Hand in a check-in (打卡) for review, or hand it in again after it was returned."""
    return services.submit_check_in(current_user, services.assigned_task(current_user, task_id),
                                    data["text"], data["photos"])


@blp.route("/training/leaderboard", methods=["GET"])
@blp.arguments(schemas.LeaderboardArgsSchema, location="query")
@blp.response(200, schemas.LeaderboardSchema)
@login_required
@errors(404)
def leaderboard(args):
    """Points earned in a team (default mine) today, this week or this month; top three
    marked."""
    return queries.leaderboard(current_user, args["period"], args.get("unit_id"))


@blp.route("/training/my-points", methods=["GET"])
@blp.arguments(schemas.PeriodArgsSchema, location="query")
@blp.response(200, schemas.MyPointsSchema)
@login_required
def my_points(args):
    """My points of all time, and this period's with my rank in my team."""
    return queries.my_points(current_user, args["period"])
