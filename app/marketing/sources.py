"""What marketing adds to the customer book's registries: its facts on every customer's
timeline, each told once by its own table (the visit and `material_open` events of a material
are this source's, so the activity log leaves them out)."""

from sqlalchemy import select

from app.clients import timeline
from app.extensions import db
from app.marketing.models import MaterialOpen
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


# Filled at import, once per process: create_app() imports this module.
timeline.register_source("material", timeline.Source(
    MaterialOpen, MaterialOpen.opened_at, lambda cid: MaterialOpen.customer_id == cid,
    _material_opens, "material"))
