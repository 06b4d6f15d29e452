"""The demo's auto-tag rules, one of each kind, set up before the demo's weeks begin: they tag
customers as their events come and at each night's run (app.seed.timeline), as they would
live."""

from sqlalchemy import select

from app.clients import rules
from app.clients.models import AutoTagRule
from app.extensions import db
from app.org.models import User
from app.seed.strategies import _tag as vocabulary_tag
from app.shop.models import Category

# (tag group, tag, rule); a rule's "category" is the demo catalog's category name.
RULES = [
    ("兴趣", "茶友", dict(name="常看茶叶茶具", kind="viewed_category", category="茗茶茶具",
                         min_count=2, days=21)),
    ("兴趣", "数码控", dict(name="常看手机", kind="viewed_category", category="手机通讯",
                          min_count=2, days=21)),
    ("消费", "高消费", dict(name="累计消费满 3000 元", kind="spent_at_least", min_amount=300_000)),
    ("互动", "爱咨询", dict(name="近 30 天咨询过", kind="did", verb="consultation", min_count=1,
                         days=30)),
    ("活跃度", "沉睡客户", dict(name="两周未访问", kind="no_visit_for", days=14)),
]


def seed_rules(admin: User) -> list[AutoTagRule]:
    """HQ's rules, with their tags (added to the vocabulary if missing)."""
    categories = dict(db.session.execute(select(Category.name, Category.id)).all())
    made = []
    for group_name, tag_name, spec in RULES:
        spec = dict(spec)
        if "category" in spec:
            spec["category_id"] = categories[spec.pop("category")]
        tag = vocabulary_tag(admin, group_name, tag_name)
        made.append(rules.create_rule(admin, {"tag_id": tag.id, **spec}))
    return made
