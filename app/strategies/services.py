"""The strategy library: HQ's edits (every condition and material checked against what exists)
and matching a customer against the enabled strategies, with the reasons of each match."""

from dataclasses import dataclass

from sqlalchemy import select

from app.clients.models import (
    FLAG_NAMES,
    FOLLOW_STATE_NAMES,
    SEGMENT_NAMES,
    STAGE_NAMES,
    Tag,
)
from app.core.access import ROLE_HQ, require_role
from app.core.db import check_name_free
from app.core.errors import ValidationError
from app.customers.models import Customer
from app.extensions import db
from app.inbox.models import Article
from app.shop.models import Product
from app.strategies.models import CONDITIONS, Strategy

FIELDS = ("name", "priority", "enabled", *CONDITIONS, "actions", "talking_points", "materials")

# The words a rep reads in "why this strategy" (see GLOSSARY.md).
CONDITION_NAMES = {"segments": "分层", "stages": "阶段", "tag_ids": "标签", "flags": "标记",
                    "follow_states": "跟进状态"}
VALUE_NAMES = {"segments": SEGMENT_NAMES, "stages": STAGE_NAMES, "flags": FLAG_NAMES,
               "follow_states": FOLLOW_STATE_NAMES}


# --- HQ's edits ------------------------------------------------------------------------------

def create_strategy(actor, **values) -> Strategy:
    """Raise ValidationError for a taken name, no condition at all, an unknown tag, product
    or article."""
    require_role(actor, [ROLE_HQ])
    strategy = Strategy(author_id=actor.id)
    _apply(strategy, values)
    db.session.add(strategy)
    db.session.flush()
    return strategy


def update_strategy(actor, strategy: Strategy, changes: dict) -> Strategy:
    """Change any fields; a list given replaces the stored one. Raises as create_strategy."""
    require_role(actor, [ROLE_HQ])
    _apply(strategy, changes, strategy.id)
    db.session.flush()
    return strategy


def delete_strategy(actor, strategy: Strategy) -> None:
    require_role(actor, [ROLE_HQ])
    db.session.delete(strategy)
    db.session.flush()


def _apply(strategy: Strategy, values: dict, strategy_id: int | None = None) -> None:
    if "name" in values:
        check_name_free(Strategy, values["name"], strategy_id)
    for condition in CONDITIONS:
        if condition in values:
            values[condition] = list(dict.fromkeys(values[condition]))  # each value once
    if not any(values.get(c, getattr(strategy, c, None)) for c in CONDITIONS):
        message = "至少设置一个匹配条件：分层、阶段、标签、标记或跟进状态"
        raise ValidationError(message, fields={"_schema": [message]})
    if values.get("tag_ids"):
        found = set(db.session.scalars(select(Tag.id).where(Tag.id.in_(values["tag_ids"]))))
        if found != set(values["tag_ids"]):
            raise ValidationError(fields={"tag_ids": ["有不存在的标签"]})
    if "materials" in values:
        values["materials"] = _checked_materials(values["materials"])
    for field in FIELDS:
        if field in values:
            setattr(strategy, field, values[field])


def _checked_materials(materials: list[dict]) -> list[dict]:
    """Materials as stored: products and articles must exist; their title defaults to theirs."""
    sources = {"product": (Product, "name", "商品不存在"),
               "article": (Article, "title", "文章不存在")}
    stored, errors = [], {}
    for index, material in enumerate(materials):
        kind = material["kind"]
        if kind in sources:
            model, title_field, missing = sources[kind]
            found = db.session.get(model, material["id"])
            if found is None:
                errors[str(index)] = {"id": [missing]}
                continue
            title = material.get("title") or getattr(found, title_field)
            stored.append({"kind": kind, "id": found.id, "title": title, "url": None})
        else:
            stored.append({"kind": kind, "id": None, "title": material["title"],
                           "url": material["url"]})
    if errors:
        raise ValidationError(fields={"materials": errors})
    return stored


# --- matching ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Facts:
    """What strategies match on, of one customer."""

    segment: str | None
    stage: str
    tags: dict[int, str]  # id -> name, in the vocabulary's order
    flags: tuple[str, ...]
    follow_state: str

    @classmethod
    def of(cls, customer: Customer) -> "Facts":
        """From a customer with what clients.queries.for_book attaches (tags, rfm, flags)."""
        return cls(segment=customer.rfm.segment if customer.rfm else None,
                   stage=customer.stage,
                   tags={applied.tag_id: applied.tag.name for applied in customer.applied_tags},
                   flags=tuple(customer.flags), follow_state=customer.follow_state)

    def values(self, condition: str) -> list:
        return {"segments": [self.segment] if self.segment else [],
                "stages": [self.stage],
                "tag_ids": list(self.tags),
                "flags": list(self.flags),
                "follow_states": [self.follow_state]}[condition]

    def label(self, condition: str, value) -> str:
        if condition == "tag_ids":
            return self.tags[value]
        return VALUE_NAMES[condition].get(value, value)


def matched_on(strategy: Strategy, facts: Facts) -> list[dict] | None:
    """Why the strategy fits the customer, one line per condition it sets (分层：重要挽留); None
    when any condition it sets does not hold."""
    lines = []
    for condition in CONDITIONS:
        wanted = getattr(strategy, condition)
        if not wanted:
            continue
        hits = [value for value in facts.values(condition) if value in wanted]
        if not hits:
            return None
        lines.append({"condition": condition,
                      "text": f"{CONDITION_NAMES[condition]}：" + "、".join(
                          facts.label(condition, value) for value in hits)})
    return lines or None


def matching(facts: Facts) -> list[tuple[Strategy, list[dict]]]:
    """The enabled strategies that fit, highest priority first, each with why it fits."""
    found = []
    for strategy in db.session.scalars(select(Strategy).where(Strategy.enabled)
                                       .order_by(Strategy.priority.desc(), Strategy.id)):
        reasons = matched_on(strategy, facts)
        if reasons is not None:
            found.append((strategy, reasons))
    return found
