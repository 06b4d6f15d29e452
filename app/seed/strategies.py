"""The demo's strategy library: what HQ recommends for the usual situations of a customer. Every
stage and every segment has advice of its own, so the guidance page of every demo customer has
something to say (tests/seed checks it against the demo)."""

from sqlalchemy import select

from app.clients import services as clients
from app.clients.models import Tag, TagGroup
from app.extensions import db
from app.org.models import User
from app.shop.models import Product
from app.strategies.services import create_strategy

FIRST_ORDER_TAG = ("消费", "首单")  # (group, tag)


def seed_strategies(admin: User) -> list:
    """Twenty strategies written by HQ's admin, with products of the demo catalog."""
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
        dict(name="重要发展：培养复购", priority=54, segments=["important_develop"],
             actions=["收货一周后回访，问问用得怎么样", "推荐与已购商品搭配的配件",
                      "记下客户的下一次需求和时间"],
             talking_points=["上次买的用着还顺手吧？这款配件和它是一套的，很多老客户都一起配了，"
                             "需要的话我给您留一个。"],
             materials=tagged("包邮")),
        dict(name="一般价值：提升客单价", priority=48, segments=["general_value"],
             actions=["推荐同系列的升级款", "告知满减和以旧换新，算清差价"],
             talking_points=["您常来，给您算了一下：这款升级版加上以旧换新补贴，只多花一点，"
                             "用起来能好不少。"],
             materials=tagged("以旧换新")),
        dict(name="一般发展：培养购买习惯", priority=46, segments=["general_develop"],
             actions=["发一份入门好物清单", "邀请关注店铺上新", "下次联系约在两周后"],
             talking_points=["给您整理了几样大家回购最多的小物件，价格实在，需要随时找我。"],
             materials=tagged("热销", 2)),
        dict(name="一般挽留：低成本唤醒", priority=44, segments=["general_retain"],
             actions=["发一条节日或活动问候，不推销", "附上一张近期活动海报"],
             talking_points=["好久不见！店里这周有活动，给您发一下，看看有没有用得上的。"]),
        dict(name="超级客户：邀请推荐", priority=42, stages=["super"],
             actions=["亲自致谢，送上专属礼品", "邀请推荐亲友，说明推荐的感谢礼",
                      "新品先请客户体验"],
             talking_points=["一直以来太感谢您了！身边有朋友需要的话，推荐给我，"
                             "我一定照顾好，也给您准备了一份谢礼。"]),
        dict(name="复购客户：会员关怀", priority=40, stages=["repeat"],
             actions=["告知会员日和积分活动", "根据上两次购买推荐下一件"],
             talking_points=["您是店里的老朋友了，会员日有双倍积分，想补点什么提前告诉我。"]),
        dict(name="成交阶段：首单回访", priority=38, stages=["deal"],
             actions=["收货后三天内回访使用体验", "教会客户常用功能", "留下售后和保修的联系方式"],
             talking_points=["东西收到了吧？用着还习惯吗？有不会设置的地方随时找我，"
                             "保修和售后我来帮您跟进。"]),
        dict(name="触达阶段：建立信任", priority=34, stages=["reached"],
             actions=["加微信，发一张个人名片", "问清客户关心的品类，记在备注里",
                      "分享一篇实用的选购知识"],
             talking_points=["您好，我是您的专属顾问，以后买东西、售后有任何问题都可以直接找我。"]),
        dict(name="画像阶段：破冰问候", priority=30, stages=["profiled"],
             actions=["看看客户浏览了哪些商品", "发一条不打扰的欢迎语，附上店铺链接"],
             talking_points=["欢迎来店里逛逛！看中了什么可以直接问我，价格和库存我帮您查。"]),
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
