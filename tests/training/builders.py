"""Training data built through the services and committed, so HTTP requests see it."""

from datetime import timedelta

from app.core.db import utcnow
from app.extensions import db
from app.training import services


def bank(admin, name: str = "产品知识"):
    made = services.create_bank(admin, name)
    db.session.commit()
    return made


def question(admin, bank_, answer=(0,), kind: str | None = None, options=None,
             stem: str = "龙井产自哪里？"):
    made = services.add_question(admin, bank_, {
        "kind": kind or ("single" if len(answer) == 1 else "multiple"), "stem": stem,
        "options": list(options or ["杭州", "苏州", "黄山", "福州"]), "answer": list(answer),
        "explanation": "西湖龙井", "enabled": True})
    db.session.commit()
    return made


def task(author, kind: str, publish: bool = True, **values):
    """A task of `author` (HQ or a boss), due in a week, published unless told."""
    values.setdefault("title", {"course": "新品课程", "quiz": "产品测验", "action": "行动任务",
                                "checkin": "陈列打卡"}[kind])
    values.setdefault("due_at", utcnow() + timedelta(days=7))
    values.setdefault("start_at", utcnow() - timedelta(minutes=1))
    made = services.create_task(author, {"kind": kind, **values})
    if publish:
        services.publish(author, made.id)
    db.session.commit()
    return made


def page(title: str = "第一页", min_seconds: int = 30) -> dict:
    return {"title": title, "body": [{"type": "text", "text": "正文"}], "file_url": None,
            "min_seconds": min_seconds}


def quiz(author, questions, **values):
    return task(author, "quiz", question_ids=[q.id for q in questions], **values)
