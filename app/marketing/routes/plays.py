"""The staff side of coupons and group-buys: HQ (and bosses, for coupons of their subtree)
make them, reps find what they may share, everyone in scope reads the figures."""

from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core.access import (
    ROLE_BOSS,
    ROLE_HQ,
    get_scoped_or_404,
    login_required,
    roles_required,
    scoped,
)
from app.core.api import Blueprint, errors, page_of, paginate
from app.inbox.services import customer_label
from app.marketing import queries, schemas
from app.marketing.models import BuyGroup, CouponClaim, CouponTemplate, GroupBuy
from app.marketing.services import audience, coupons, groups

blp = Blueprint("marketing_plays", __name__, url_prefix="/api/v1",
                description="营销玩法：优惠券与拼团")


def _template(template: CouponTemplate) -> CouponTemplate:
    """The template as the schema dumps it: with its terms in words and its audience."""
    template.terms = coupons.terms_text(template)
    template.org_unit_ids = audience.audience_of(template)
    return template


def _campaign(campaign: GroupBuy) -> GroupBuy:
    campaign.org_unit_ids = audience.audience_of(campaign)
    return campaign


@blp.route("/marketing/figures", methods=["GET"])
@blp.arguments(schemas.FigureArgsSchema, location="query")
@blp.response(200, schemas.PlayFiguresSchema)
@roles_required(ROLE_HQ, ROLE_BOSS)
def play_figures(args):
    """The plays of my scope by content kind and scene (内容规划), and the paid orders each
    fed by the role of their products (引流品, 爆品, 主推利润品)."""
    return queries.play_figures(current_user, args.get("start"), args.get("end"))


# --- coupons ---------------------------------------------------------------------------------

@blp.route("/coupons", methods=["GET"])
@blp.arguments(schemas.PlayListArgsSchema, location="query")
@blp.response(200, page_of(schemas.CouponTemplateSchema))
@login_required
def list_coupons(args):
    """Coupons in my scope, newest first (a rep: the enabled ones I may share)."""
    page = {key: args.pop(key) for key in ("page", "per_page")}
    result = paginate(queries.listed(CouponTemplate, current_user, **args), page)
    result["items"] = [_template(t) for t in result["items"]]
    return result


@blp.route("/coupons", methods=["POST"])
@blp.arguments(schemas.CouponTemplateSchema)
@blp.response(201, schemas.CouponTemplateSchema)
@roles_required(ROLE_HQ, ROLE_BOSS)
@errors(403)  # HQ allows no team coupons
def create_coupon(data):
    """Create a coupon: HQ for anyone, a boss for their subtree within HQ's limits."""
    return _template(coupons.create_template(current_user, data))


@blp.route("/coupons/<int:template_id>", methods=["GET"])
@blp.response(200, schemas.CouponTemplateSchema)
@login_required
def get_coupon(template_id):
    """One coupon in my scope."""
    return _template(get_scoped_or_404(CouponTemplate, template_id, current_user))


@blp.route("/coupons/<int:template_id>", methods=["PATCH"])
@blp.arguments(schemas.CouponTemplateUpdateSchema)
@blp.response(200, schemas.CouponTemplateSchema)
@roles_required(ROLE_HQ, ROLE_BOSS)
def update_coupon(changes, template_id):
    """Change a coupon (its terms only while none is claimed), switch it on or off."""
    template = audience.editable(CouponTemplate, current_user, template_id)
    return _template(coupons.update_template(current_user, template, changes))


@blp.route("/coupons/<int:template_id>/figures", methods=["GET"])
@blp.arguments(schemas.FigureArgsSchema, location="query")
@blp.response(200, schemas.CouponFiguresSchema)
@login_required
def coupon_figures(args, template_id):
    """Claimed, used, discount given and revenue, per rep of my scope (a rep: mine)."""
    template = get_scoped_or_404(CouponTemplate, template_id, current_user)
    return queries.coupon_figures(current_user, template, args.get("start"), args.get("end"))


@blp.route("/coupons/<int:template_id>/claims", methods=["GET"])
@blp.arguments(schemas.ClaimListArgsSchema, location="query")
@blp.response(200, page_of(schemas.StaffClaimSchema))
@login_required
def coupon_claims(args, template_id):
    """Who claimed it through the links of my scope (a rep: mine), newest first."""
    template = get_scoped_or_404(CouponTemplate, template_id, current_user)
    statement = scoped(select(CouponClaim), CouponClaim, current_user).where(
        CouponClaim.template_id == template.id).order_by(CouponClaim.id.desc()).options(
        selectinload(CouponClaim.customer))
    if args.get("state"):
        statement = statement.where(CouponClaim.state == args["state"])
    result = paginate(statement, args)
    result["items"] = [{**queries.claim_brief(c), "customer_id": c.customer_id,
                        "rep_id": c.rep_id,
                        "customer_label": customer_label(c.customer)}
                       for c in result["items"]]
    return result


# --- group-buys ------------------------------------------------------------------------------

@blp.route("/group-buys", methods=["GET"])
@blp.arguments(schemas.PlayListArgsSchema, location="query")
@blp.response(200, page_of(schemas.GroupBuySchema))
@login_required
def list_group_buys(args):
    """Group-buy campaigns in my scope, newest first (a rep: the enabled ones I may share)."""
    page = {key: args.pop(key) for key in ("page", "per_page")}
    result = paginate(queries.listed(GroupBuy, current_user, **args), page)
    result["items"] = [_campaign(c) for c in result["items"]]
    return result


@blp.route("/group-buys", methods=["POST"])
@blp.arguments(schemas.GroupBuySchema)
@blp.response(201, schemas.GroupBuySchema)
@roles_required(ROLE_HQ)
def create_group_buy(data):
    """Create a group-buy campaign for a product."""
    return _campaign(groups.create_campaign(current_user, data))


@blp.route("/group-buys/<int:campaign_id>", methods=["GET"])
@blp.response(200, schemas.GroupBuySchema)
@login_required
def get_group_buy(campaign_id):
    """One campaign in my scope."""
    return _campaign(get_scoped_or_404(GroupBuy, campaign_id, current_user))


@blp.route("/group-buys/<int:campaign_id>", methods=["PATCH"])
@blp.arguments(schemas.GroupBuyUpdateSchema)
@blp.response(200, schemas.GroupBuySchema)
@roles_required(ROLE_HQ)
def update_group_buy(changes, campaign_id):
    """Change a campaign (product and size only while no group is open), switch it on or off."""
    campaign = get_scoped_or_404(GroupBuy, campaign_id, current_user)
    return _campaign(groups.update_campaign(current_user, campaign, changes))


@blp.route("/group-buys/<int:campaign_id>/figures", methods=["GET"])
@blp.arguments(schemas.FigureArgsSchema, location="query")
@blp.response(200, schemas.GroupFiguresSchema)
@login_required
def group_buy_figures(args, campaign_id):
    """Groups opened, succeeded, failed, members and revenue, per rep of my scope."""
    campaign = get_scoped_or_404(GroupBuy, campaign_id, current_user)
    return queries.group_figures(current_user, campaign, args.get("start"), args.get("end"))


@blp.route("/group-buys/<int:campaign_id>/groups", methods=["GET"])
@blp.arguments(schemas.GroupListArgsSchema, location="query")
@blp.response(200, page_of(schemas.StaffGroupSchema))
@login_required
def campaign_groups(args, campaign_id):
    """The campaign's groups opened through the links of my scope, newest first."""
    campaign = get_scoped_or_404(GroupBuy, campaign_id, current_user)
    statement = scoped(select(BuyGroup), BuyGroup, current_user).where(
        BuyGroup.campaign_id == campaign.id).order_by(BuyGroup.id.desc())
    if args.get("state"):
        statement = statement.where(BuyGroup.state == args["state"])
    result = paginate(statement, args)
    result["items"] = [queries.staff_group(g) for g in result["items"]]
    return result


@blp.route("/groups/<bigid:group_id>", methods=["GET"])
@blp.response(200, schemas.StaffGroupDetailSchema)
@login_required
def get_group(group_id):
    """One group of my scope: its members (with their orders) and every state it went through."""
    return queries.staff_group(get_scoped_or_404(BuyGroup, group_id, current_user), detail=True)
