"""Auto-tag rules: HQ's rules that turn what customers do into tags.

A rule matches a customer by one of four kinds (models.RULE_PARAMS):
`viewed_category` opened product pages of category X at least N times in the last D days;
`did` did verb V (models.RULE_VERBS) at least N times in the last D days, optionally about one
object (opened material X: a verb whose events name an object type a higher package
registered with `register_rule_object`); `spent_at_least`
paid at least A fen (paid and completed orders) in the last D days, or ever; `no_visit_for`
has not visited for D days. "The last D days" is [now - D days, now]: an event exactly D days
old still counts, and a last visit exactly D days ago is D days without a visit.

Each kind is one select of the matching customer ids (`matching`), used two ways:
- on a new event (`on_event`, a receiver of core.events.event_recorded): only the enabled rules
  the event's verb can affect, only for the event's customer, in the event's transaction;
- nightly (`run_all`) and when HQ runs a rule now (`run_rule`): set-based over all customers,
  a few statements per rule, never a loop over customers.

Either way a rule takes its tag off only where a rule put it (source "rule"); a customer
carrying the tag by hand keeps it as it is and is not tagged again. A rep who adds by hand a tag
a rule put on makes it manual; a rep who takes a rule's tag off dismisses it (TagDismissal):
the rule leaves that customer alone while they keep matching, and the next full run forgets the
dismissal once they stop, so a later match tags them again. Every add and remove is logged in
customer_tag_change with source "rule" and no actor.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, false, func, insert, literal, or_, select, update

from app.clients import services
from app.clients.models import (
    RULE_PARAM_FIELDS,
    RULE_VERBS,
    AutoTagRule,
    CustomerTag,
    CustomerTagChange,
    Tag,
    TagDismissal,
)
from app.clients.stages import PAID
from app.core.access import ROLE_HQ, get_or_404, require_role
from app.core.company import company_zone
from app.core.db import UTCDateTime, check_name_free, dialect_insert, local_day, utcnow
from app.core.errors import Conflict, ValidationError
from app.core.events import event_recorded
from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.extensions import db
from app.shop.models import Category, Order, Product

# What an event of a verb can do to each kind's outcome for its customer: "add" (the customer
# may start matching) or "remove" (may stop). A `did` rule is moved ("add") by its own verb.
# Matches that fade as time passes (a window sliding on) are the nightly run's.
EFFECTS = {
    "visit": {"viewed_category": "add", "no_visit_for": "remove"},
    "order_paid": {"spent_at_least": "add"},
    "order_refunded": {"spent_at_least": "remove"},
}



@dataclass(frozen=True)
class RuleObject:
    """What the events of a verb are about, when a `did` rule may name one of them."""

    object_type: str  # the events' object_type
    exists: Callable[[int], bool]  # whether an object of that id exists (a rule's check)


# Filled by the packages that record the verbs (marketing: material_open, a material), so a
# rule can say "opened material X" while this package knows no marketing model.
RULE_OBJECTS: dict[str, RuleObject] = {}


def register_rule_object(verb: str, rule_object: RuleObject) -> None:
    if verb not in RULE_VERBS:
        raise ValueError(f"{verb!r} is not a verb a rule may count")
    RULE_OBJECTS[verb] = rule_object


# --- HQ's rules --------------------------------------------------------------------------------

def get_rule(rule_id: int) -> AutoTagRule:
    return get_or_404(AutoTagRule, rule_id, "规则不存在")


def list_rules() -> list[AutoTagRule]:
    return list(db.session.scalars(select(AutoTagRule).order_by(AutoTagRule.id)))


def _check(values: dict, rule_id: int | None = None) -> None:
    """Raise ValidationError for a taken name, an unknown tag or category, or a tag another
    rule already applies (one rule per tag: a rule-applied tag is that rule's to remove)."""
    check_name_free(AutoTagRule, values["name"], rule_id)
    errors = {}
    if db.session.get(Tag, values["tag_id"]) is None:
        errors["tag_id"] = ["标签不存在"]
    else:
        other = db.session.scalar(select(AutoTagRule.name).where(
            AutoTagRule.tag_id == values["tag_id"], AutoTagRule.id != (rule_id or 0)))
        if other is not None:
            errors["tag_id"] = [f"规则「{other}」已在自动打这个标签"]
    if values.get("category_id") is not None \
            and db.session.get(Category, values["category_id"]) is None:
        errors["category_id"] = ["分类不存在"]
    if values.get("object_id") is not None:
        rule_object = RULE_OBJECTS.get(values.get("verb"))
        if rule_object is None:
            errors["object_id"] = ["该行为不能指定对象"]
        elif not rule_object.exists(values["object_id"]):
            errors["object_id"] = ["对象不存在"]
    if errors:
        raise ValidationError(fields=errors)


def create_rule(actor, values: dict) -> AutoTagRule:
    """HQ adds a rule; it applies to new events at once and to everyone at the next run."""
    require_role(actor, [ROLE_HQ])
    _check(values)
    rule = AutoTagRule(**values, created_by=actor.id)
    db.session.add(rule)
    db.session.flush()
    return rule


def update_rule(actor, rule: AutoTagRule, changes: dict) -> AutoTagRule:
    """HQ renames, switches or redefines a rule; a new kind replaces every parameter."""
    require_role(actor, [ROLE_HQ])
    if "kind" in changes:
        changes = {**dict.fromkeys(RULE_PARAM_FIELDS), **changes}
    current = {field: getattr(rule, field)
               for field in ("name", "tag_id", "category_id", "verb", "object_id")}
    _check({**current, **changes}, rule.id)
    for field, value in changes.items():
        setattr(rule, field, value)
    db.session.flush()
    return rule


def delete_rule(actor, rule: AutoTagRule) -> None:
    """HQ deletes a rule; the tags it applied stay (a rep may remove them by hand)."""
    require_role(actor, [ROLE_HQ])
    db.session.delete(rule)
    db.session.flush()


def run_now(actor, rule: AutoTagRule) -> dict:
    """HQ runs a rule over every customer now. Raise Conflict for a disabled rule."""
    require_role(actor, [ROLE_HQ])
    if not rule.enabled:
        raise Conflict("规则已停用，启用后才能运行", code="rule_disabled")
    return run_rule(rule, utcnow())


# --- who matches -------------------------------------------------------------------------------

def matching(rule: AutoTagRule, now: datetime, customer_id: int | None = None):
    """A select of the ids (`customer_id`) of the customers the rule matches at `now`: every
    customer, or only `customer_id`."""
    kind = rule.kind
    since = now - timedelta(days=rule.days) if rule.days else None
    if kind == "no_visit_for":
        query = select(Customer.id.label("customer_id")).where(Customer.last_visit_at <= since)
        return query if customer_id is None else query.where(Customer.id == customer_id)
    if kind == "spent_at_least":
        query = select(Order.customer_id).where(Order.status.in_(PAID), Order.paid_at <= now)
        if since is not None:
            query = query.where(Order.paid_at >= since)
        if customer_id is not None:
            query = query.where(Order.customer_id == customer_id)
        return query.group_by(Order.customer_id).having(
            func.sum(Order.paid_amount) >= rule.min_amount)
    event = ActivityEvent
    query = select(event.customer_id).where(event.occurred_at >= since, event.occurred_at <= now)
    if customer_id is None:  # the day narrows the scan to the window through its index
        query = query.where(event.customer_id.is_not(None),
                            event.day >= local_day(since, company_zone()))
    else:
        query = query.where(event.customer_id == customer_id)
    if kind == "viewed_category":
        query = query.join(Product, Product.id == event.object_id).where(
            event.verb == "visit", event.object_type == "product",
            Product.category_id == rule.category_id if rule.category_id else false())
    else:
        query = query.where(event.verb == rule.verb, *_about_object(rule))
    return query.group_by(event.customer_id).having(func.count() >= rule.min_count)


def _about_object(rule: AutoTagRule) -> tuple:
    """A `did` rule's condition on the events' object: none, or the object it names."""
    if rule.object_id is None:
        return ()
    rule_object = RULE_OBJECTS.get(rule.verb)
    if rule_object is None:  # its package is not loaded: the rule matches nobody
        return (false(),)
    return (ActivityEvent.object_type == rule_object.object_type,
            ActivityEvent.object_id == rule.object_id)


# --- on each new event -------------------------------------------------------------------------

def _rules_moved_by(event) -> list[tuple[AutoTagRule, str]]:
    """The enabled rules the event can change the outcome of for its customer, with how."""
    effects = EFFECTS.get(event.verb, {})
    counted = event.verb in RULE_VERBS
    if not effects and not counted:
        return []
    kinds = [AutoTagRule.kind.in_(effects)] if effects else []
    if counted:
        kinds.append(and_(AutoTagRule.kind == "did", AutoTagRule.verb == event.verb))
    rules = db.session.scalars(select(AutoTagRule).where(AutoTagRule.enabled, or_(*kinds)))
    moved = []
    for rule in rules:
        if rule.kind == "viewed_category":
            if event.object_type != "product" or rule.category_id is None:
                continue
            product = db.session.get(Product, event.object_id)  # the visit just loaded it
            if product is None or product.category_id != rule.category_id:
                continue
        if rule.kind == "did" and rule.object_id is not None and (
                event.object_id != rule.object_id
                or event.object_type != getattr(RULE_OBJECTS.get(rule.verb), "object_type", None)):
            continue
        moved.append((rule, effects.get(rule.kind, "add")))
    return moved


@event_recorded.connect
def on_event(event) -> None:
    """Apply the rules the event's verb can affect to the event's customer (module docstring)."""
    if event.customer_id is None:
        return
    moved = _rules_moved_by(event)
    if not moved:
        return
    tag_ids = [rule.tag_id for rule, _ in moved]
    carried = dict(db.session.execute(
        select(CustomerTag.tag_id, CustomerTag.source).where(
            CustomerTag.customer_id == event.customer_id,
            CustomerTag.tag_id.in_(tag_ids))).all())
    dismissed = set(db.session.scalars(select(TagDismissal.tag_id).where(
        TagDismissal.customer_id == event.customer_id, TagDismissal.tag_id.in_(tag_ids))))
    for rule, effect in moved:
        source = carried.get(rule.tag_id)
        # A manual or dismissed tag is never touched; an "add" cannot take a tag off, a
        # "remove" cannot put one on.
        if source == "manual" or rule.tag_id in dismissed \
                or (effect == "add") == (source is not None):
            continue
        matches = db.session.scalar(select(
            matching(rule, event.occurred_at, event.customer_id).exists()))
        if matches and source is None:
            services.add_tag(None, db.session.get(Customer, event.customer_id), rule.tag,
                             source="rule")
        elif not matches and source == "rule":
            _untag(event.customer_id, rule.tag, event.occurred_at)


def _untag(customer_id: int, tag: Tag, at: datetime) -> None:
    """Take a rule-applied tag off one customer, logged; a manual one stays."""
    removed = db.session.execute(delete(CustomerTag).where(
        CustomerTag.customer_id == customer_id, CustomerTag.tag_id == tag.id,
        CustomerTag.source == "rule")).rowcount
    if removed:
        db.session.add(CustomerTagChange(customer_id=customer_id, tag_id=tag.id,
                                         tag_name=tag.name, action="remove", source="rule",
                                         at=at))
        db.session.flush()


# --- over every customer -----------------------------------------------------------------------

def _log(tag: Tag, action: str, stamp: datetime) -> int:
    """Log the rows of the tag that this run stamped, as added or removed by the rule."""
    stamped = select(CustomerTag.customer_id, literal(tag.id), literal(tag.name),
                     literal(action), literal("rule"), literal(stamp, UTCDateTime())).where(
        CustomerTag.tag_id == tag.id, CustomerTag.source == "rule",
        CustomerTag.applied_at == stamp)
    return db.session.execute(insert(CustomerTagChange).from_select(
        ["customer_id", "tag_id", "tag_name", "action", "source", "at"], stamped)
        .execution_options(preserve_rowcount=True)).rowcount  # psycopg: -1 without it


def run_rule(rule: AutoTagRule, now: datetime) -> dict:
    """Apply one rule to every customer as of `now`, set-based; returns how many customers
    got the tag, lost it, and match.

    The rows a run changes are stamped with the run's own time in `applied_at`, and the log is
    written from the stamped rows: it holds exactly what this run did, whatever a concurrent
    event does to other rows meanwhile, and the expensive match is evaluated once per step.
    Dismissals of customers who no longer match are forgotten; the others keep them untagged.
    """
    stamp = utcnow()
    matched = matching(rule, now).subquery("matched")
    matched_ids = select(matched.c.customer_id)
    by_rule = (CustomerTag.tag_id == rule.tag_id, CustomerTag.source == "rule")
    db.session.execute(update(CustomerTag).where(
        *by_rule, CustomerTag.customer_id.not_in(matched_ids)).values(applied_at=stamp)
        .execution_options(synchronize_session=False))
    removed = _log(rule.tag, "remove", stamp)
    db.session.execute(delete(CustomerTag).where(*by_rule, CustomerTag.applied_at == stamp)
                       .execution_options(synchronize_session=False))
    db.session.execute(delete(TagDismissal).where(
        TagDismissal.tag_id == rule.tag_id, TagDismissal.customer_id.not_in(matched_ids))
        .execution_options(synchronize_session=False))
    carriers = select(CustomerTag.customer_id).where(CustomerTag.tag_id == rule.tag_id)
    dismissed = select(TagDismissal.customer_id).where(TagDismissal.tag_id == rule.tag_id)
    db.session.execute(dialect_insert(db.session)(CustomerTag).from_select(
        ["customer_id", "tag_id", "source", "applied_at"],
        select(matched.c.customer_id, literal(rule.tag_id), literal("rule"),
               literal(stamp, UTCDateTime())).where(matched.c.customer_id.not_in(carriers),
                                                     matched.c.customer_id.not_in(dismissed)),
    ).on_conflict_do_nothing())  # a customer an event tagged meanwhile keeps that row
    added = _log(rule.tag, "add", stamp)
    rule.last_matched = db.session.scalar(select(func.count()).select_from(matched))
    rule.last_run_at = stamp
    db.session.flush()
    return {"added": added, "removed": removed, "matched": rule.last_matched}


def run_all(now: datetime) -> dict:
    """Nightly: every enabled rule over every customer (a loop over rules, not customers)."""
    totals = {"rules": 0, "added": 0, "removed": 0}
    for rule in db.session.scalars(select(AutoTagRule).where(AutoTagRule.enabled)
                                   .order_by(AutoTagRule.id)).all():
        result = run_rule(rule, now)
        totals["rules"] += 1
        totals["added"] += result["added"]
        totals["removed"] += result["removed"]
    return totals
