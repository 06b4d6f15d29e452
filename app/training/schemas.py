"""Request and response bodies of the training API."""

from marshmallow import Schema, ValidationError, fields, missing, validate, validates_schema

from app.core.api import ID, PageArgsSchema, PageSchema, PartialSchema
from app.core.fields import WEB_URL, FullMatch, JsonBoolean, Moment, text, whole_number
from app.marketing.schemas import ids
from app.marketing.services.materials import MATERIAL_FILE_URL
from app.shop.schemas import DetailBlockSchema
from app.training.goals import GOALS
from app.training.models import CHECKIN_STATES, QUESTION_KINDS, TASK_KINDS, TASK_STATES
from app.training.queries import PERIODS

MINE_STATES = ("todo", "overdue", "done")


class PageBodySchema(Schema):
    id = fields.Integer(dump_only=True)
    title = fields.String(required=True, validate=text(100))
    body = fields.List(fields.Nested(DetailBlockSchema), load_default=list,
                       validate=validate.Length(max=100))
    file_url = fields.String(allow_none=True, load_default=None, validate=FullMatch(
        MATERIAL_FILE_URL, error="请先上传文件（POST /api/v1/materials/files）"),
        metadata={"description": "A PDF or video uploaded as a material's file"})
    file_type = fields.String(dump_only=True)
    min_seconds = fields.Integer(load_default=0, strict=True, validate=whole_number(3600),
                                 metadata={"description": "The least time the page is read"})


class QuizSettingsSchema(Schema):
    pass_percent = fields.Integer(strict=True, validate=validate.Range(min=1, max=100),
                                  metadata={"description": "Default 80"})
    max_attempts = fields.Integer(strict=True, validate=validate.Range(min=1, max=10),
                                  metadata={"description": "Default 1"})
    time_limit_seconds = fields.Integer(allow_none=True, strict=True,
                                        validate=validate.Range(min=30, max=4 * 3600))
    shuffle = JsonBoolean()
    show_answers = JsonBoolean()
    attempt_points = fields.List(fields.Integer(strict=True, validate=whole_number(10000)),
                                 validate=validate.Length(max=10), metadata={
                                     "description": "Points of a pass at the 1st, 2nd, ... "
                                                    "attempt; the last for any later one"})


class TaskSchema(QuizSettingsSchema):
    """A task as its author writes it; what a kind does not use stays out."""

    id = fields.Integer(dump_only=True)
    kind = fields.String(required=True, validate=validate.OneOf(TASK_KINDS))
    title = fields.String(required=True, validate=text(100))
    summary = fields.String(load_default="", validate=validate.Length(max=5000))
    cover_url = fields.String(allow_none=True, load_default=None, validate=WEB_URL)
    start_at = Moment(load_default=None, allow_none=True)
    due_at = Moment(required=True)
    mandatory = JsonBoolean(load_default=True)
    points = fields.Integer(load_default=0, strict=True, validate=whole_number(10000))
    roles = fields.List(fields.String(validate=validate.OneOf(("rep", "boss"))),
                        load_default=lambda: ["rep"], validate=validate.Length(min=1, max=2))
    org_unit_ids = ids(100)
    rep_ids = ids(1000)
    requires_task_id = fields.Integer(allow_none=True, strict=True, validate=ID)
    unlocks_material_id = fields.Integer(allow_none=True, strict=True, validate=ID, metadata={
        "description": "A course: the material its people see once they finished it"})
    goal = fields.String(allow_none=True, validate=validate.OneOf(list(GOALS)))
    goal_target = fields.Integer(allow_none=True, strict=True,
                                 validate=validate.Range(min=1, max=100_000))
    goal_object_type = fields.String(allow_none=True, validate=validate.OneOf(
        ("product", "material")))
    goal_object_id = fields.Integer(allow_none=True, strict=True, validate=ID)
    goal_within_hours = fields.Integer(allow_none=True, strict=True,
                                       validate=validate.Range(min=1, max=720))
    pages = fields.List(fields.Nested(PageBodySchema), validate=validate.Length(max=50))
    question_ids = ids(200, load_default=missing)  # given: a quiz's, and only a quiz's

    @validates_schema
    def check_kind(self, data, **kwargs):
        kind = data.get("kind")
        if kind and kind != "course" and "pages" in data:
            raise ValidationError("只有课程有页面", field_name="pages")
        if kind and kind != "quiz" and "question_ids" in data:
            raise ValidationError("只有测验有题目", field_name="question_ids")


class TaskUpdateSchema(PartialSchema, TaskSchema):
    """Any of a task's fields; once published, only its words, deadline and audience."""

    kind = fields.String(dump_only=True)


class MineSchema(Schema):
    state = fields.String(metadata={"description": "todo, upcoming, submitted, returned, "
                                                   "overdue or done"})
    progress = fields.Integer()
    target = fields.Integer()
    points = fields.Integer()
    best_score = fields.Integer(allow_none=True)
    completed_at = fields.DateTime(allow_none=True)


class TaskSummarySchema(Schema):
    id = fields.Integer()
    kind = fields.String()
    title = fields.String()
    summary = fields.String()
    cover_url = fields.String(allow_none=True)
    state = fields.String(metadata={"description": f"one of {TASK_STATES}"})
    start_at = fields.DateTime()
    due_at = fields.DateTime()
    published_at = fields.DateTime(allow_none=True)
    mandatory = fields.Boolean()
    points = fields.Integer()
    attempt_points = fields.List(fields.Integer())
    goal_text = fields.String(allow_none=True)
    goal = fields.String(allow_none=True)
    goal_object_type = fields.String(allow_none=True)
    goal_object_id = fields.Integer(allow_none=True)
    org_unit_id = fields.Integer(allow_none=True)
    editable = fields.Boolean(metadata={"description": "Staff: whether I may change it"})
    mine = fields.Nested(MineSchema)


class QuestionSchema(Schema):
    id = fields.Integer(dump_only=True)
    bank_id = fields.Integer(dump_only=True)
    kind = fields.String(required=True, validate=validate.OneOf(QUESTION_KINDS))
    stem = fields.String(required=True, validate=text(1000))
    options = fields.List(fields.String(validate=text(200)), required=True,
                          validate=validate.Length(min=2, max=8))
    answer = fields.List(fields.Integer(strict=True, validate=whole_number(7)), required=True,
                         validate=validate.Length(min=1, max=8),
                         metadata={"description": "Indexes of the right options (from 0)"})
    explanation = fields.String(load_default="", validate=validate.Length(max=1000))
    enabled = JsonBoolean(load_default=True)


class QuestionUpdateSchema(PartialSchema, QuestionSchema):
    """Any of a question's fields."""


class TaskDetailSchema(TaskSummarySchema):
    unlocks_material_id = fields.Integer(allow_none=True)
    org_unit_ids = fields.List(fields.Integer())
    rep_ids = fields.List(fields.Integer())
    roles = fields.List(fields.String())
    requires_task_id = fields.Integer(allow_none=True)
    goal_target = fields.Integer(allow_none=True)
    goal_within_hours = fields.Integer(allow_none=True)
    pages = fields.List(fields.Nested(PageBodySchema))
    questions = fields.List(fields.Nested(QuestionSchema))
    quiz = fields.Nested(QuizSettingsSchema(), allow_none=True)


class TaskListArgsSchema(PageArgsSchema):
    kind = fields.String(validate=validate.OneOf(TASK_KINDS))
    state = fields.String(validate=validate.OneOf(TASK_STATES))
    q = fields.String(validate=validate.Length(min=1, max=50))


class MineArgsSchema(PageArgsSchema):
    state = fields.String(validate=validate.OneOf(MINE_STATES))


class TaskPageSchema(PageSchema):
    items = fields.List(fields.Nested(TaskSummarySchema), required=True)


class MyTaskPageSchema(TaskPageSchema):
    counts = fields.Dict(keys=fields.String(), values=fields.Integer(),
                         metadata={"description": "todo, overdue and done"})


class RepTaskPageSchema(TaskPageSchema):
    user_id = fields.Integer()
    name = fields.String()


class CoursePageSchema(Schema):
    id = fields.Integer()
    title = fields.String()
    body = fields.List(fields.Dict())
    file_url = fields.String(allow_none=True)
    file_type = fields.String(allow_none=True)
    min_seconds = fields.Integer()
    seconds = fields.Integer(metadata={"description": "Seconds read so far"})
    read = fields.Boolean()


class AttemptSummarySchema(Schema):
    id = fields.Integer()
    number = fields.Integer()
    state = fields.String(metadata={"description": "open, submitted or expired (time up)"})
    started_at = fields.DateTime()
    deadline_at = fields.DateTime(allow_none=True)
    submitted_at = fields.DateTime(allow_none=True)
    score = fields.Integer(metadata={"description": "Percent"})
    correct = fields.Integer()
    total = fields.Integer()
    passed = fields.Boolean()
    points = fields.Integer()


class QuizViewSchema(QuizSettingsSchema):
    questions = fields.Integer()
    attempts = fields.List(fields.Nested(AttemptSummarySchema))
    attempts_left = fields.Integer()


class CheckInSchema(Schema):
    id = fields.Integer()
    task_id = fields.Integer()
    task_title = fields.Function(lambda c: c.task.title)
    user_id = fields.Integer()
    user_name = fields.Function(lambda c: c.user.name)
    text = fields.String()
    photos = fields.List(fields.String())
    state = fields.String(metadata={"description": f"one of {CHECKIN_STATES}"})
    submitted_at = fields.DateTime()
    reviewer_name = fields.Function(lambda c: c.reviewer.name if c.reviewer else None)
    review_comment = fields.String()
    reviewed_at = fields.DateTime(allow_none=True)


class CheckInPageSchema(PageSchema):
    items = fields.List(fields.Nested(CheckInSchema), required=True)


class TitledSchema(Schema):
    id = fields.Integer()
    title = fields.String()


class MyTaskSchema(TaskSummarySchema):
    locked = fields.Boolean(metadata={"description": "Its required task is not done yet"})
    requires = fields.Nested(TitledSchema)
    unlocks = fields.Nested(TitledSchema, metadata={
        "description": "The material finishing the course unlocks"})
    pages = fields.List(fields.Nested(CoursePageSchema))
    quiz = fields.Nested(QuizViewSchema)
    check_ins = fields.List(fields.Nested(CheckInSchema))


class OptionSchema(Schema):
    key = fields.Integer(metadata={"description": "What an answer names"})
    text = fields.String()


class AttemptQuestionSchema(Schema):
    id = fields.Integer()
    kind = fields.String()
    stem = fields.String()
    options = fields.List(fields.Nested(OptionSchema))
    chosen = fields.List(fields.Integer())
    correct = fields.Boolean(allow_none=True)
    answer = fields.List(fields.Integer(), allow_none=True)
    explanation = fields.String(allow_none=True)


class AttemptSchema(AttemptSummarySchema):
    task_id = fields.Integer()
    task_title = fields.String()
    pass_percent = fields.Integer()
    user_id = fields.Integer()
    user_name = fields.String()
    questions = fields.List(fields.Nested(AttemptQuestionSchema))
    now = fields.DateTime(metadata={"description": "The server's time: the countdown's base"})
    grace_seconds = fields.Integer()


class QuizAnswerSchema(Schema):
    question_id = fields.Integer(required=True, strict=True, validate=ID)
    chosen = fields.List(fields.Integer(strict=True, validate=whole_number(7)),
                         required=True, validate=validate.Length(max=8))


class SubmitSchema(Schema):
    answers = fields.List(fields.Nested(QuizAnswerSchema), required=True,
                          validate=validate.Length(max=200))


class CheckInSubmitSchema(Schema):
    text = fields.String(load_default="", validate=validate.Length(max=2000))
    photos = fields.List(fields.String(validate=FullMatch(
        r"^/media/\S{1,490}$", error="请先上传图片（POST /api/v1/uploads）")),
        load_default=list, validate=validate.Length(max=9))

    @validates_schema
    def check_not_empty(self, data, **kwargs):
        if not data.get("text", "").strip() and not data.get("photos"):
            raise ValidationError("请写几句话或上传照片", field_name="text")


class ReviewSchema(Schema):
    approve = JsonBoolean(required=True)
    comment = fields.String(load_default="", validate=validate.Length(max=500))


class CheckInListArgsSchema(PageArgsSchema):
    state = fields.String(validate=validate.OneOf(CHECKIN_STATES))
    task_id = fields.Integer(validate=ID)


class BankSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=text(50))
    questions = fields.Integer(dump_only=True)


class QuestionListArgsSchema(PageArgsSchema):
    q = fields.String(validate=validate.Length(min=1, max=50))


class QuestionPageSchema(PageSchema):
    items = fields.List(fields.Nested(QuestionSchema), required=True)


class QuestionImportSchema(Schema):
    created = fields.Integer()


class ReportRepSchema(MineSchema):
    user_id = fields.Integer()
    name = fields.String()
    org_unit_id = fields.Integer()
    org_unit_name = fields.String()
    attempts = fields.Integer()


class TitledUnitSchema(Schema):
    id = fields.Integer()
    name = fields.String()


class ReportUnitSchema(Schema):
    org_unit_id = fields.Integer()
    name = fields.String()
    assigned = fields.Integer()
    done = fields.Integer()
    rate = fields.Integer(metadata={"description": "Percent done, rounded down"})


class ScoreBandSchema(Schema):
    range = fields.String()
    count = fields.Integer()


class HardQuestionSchema(Schema):
    question_id = fields.Integer()
    stem = fields.String()
    answered = fields.Integer()
    correct = fields.Integer()
    rate = fields.Integer(metadata={"description": "Percent answered right"})


class ReportArgsSchema(PageArgsSchema):
    unit_id = fields.Integer(validate=ID, metadata={"description": "One unit of my subtree"})


class ReportSchema(Schema):
    task = fields.Nested(TaskSummarySchema)
    unit = fields.Nested(TitledUnitSchema, allow_none=True,
                         metadata={"description": "The unit asked for; null: my whole scope"})
    assigned = fields.Integer()
    done = fields.Integer()
    rate = fields.Integer()
    overdue = fields.List(fields.Nested(ReportRepSchema),
                          metadata={"description": "The first 50; overdue_count counts all"})
    overdue_count = fields.Integer()
    units = fields.List(fields.Nested(ReportUnitSchema))
    reps = fields.List(fields.Nested(ReportRepSchema),
                       metadata={"description": "A page of the people, by unit; assigned "
                                                "counts all"})
    page = fields.Integer()
    per_page = fields.Integer()
    scores = fields.List(fields.Nested(ScoreBandSchema))
    hardest = fields.List(fields.Nested(HardQuestionSchema))
    check_ins_waiting = fields.Integer()


class LeaderboardArgsSchema(Schema):
    period = fields.String(load_default="month", validate=validate.OneOf(PERIODS))
    unit_id = fields.Integer(validate=ID)


class RankSchema(Schema):
    rank = fields.Integer()
    user_id = fields.Integer()
    name = fields.String()
    org_unit_name = fields.String()
    points = fields.Integer()
    top = fields.Boolean(metadata={"description": "Among the top three"})


class LeaderboardSchema(Schema):
    org_unit_id = fields.Integer()
    org_unit_name = fields.String()
    period = fields.String()
    start = fields.Date()
    end = fields.Date()
    items = fields.List(fields.Nested(RankSchema))
    ranked = fields.Integer()
    me = fields.Nested(RankSchema, allow_none=True)


class PeriodArgsSchema(Schema):
    period = fields.String(load_default="month", validate=validate.OneOf(PERIODS))


class MyPointsSchema(Schema):
    total = fields.Integer()
    period = fields.String()
    org_unit_name = fields.String()
    points = fields.Integer()
    rank = fields.Integer(allow_none=True)
    ranked = fields.Integer()


class GoalSchema(Schema):
    name = fields.String()
    label = fields.String()
    object_types = fields.List(fields.String())
    object_required = fields.Boolean()
    within_hours = fields.Boolean()
