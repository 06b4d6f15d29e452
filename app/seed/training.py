"""The demo's training: HQ's question banks, a course that unlocks a quiz, an action task on
the shop's tea, a check-in, and the first week of the reps doing them through the live
services (pages read on the clock, quizzes scored, check-ins reviewed), so 我的任务, the
reports and the leaderboard have something to show. rep01 starts with everything to do."""

from datetime import timedelta

from sqlalchemy import select

from app.core.db import clock_at, utcnow
from app.extensions import db
from app.org.models import User
from app.shop.models import Product
from app.training import services
from app.training.jobs import remind_training
from app.training.services import quiz_questions

QUESTIONS = {
    "产品知识": [
        ("single", "西湖龙井属于哪一类茶？", ["绿茶", "红茶", "乌龙茶", "黑茶"], [0],
         "龙井是不发酵的绿茶。"),
        ("single", "冲泡龙井适合的水温是？", ["100℃ 沸水", "80-85℃", "60℃", "冷水"], [1],
         "水太烫会烫熟嫩芽，香气变闷。"),
        ("multiple", "龙井的品质特征有哪些？", ["色绿", "香郁", "味甘", "形美"], [0, 1, 2, 3],
         "“四绝”：色绿、香郁、味甘、形美。"),
        ("single", "龙井最好的储存方式是？", ["敞口常温", "密封冷藏", "阳光下晾晒", "与香料同放"],
         [1], "密封、避光、低温，防止吸味受潮。"),
        ("multiple", "向客户推荐茶具时应先了解？", ["常喝的茶类", "几人饮用", "预算", "星座"],
         [0, 1, 2], "按茶类、人数和预算推荐，成交更快。"),
    ],
    "服务规范": [
        ("single", "客户咨询后最迟多久内回复？", ["2 小时", "一天", "三天", "不用回复"], [0],
         "公司要求 2 小时内回复每一条咨询。"),
        ("multiple", "跟进记录应包含哪些内容？", ["沟通方式", "客户需求", "下次跟进时间", "天气"],
         [0, 1, 2], "写清方式、需求和下一步，主管才能督导。"),
    ],
}

COURSE = [("产地与等级", "西湖龙井产于杭州西湖周边的群山，分特级、一级到五级。"),
          ("冲泡三步", "一温杯，二投茶，三注水：水温 80-85℃，先注少量水润茶。"),
          ("储存与推荐", "密封冷藏保存；推荐时先问客户常喝的茶和饮用人数。")]


def seed_training(admin: User, bosses: list[User], reps: list[User]) -> None:
    now = utcnow()
    start = now - timedelta(days=4)
    with clock_at(start):
        banks = {name: services.create_bank(admin, name) for name in QUESTIONS}
        made = {name: [services.add_question(admin, banks[name], {
            "kind": kind, "stem": stem, "options": options, "answer": answer,
            "explanation": explanation, "enabled": True})
            for kind, stem, options, answer, explanation in rows]
            for name, rows in QUESTIONS.items()}
        tea = db.session.scalar(select(Product).where(Product.name.contains("龙井")).limit(1))
        course = _task(admin, "course", "新品龙井冲泡课", start, days=10, points=5,
                       summary="三页看懂龙井：产地、冲泡、储存。读完解锁测验。",
                       pages=[_page(title, text, 20) for title, text in COURSE])
        quiz = _task(admin, "quiz", "龙井知识测验", start, days=10, requires_task_id=course.id,
                     question_ids=[q.id for q in made["产品知识"]], max_attempts=3,
                     time_limit_seconds=600, summary="5 道题，80 分及格，最多 3 次机会。")
        _task(admin, "action", "本周让 10 位客户打开龙井", now - timedelta(hours=1), days=7,
              points=20, goal="customer_opens", goal_target=10, goal_object_type="product",
              goal_object_id=tea.id, summary="把龙井的链接发给客户，每位打开的客户计 1 次。")
        checkin = _task(bosses[0], "checkin", "门店茶具陈列打卡", start, days=6, points=5,
                        summary="按陈列手册摆好茶具区，拍 1-3 张照片提交。")
        remind_training()
    for number, rep in enumerate(reps[1:9], start=1):
        at = start + timedelta(hours=2 * number)
        _read_course(rep, course, at)
        if number <= 6:
            _take_quiz(rep, quiz, at + timedelta(hours=1), right=5 if number % 3 else 3)
    for number, rep in enumerate(
            [r for r in reps[1:] if r.org_unit.is_within(bosses[0].org_unit)][:4], start=1):
        at = start + timedelta(days=1, hours=number)
        with clock_at(at):
            submitted = services.submit_check_in(rep, checkin, "茶具区已按手册陈列。", [])
        if number <= 2:
            with clock_at(at + timedelta(hours=3)):
                services.review_check_in(bosses[0], submitted.id, number == 1,
                                         "" if number == 1 else "请补一张整体照片")
    db.session.flush()


def _task(author: User, kind: str, title: str, start, days: int, **values):
    task = services.create_task(author, {"kind": kind, "title": title, "start_at": start,
                                         "due_at": start + timedelta(days=days), **values})
    return services.publish(author, task.id)


def _page(title: str, text: str, min_seconds: int) -> dict:
    return {"title": title, "body": [{"type": "text", "text": text}], "file_url": None,
            "min_seconds": min_seconds}


def _read_course(rep: User, course, at) -> None:
    """The rep reads each page a little longer than its minimum, on the clock."""
    for page in course.pages:
        with clock_at(at):
            services.open_page(rep, course, page.id)
        at += timedelta(seconds=page.min_seconds + 15)
        with clock_at(at):
            services.read_page(rep, course, page.id)


def _take_quiz(rep: User, quiz, at, right: int) -> None:
    """The rep answers the first `right` questions right and the rest wrong."""
    with clock_at(at):
        attempt = services.start_attempt(rep, quiz)
    answers = {}
    for index, question in enumerate(quiz_questions(quiz)):
        wrong = [key for key in range(len(question.options)) if key not in question.answer][:1]
        answers[question.id] = question.answer if index < right else wrong
    with clock_at(at + timedelta(minutes=4)):
        services.submit_attempt(rep, attempt, answers)
