"""Questions from a CSV or Excel file (题库导入): one row per question, options in columns
选项A to 选项H, the answer as their letters (A, or ACD); each row is loaded by the API's
question schema, and one bad row imports nothing."""

from flask import current_app
from marshmallow import ValidationError as SchemaError
from marshmallow import pre_load

from app.core.access import ROLE_HQ, require_role
from app.core.tables import Column, Columns, RowErrors, read_table
from app.extensions import db
from app.training.models import Question, QuestionBank
from app.training.schemas import QuestionSchema
from app.training.services import check_question

LETTERS = "ABCDEFGH"
KINDS = {"单选": "single", "单选题": "single", "single": "single",
         "多选": "multiple", "多选题": "multiple", "multiple": "multiple"}


def _kind(text: str) -> str:
    kind = KINDS.get(text.strip().lower())
    if kind is None:
        raise ValueError("应为 单选 或 多选")
    return kind


def _letters(text: str) -> list[str]:
    letters = [c for c in text.upper() if not c.isspace() and c not in ",，、"]
    if not letters or any(c not in LETTERS for c in letters):
        raise ValueError(f"应为选项的字母，如 A 或 ACD（A 到 {LETTERS[-1]}）")
    return letters


COLUMNS = Columns(
    Column("kind", ("题型", "类型", "kind"), _kind),
    Column("stem", ("题干", "题目", "stem")),
    *(Column(f"option_{letter.lower()}", (f"选项{letter}", letter)) for letter in LETTERS),
    # Not a column of its own (the letters' columns fill it): the label of its messages.
    Column("options", ("选项",), lambda text: [text]),
    Column("answer", ("答案", "正确答案", "answer"), _letters),
    Column("explanation", ("解析", "explanation")),
)


class QuestionRowSchema(QuestionSchema):
    """A file's row: options from their letter columns, the answer's letters as indexes."""

    @pre_load
    def gather(self, data, **kwargs):
        data = dict(data)
        present = [letter for letter in LETTERS if data.get(f"option_{letter.lower()}")]
        data["options"] = [data.pop(f"option_{letter.lower()}") for letter in present]
        for letter in LETTERS:
            data.pop(f"option_{letter.lower()}", None)
        if "answer" in data:
            blank = [letter for letter in data["answer"] if letter not in present]
            if blank:
                raise SchemaError(f"选项 {'、'.join(blank)} 是空的", field_name="answer")
            data["answer"] = [present.index(letter) for letter in data["answer"]]
        return data


row_schema = QuestionRowSchema()


def import_questions(actor, bank: QuestionBank, filename: str, raw: bytes) -> list[Question]:
    """Add a file's questions to the bank; raise ValidationError with every bad row's
    messages ("第 N 行"), or the file's."""
    require_role(actor, [ROLE_HQ])
    table = read_table(filename, raw, COLUMNS, current_app.config["IMPORT_MAX_ROWS"])
    table.require("kind", "stem", "option_a", "option_b", "answer")
    planned, row_errors = [], RowErrors()
    for number, cells in table:
        values, messages = COLUMNS.load(row_schema, cells)
        if values:
            messages = COLUMNS.messages(check_question(values))
        row_errors.add(number, messages)
        planned.append(values)
    row_errors.raise_any()
    questions = [Question(bank_id=bank.id, **values) for values in planned]
    db.session.add_all(questions)
    db.session.flush()
    return questions
