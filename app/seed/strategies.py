"""The demo's strategy library: what HQ recommends for the usual situations of a customer, so
the guidance page of a demo customer has something to say."""

from sqlalchemy import select

from app.clients import services as clients
from app.clients.models import Tag, TagGroup
from app.extensions import db
from app.org.models import User
from app.shop.models import Product
from app.strategies.services import create_strategy

FIRST_ORDER_TAG = ("消费", "首单")  # (group, tag)


def seed_strategies(admin: User) -> list:
    """About ten strategies written by HQ's admin, with products of the demo catalog."""
    products = db.session.scalars(select(Product).where(Product.on_sale)
                                  .order_by(Product.sort_order, Product.id)).all()

    def tagged(word: str, count: int = 1) -> list[dict]:
        return [{"kind": "product", "id": p.id} for p in products if word in p.tags][:count]

    first_order = _tag(admin, *FIRST_ORDER_TAG)
    specs = [
        dict(name="重要挽留：专属回访", priority=90, segments=["important_retain"],
             actions=["电话回访，问问最近没来的原因", "送上老客户专属优惠，约个时间回店看看",
                      "回访后写跟进，约好下次联系时间"],
             talking_points=["您好，好久没联系了，最近一切都好吧？店里给老客户准备了一份专属优惠，"
                             "我特意给您留了一份，这周方便过来看看吗？",
                             "上次您买的用着怎么样？有任何问题都可以直接找我，保修和售后我来帮您跟进。"],
             materials=tagged("热销")),
        dict(name="渐退出：关怀回访", priority=85, flags=["fading"],
             actions=["先关心、不推销：问问使用体验", "了解是不是有不满意的地方，能解决的当场解决",
                      "一周内再跟进一次"],
             talking_points=["最近有段时间没见您了，想问问之前买的东西用得还顺手吗？",
                             "如果有哪里不满意一定告诉我，我这边帮您协调处理。"]),
        dict(name="高潜力：推荐新品", priority=80, flags=["high_potential"],
             actions=["挑两款新品发给客户", "邀请参加新品体验", "留意客户的回复，及时约见"],
             talking_points=["店里刚到了几款新品，我觉得很适合您，先发给您看看，喜欢的话可以来店里体验。"],
             materials=tagged("新品", 2)),
        dict(name="重要价值：VIP 维护", priority=75, segments=["important_value"],
             actions=["节日、生日送上问候", "新品和活动第一时间告知", "邀请推荐亲友，给予感谢礼"],
             talking_points=["感谢您一直以来的支持！有新品和会员活动我第一时间告诉您。",
                             "身边有朋友需要的话，欢迎介绍给我，我一定照顾好。"]),
        dict(name="首单客户：复购引导", priority=70, tag_ids=[first_order.id],
             actions=["收货后三天内回访使用体验", "推荐搭配的配件或耗材", "提醒售后和保修政策"],
             talking_points=["东西收到了吧？用着还习惯吗？有不会设置的地方随时找我。",
                             "这款配上这个配件会更好用，老客户再买有优惠，需要的话我帮您留一个。"],
             materials=tagged("包邮")),
        dict(name="需求阶段：促成交", priority=65, stages=["need"],
             actions=["确认预算和用途，给出两个方案", "说明分期、以旧换新等优惠",
                      "约定时间到店体验或送货上门"],
             talking_points=["根据您说的用途，我挑了两款最合适的，价格和区别给您列一下，您看看哪款更合心意。",
                             "现在可以分期免息，旧机也能折价抵扣，算下来很划算。"],
             materials=tagged("分期免息")),
        dict(name="兴趣阶段：邀约到店", priority=60, stages=["interested"],
             actions=["发一条不打扰的问候", "邀请到店体验", "问清关注点，记在备注里"],
             talking_points=["看您最近在关注我们的商品，有什么想了解的都可以问我；"
                             "方便的话来店里上手试试，体验一下再决定。"]),
        dict(name="重要发展＋复购：提升频次", priority=55, segments=["important_develop"],
             stages=["repeat", "super"],
             actions=["推荐常用的耗材和配件", "告知会员日和积分活动"],
             talking_points=["您是我们的老朋友了，会员日有双倍积分，需要补点什么提前告诉我。"]),
        dict(name="保持客户：防流失提醒", priority=50, segments=["important_keep", "general_keep"],
             actions=["发送近期活动", "询问是否有新需求"],
             talking_points=["最近店里有活动，给您发一下，看看有没有需要的。"]),
        dict(name="无意向：长期培育", priority=20, follow_states=["no_interest"],
             actions=["降低联系频率，每月一次轻问候", "节日问候，不推销"],
             talking_points=["节日快乐！有需要随时找我。"]),
    ]
    return [create_strategy(admin, **spec) for spec in specs]


def _tag(admin: User, group_name: str, name: str) -> Tag:
    """The vocabulary's tag of that name, added (with its group) if the demo has none yet."""
    tag = db.session.scalars(select(Tag).where(Tag.name == name).limit(1)).first()
    if tag is not None:
        return tag
    group = db.session.scalars(select(TagGroup).where(TagGroup.name == group_name)).first() \
        or clients.create_group(admin, group_name)
    return clients.create_tag(admin, group.id, name)
