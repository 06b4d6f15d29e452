"""The demo reps' own days, played through the services (app.seed.timeline): they sign in and
read their notices, follow up their customers (and tick off the next actions), and adopt
engaged visitors from the radar. Some customers are never contacted, as in any team: the
久未跟进 filter and today's list have something to show."""

from datetime import timedelta

from sqlalchemy import select

from app.clients import services as clients
from app.clients.models import FollowUp
from app.core.db import local_day, utcnow
from app.core.notifications import mark_all_read
from app.customers.models import Customer
from app.extensions import db
from app.org.services import signed_in
from app.seed.shop import SURNAMES, RepShop
from app.seed.timeline import WORK_HOURS, Timeline
from app.shop.services import visits

# (kind, what was said, outcome, next action or "")
FOLLOW_UPS = [
    ("call", "电话回访，问了新机的使用情况", "用着满意，想给家人也看一款", "发两款适合长辈的机型"),
    ("wechat", "微信发了本周以旧换新活动", "有兴趣，周末可能到店", "周六上午再确认到店时间"),
    ("wechat", "发了耳机和手表的搭配推荐", "先看看，暂不需要", ""),
    ("visit", "到店体验了折叠屏", "很喜欢，在比较价格", "整理分期方案发给客户"),
    ("call", "提醒保修和售后服务", "已了解", ""),
    ("meeting", "上门帮忙设置了新机和数据迁移", "问题都解决了", "一周后回访使用体验"),
    ("wechat", "节日问候，送上会员优惠", "表示感谢", ""),
    ("call", "介绍了茶叶新品和冲泡方法", "想买来送人", "寄一份样品"),
]
RECENTLY = timedelta(days=2)  # a rep does not call the same customer again this soon
ADOPT_VISITS = 3  # a visitor this engaged is worth adopting in the radar


def plan_reps(timeline: Timeline, shops: list[RepShop]) -> None:
    rng = timeline.rng
    for day in timeline.days():
        for shop in shops:
            rep, diligence = shop.rep, shop.diligence
            for moment in timeline.moments(day, max(1, round(rng.randint(1, 2) * diligence)),
                                           WORK_HOURS):
                timeline.at(moment, sign_in, rep)
            for moment in timeline.moments(day, round(rng.randint(0, 3) * diligence),
                                           WORK_HOURS):
                timeline.at(moment, follow_up, timeline, shop)
            if rng.random() < 0.4 * diligence:
                timeline.at(timeline.moments(day, 1, WORK_HOURS)[0], adopt, timeline, shop)


def sign_in(rep) -> None:
    """The rep opens the app and reads what came since last time."""
    signed_in(rep)
    mark_all_read(rep)


def follow_up(timeline: Timeline, shop: RepShop) -> None:
    """The rep contacts one of their customers and notes the next action, due in a few days;
    most next actions are done when due, some are left open (and come up as overdue)."""
    rng, rep = timeline.rng, shop.rep
    known = db.session.scalars(select(Customer).where(Customer.rep_id == rep.id,
                                                      Customer.status == "customer")
                               .order_by(Customer.id)).all()
    if not known:
        return
    customer, now = rng.choice(known), utcnow()
    if customer.last_contact_at and now - customer.last_contact_at < RECENTLY:
        return
    kind, content, outcome, next_action = rng.choice(FOLLOW_UPS)
    due_at = None
    if next_action:
        due_day = local_day(now, timeline.zone) + timedelta(days=rng.randint(1, 5))
        due_at = timeline.local(due_day, 10)
    logged = clients.log_follow_up(
        rep, customer, follow_state="no_interest" if rng.random() < 0.05 else None,
        kind=kind, content=content, outcome=outcome, next_action=next_action, due_at=due_at)
    if due_at is not None and rng.random() < 0.7:
        timeline.at(due_at + timedelta(hours=rng.randint(0, 8)), done, rep, logged.id)


def done(rep, follow_up_id: int) -> None:
    clients.complete_follow_up(rep, db.session.get(FollowUp, follow_up_id))


def adopt(timeline: Timeline, shop: RepShop) -> None:
    """The rep adopts an engaged visitor from the radar, with the name and phone they gave."""
    rng, rep = timeline.rng, shop.rep
    engaged = db.session.scalars(select(Customer).where(
        Customer.rep_id == rep.id, Customer.status == "visitor",
        Customer.visit_count >= ADOPT_VISITS).order_by(Customer.id)).all()
    if engaged:
        visits.adopt_customer(rep, rng.choice(engaged),
                              rng.choice(SURNAMES) + rng.choice(["先生", "女士"]),
                              f"138{rng.randrange(10**8):08d}")
