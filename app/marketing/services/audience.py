"""Who a material or play is for: the org units of its audience (with their subtrees)."""

from sqlalchemy import delete, select

from app.core.access import ROLE_BOSS, ROLE_HQ, get_scoped_or_404, subtree_ids
from app.core.errors import Forbidden, NotFound, ValidationError
from app.extensions import db
from app.marketing.models import MarketingAudience, Targeted
from app.org.models import OrgUnit


def set_audience(actor, item: Targeted, unit_ids: list[int]) -> None:
    """Replace the item's audience. A boss's units must be of their subtree (else 422: a unit
    outside it is as good as missing); a boss's item is for their own unit when none is given."""
    unit_ids = sorted(set(unit_ids))
    if actor.role == ROLE_BOSS and not unit_ids:
        unit_ids = [actor.org_unit_id]
    missing = unknown_units(unit_ids, actor.org_unit if actor.role == ROLE_BOSS else None)
    if missing:
        raise ValidationError(fields={"org_unit_ids": [missing_units_message(missing)]})
    replace_audience(item, unit_ids)


def unknown_units(unit_ids, within=None) -> list[int]:
    """The ids that name no org unit (with `within`, none of that unit's subtree)."""
    if not unit_ids:
        return []
    known = select(OrgUnit.id).where(OrgUnit.id.in_(unit_ids))
    if within is not None:
        known = known.where(OrgUnit.id.in_(subtree_ids(within)))
    return sorted(set(unit_ids) - set(db.session.scalars(known)))


def missing_units_message(missing: list[int]) -> str:
    return f"组织不存在：{', '.join(map(str, missing))}"


def replace_audience(item: Targeted, unit_ids) -> None:
    """Write the item's audience as these units (checked by the caller)."""
    db.session.execute(delete(MarketingAudience).where(
        MarketingAudience.object_type == item.__audience__,
        MarketingAudience.object_id == item.id))
    db.session.add_all(MarketingAudience(object_type=item.__audience__, object_id=item.id,
                                         org_unit_id=unit_id) for unit_id in sorted(set(unit_ids)))
    db.session.flush()


def audience_of(item: Targeted) -> list[int]:
    return list(db.session.scalars(select(MarketingAudience.org_unit_id).where(
        MarketingAudience.object_type == item.__audience__,
        MarketingAudience.object_id == item.id).order_by(MarketingAudience.org_unit_id)))


def shareable(model: type[Targeted], rep, object_id: int | None):
    """The enabled item that reaches `rep` (a rep's shop), or 404."""
    if object_id is None:
        raise NotFound()
    item = get_scoped_or_404(model, object_id, rep)
    if not item.enabled:
        raise NotFound()
    return item


def editable(model: type[Targeted], actor, object_id: int):
    """An item the actor may change: HQ any; a boss those made in their subtree (others they
    may see are 403, those they may not see 404)."""
    item = get_scoped_or_404(model, object_id, actor)
    if not may_edit(actor, item):
        raise Forbidden("总部发布的内容只有总部可以修改")
    return item


def may_edit(actor, item) -> bool:
    """Whether the actor may change an item they see (HQ any, a boss what was made in their
    subtree): what a page offers to edit."""
    if actor.role == ROLE_HQ:
        return True
    if actor.role != ROLE_BOSS or item.org_unit_id is None:
        return False
    return db.session.get(OrgUnit, item.org_unit_id).is_within(actor.org_unit)
