"""A material as the customer reads it from a rep's link, no login: the page, its open (a
shop visit) and how long it stayed open."""

from flask_login import current_user

from app.core.access import public
from app.core.api import Blueprint
from app.core.ratelimit import public_write_limit as write_limit
from app.customers.visitors import current_visitor, remember_visitor, visitor_anon_id
from app.marketing import material_schemas as schemas
from app.marketing.services import materials
from app.shop.queries import find_shop, shop_card
from app.shop.routes.public import SHOP

blp = Blueprint("materials_public", __name__, url_prefix="/api/v1/shops",
                description="顾客阅读素材（无需登录）")

MATERIAL = SHOP + "/materials/<int:material_id>"


@blp.route(MATERIAL, methods=["GET"])
@blp.response(200, schemas.PublicMaterialPageSchema)
@public
def get_material(code, material_id):
    """A material of the rep's toolbox as its link shows it (404 when off or not theirs)."""
    rep, profile = find_shop(code)
    material = materials.get_material(rep, material_id)
    return {"shop": shop_card(rep, profile), "material": material,
            "card": materials.card_of(rep, profile) if material.kind == "card" else None}


@blp.route(MATERIAL + "/opens", methods=["POST"])
@blp.arguments(schemas.OpenSchema)
@blp.response(200, schemas.OpenResultSchema)
@public
@write_limit
def open_material(data, code, material_id):
    """Record that this visitor opened the material (the page calls it once per open)."""
    rep, _ = find_shop(code)
    if current_user.is_authenticated:  # staff previewing are not readers
        materials.get_material(rep, material_id)
        return {"open_id": None, "forward_token": None, "new_visitor": False,
                "recorded": False}
    opened = materials.record_open(rep, material_id, anon_id=visitor_anon_id(), **data)
    remember_visitor(opened.visit.customer)
    return {"open_id": opened.open.id, "forward_token": opened.visit.forward.token,
            "new_visitor": opened.visit.new_visitor, "recorded": True}


@blp.route(MATERIAL + "/opens/<bigid:open_id>/time", methods=["POST"])
@blp.arguments(schemas.StaySchema)
@blp.response(200, schemas.StayResultSchema)
@public
@write_limit
def report_stay(data, code, material_id, open_id):
    """How long the page of this visitor's open has stayed open (on hiding or leaving it)."""
    rep, _ = find_shop(code)
    return {"seconds": materials.report_stay(rep, current_visitor(), material_id, open_id,
                                             data["seconds"])}
