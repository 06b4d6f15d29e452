"""What marketing adds to every customer's timeline, each fact told once by its own table (the
events of its object type are this source's, so the activity log leaves them out): materials
read (the visit and `material_open` events of a material), coupons claimed and what became of
them, group-buy seats and how the group ended."""

from sqlalchemy import select

from app.clients import timeline
from app.extensions import db
from app.marketing.models import CouponClaim, GroupMember, MaterialOpen
from app.marketing.services.coupons import terms_text
from app.shop.models import ShareToken

# --- materials: 阅读素材 -----------------------------------------------------------------------

def stay(seconds: int) -> str:
    """How long a page stayed open, in words: 45秒, 1分05秒, 1小时02分."""
    if seconds < 60:
        return f"{seconds}秒"
    if seconds < 3600:
        return f"{seconds // 60}分{seconds % 60:02d}秒"
    return f"{seconds // 3600}小时{seconds % 3600 // 60:02d}分"


def _material_opens(ids):
    rows = db.session.execute(
        select(MaterialOpen, ShareToken.referrer_id)
        .outerjoin(ShareToken, ShareToken.id == MaterialOpen.share_id)
        .where(MaterialOpen.id.in_(ids)))
    return {o.id: timeline.item(
        "material_open", o.opened_at, f"阅读素材「{o.material.title}」",
        timeline.lines(o.seconds and f"停留 {stay(o.seconds)}",
                       "朋友转发的链接" if referrer_id not in (None, o.customer_id) else "",
                       "首次访问" if o.new_customer else ""),
        None, "material", o.material_id)
        for o, referrer_id in rows}



# --- coupons and group-buys -------------------------------------------------------------------

CLAIM_STATE_LABELS = {"unused": "未使用", "used": "已使用", "expired": "已过期"}
MEMBER_STATE_LABELS = {"held": "待付款", "paid": "已付款", "left": "已退出",
                       "refunded": "已退款"}
GROUP_STATE_LABELS = {"open": "拼团中", "succeeded": "已成团", "failed": "拼团失败"}


def _coupon_items(ids):
    return {c.id: timeline.item(
        "coupon", c.claimed_at, "领取优惠券",
        timeline.lines(f"{c.template.name}（{terms_text(c.template)}）",
                       CLAIM_STATE_LABELS.get(c.state, c.state),
                       c.share_id and "通过分享链接领取"),
        None, "coupon_claim", c.id)
        for c in db.session.scalars(select(CouponClaim).where(CouponClaim.id.in_(ids)))}


def _group_items(ids):
    items = {}
    for m in db.session.scalars(select(GroupMember).where(GroupMember.id.in_(ids))):
        group = m.group
        items[m.id] = timeline.item(
            "group_buy", m.joined_at, "发起拼团" if m.leader else "参加拼团",
            timeline.lines(f"{group.campaign.name}（{group.size}人团）",
                           GROUP_STATE_LABELS.get(group.state, group.state),
                           MEMBER_STATE_LABELS.get(m.state, m.state)),
            None, "buy_group", group.id)
    return items


# Filled at import, once per process: marketing's services import this module.
timeline.register_source("material", timeline.Source(
    MaterialOpen, MaterialOpen.opened_at, lambda cid: MaterialOpen.customer_id == cid,
    _material_opens, "material"))
timeline.register_source("coupon", timeline.Source(
    CouponClaim, CouponClaim.claimed_at, lambda cid: CouponClaim.customer_id == cid,
    _coupon_items, "coupon_claim"))
timeline.register_source("group_buy", timeline.Source(
    GroupMember, GroupMember.joined_at, lambda cid: GroupMember.customer_id == cid,
    _group_items, "group_member"))
