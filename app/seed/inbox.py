"""The demo's inbox: HQ's knowledge base, and for the first reps questions from their customers
(answered and not) and bookings (one of them today), played through the services in their
place in the demo's weeks (app.seed.timeline), so they are counted, move stages and reach the
reps like live ones."""

from datetime import timedelta

from sqlalchemy import select

from app.core.db import utcnow
from app.customers.models import Customer
from app.extensions import db
from app.inbox import services
from app.inbox.models import Booking, Consultation
from app.org.models import User
from app.seed.catalog import PRODUCTS
from app.seed.timeline import Timeline
from app.shop.models import Product

# (kind, title, body, keywords, product key or None)
ARTICLES = [
    ("qa", "下单后多久发货？", "现货商品下单后 48 小时内发出，偏远地区顺延 1-2 天。"
     "门店自提的订单，店主确认后当天即可到店取货。", "发货 物流 快递 自提", None),
    ("qa", "支持七天无理由退换吗？", "支持。签收 7 天内商品完好、配件齐全即可申请退换，"
     "质量问题由我们承担往返运费。已激活的手机、拆封的茶叶和保健品除外。", "退货 换货 售后", None),
    ("qa", "以旧换新怎么算价格？", "旧机到店或视频评估，按成色、功能和市场行情给出回收价，"
     "当场抵扣新机货款。评估后不换也没关系，不收任何费用。数据由店主协助清除。",
     "以旧换新 回收 补贴", "mate-70-pro"),
    ("qa", "可以分期付款吗？", "手机、电脑等 2000 元以上的商品支持 12 期或 24 期分期，"
     "部分机型免息，具体以下单时页面显示为准。分期需本人实名办理。", "分期 免息 付款", "mate-x6"),
    ("qa", "保修多久？怎么保修？", "手机、电脑、家电整机保修一年，凭订单号即可到店或寄修。"
     "店主可代办送修，修好后送回，不用自己跑售后网点。", "保修 维修 售后", None),
    ("know_how", "给长辈选手机看这三点", "一看续航：5000mAh 以上，两天一充；"
     "二看屏幕：6.5 英寸以上、支持大字体；三看安全：有一键求助和位置共享。"
     "畅享 70X 三点都满足，店主可提前设置好微信。",
     "长辈 老人机 续航 大字体", "enjoy-70x"),
    ("know_how", "降噪耳机怎么选", "通勤地铁选主动降噪深度高的头戴式（如 WH-1000XM5）；"
     "运动和日常选入耳式（如 FreeBuds Pro 4），轻便不压头。通话多的顾客关注麦克风降噪。",
     "耳机 降噪 通勤", "sony-wh1000xm5"),
    ("know_how", "血压手表能代替血压计吗？", "WATCH D2 的腕部血压测量已取得医疗器械注册证，"
     "适合日常随时记录；确诊和用药调整仍以上臂式血压计和医生意见为准，两者可以搭配使用。",
     "血压 手表 健康", "watch-d2"),
    ("know_how", "明前龙井怎么冲泡", "玻璃杯下投法：先注三分之一 80-85℃ 的水，放 3 克茶叶，"
     "轻摇醒茶 20 秒后再注满。不要用沸水，也不要加盖闷泡，否则会发黄发苦。",
     "龙井 绿茶 冲泡 水温", "longjing-mingqian"),
    ("know_how", "普洱熟茶的存放", "放在通风、无异味、避光的地方，湿度 60%-70% 为宜，不要进冰箱。"
     "开饼后可放在紫砂罐或纸袋里，一两个月内喝完口感最好。", "普洱 存放 茶饼", "puer-shu-357"),
    ("know_how", "扫拖机器人的日常保养", "每周清理一次主刷缠绕的头发，滤网每月用清水冲洗晾干；"
     "自清洁基站的污水箱每次拖地后倒掉，避免异味。边刷和拖布建议三到六个月更换。",
     "扫地机 保养 清洁", "roborock-p20-pro"),
    ("qa", "鱼油和钙片可以一起吃吗？", "可以。钙片建议随餐或餐后服用，鱼油随餐吸收更好，"
     "两者间隔不需要太久。正在服用抗凝药物的顾客请先咨询医生。", "鱼油 钙片 保健品 服用",
     "fish-oil"),
]
DRAFT = ("qa", "年货节活动规则（草稿）", "活动时间、满减档位待总部确认后发布。", "年货节 活动",
         None)

# (question, answer or None: waiting, product key or None, hours ago)
QUESTIONS = [
    ("旧手机能抵多少钱？我的是前年买的 P50。", "P50 成色好的话可以抵 1000 元左右，您方便的话拍几张"
     "照片发我，我先帮您估个价。", "mate-70-pro", 50),
    ("这款泡多少度的水合适？", "80-85℃ 就好，玻璃杯下投法，具体步骤我发您一篇冲泡方法。",
     "longjing-mingqian", 26),
    ("周末门店几点开门？想带我妈去看看手机。", None, None, 3),
]
REPS_WITH_INBOX = 4


def add_knowledge_base(admin: User) -> None:
    """HQ's articles (one still a draft), some about products of the demo catalog."""
    products = {product.name: product for product in db.session.scalars(select(Product))}
    by_key = {spec["key"]: products.get(spec["name"]) for spec in PRODUCTS}
    for (kind, title, body, keywords, key), published in [*((a, True) for a in ARTICLES),
                                                           (DRAFT, False)]:
        services.create_article(admin, title=title, body=body, kind=kind, keywords=keywords,
                                product_id=by_key[key].id if key and by_key[key] else None,
                                published=published)


def plan_inbox(timeline: Timeline, reps: list[User]) -> None:
    """The first reps' questions and bookings, each from a customer who visited lately."""
    rng, now = timeline.rng, timeline.now
    by_key = {spec["key"]: spec["name"] for spec in PRODUCTS}
    for rep in reps[:REPS_WITH_INBOX]:
        used: set[int] = set()
        for question, answer, key, hours in QUESTIONS:
            asked_at = now - timedelta(hours=hours, minutes=rng.randint(0, 50))
            timeline.at(asked_at, ask, timeline, rep, used, question, answer,
                        by_key.get(key), hours > 24)
        today = timeline.local(timeline.days()[-1], 16)
        timeline.at(now - timedelta(hours=2), book, timeline, rep, used, "visit",
                    max(today, now + timedelta(minutes=30)),
                    "想到店看看折叠屏，顺便给爸妈挑个手表。", [])
        tomorrow = timeline.local(timeline.days()[-1] + timedelta(days=1), 10)
        timeline.at(now - timedelta(days=1), book, timeline, rep, used, "appointment", tomorrow,
                    "手机数据迁移，旧机是苹果。",
                    [(timedelta(hours=1), "confirm",
                      "好的，明早 10 点店里见，记得带上旧手机和充电线。")])
        long_ago = now - timedelta(days=6)
        in_two_days = timeline.local(timeline.days()[-7] + timedelta(days=2), 15)
        timeline.at(long_ago, book, timeline, rep, used, "visit", in_two_days, "想试听降噪耳机。",
                    [(timedelta(hours=3), "confirm", "没问题，周末下午都在店里。"),
                     (in_two_days - long_ago + timedelta(hours=2), "done",
                      "感谢到店，耳机有问题随时找我。")])


def recent_customer(rep: User, used: set[int]) -> Customer | None:
    """The rep's customer who visited last, not yet asking or booking in the demo."""
    found = db.session.scalars(select(Customer).where(Customer.rep_id == rep.id,
                                                      Customer.id.not_in(used))
                               .order_by(Customer.last_visit_at.desc()).limit(1)).first()
    if found is not None:
        used.add(found.id)
    return found


def ask(timeline: Timeline, rep: User, used: set[int], question: str, answer: str | None,
        product_name: str | None, seen: bool) -> None:
    """A customer asks; the rep answers within the hour or two (one question still waits),
    and a customer who asked long ago has been back to read the answer."""
    customer = recent_customer(rep, used)
    if customer is None:
        return
    product = db.session.scalar(select(Product).where(Product.name == product_name)) \
        if product_name else None
    consultation = services.ask(rep, customer, question, product)
    if answer:
        answered_at = utcnow() + timedelta(minutes=timeline.rng.randint(10, 90))
        timeline.at(answered_at, reply, rep, consultation.id, answer)
        if seen:
            timeline.at(answered_at + timedelta(hours=3), services.mark_seen, rep, customer)


def reply(rep: User, consultation_id: int, answer: str) -> None:
    services.answer(rep, db.session.get(Consultation, consultation_id), answer)


def book(timeline: Timeline, rep: User, used: set[int], kind: str, starts_at, note: str,
         steps: list) -> None:
    """A customer books; the rep then takes each step (after, action, reply) in its time."""
    customer = recent_customer(rep, used)
    if customer is None:
        return
    booking = services.book(rep, customer, kind, starts_at, note)
    for after, action, text in steps:
        timeline.at(utcnow() + after, move_booking, rep, booking.id, action, text)


def move_booking(rep: User, booking_id: int, action: str, text: str) -> None:
    services.transition(db.session.get(Booking, booking_id), action, rep, reply=text)
