"""The materials library for staff: HQ publishes and uploads; reps and bosses browse and
preview what reaches them; HQ and bosses read the figures."""

from flask import current_app
from flask_login import current_user

from app.core.access import ROLE_BOSS, ROLE_HQ, login_required, roles_required
from app.core.api import Blueprint, NoFormFieldsSchema, page_of, paginate
from app.core.storage import accepts_upload
from app.marketing import material_schemas as schemas
from app.marketing.services import material_figures, materials

blp = Blueprint("materials", __name__, url_prefix="/api/v1", description="营销素材")

MULTIPART_SLACK = 64 * 1024  # the form's boundaries and headers around the file


def upload_limit() -> int:
    config = current_app.config
    return max(config["MATERIAL_PDF_MAX_BYTES"], config["MATERIAL_VIDEO_MAX_BYTES"],
               config["UPLOAD_MAX_BYTES"]) + MULTIPART_SLACK


@blp.route("/materials", methods=["GET"])
@blp.arguments(schemas.MaterialListPageArgsSchema, location="query")
@blp.response(200, page_of(schemas.MaterialSchema))
@login_required
def list_materials(args):
    """Materials: HQ sees all; reps and bosses the enabled ones that reach them."""
    page = {"page": args.pop("page"), "per_page": args.pop("per_page")}
    found = paginate(materials.listing(current_user, args), page)
    materials.attach_audiences(found["items"])
    return found


@blp.route("/materials", methods=["POST"])
@blp.arguments(schemas.MaterialSchema)
@blp.response(201, schemas.MaterialSchema)
@roles_required(ROLE_HQ)
def create_material(data):
    """Publish a material; with audience units, it reaches only their subtrees' reps."""
    return materials.create_material(current_user, data)


@blp.route("/materials/<int:material_id>", methods=["GET"])
@blp.response(200, schemas.MaterialSchema)
@login_required
def get_material(material_id):
    """One material, as a rep previews it before sharing."""
    return materials.attach_audiences([materials.get_material(current_user, material_id)])[0]


@blp.route("/materials/<int:material_id>", methods=["PATCH"])
@blp.arguments(schemas.MaterialUpdateSchema, required=False)
@blp.response(200, schemas.MaterialSchema)
@roles_required(ROLE_HQ)
def update_material(changes, material_id):
    """Edit a material, switch it on or off, or change who it reaches."""
    return materials.update_material(
        current_user, materials.get_material(current_user, material_id), changes)


@blp.route("/materials/files", methods=["POST"])
@blp.arguments(schemas.FileKindArgsSchema, location="query")
@blp.arguments(NoFormFieldsSchema, location="form")
@blp.arguments(schemas.MaterialFileFormSchema, location="files")
@blp.response(201, schemas.MaterialFileSchema)
@roles_required(ROLE_HQ)
@accepts_upload(upload_limit)
def upload_file(args, _, files):
    """Upload a material's file (PDF, video or image, known by its content) and get its URL."""
    return materials.upload_file(current_user, args["kind"], files["file"].stream)


@blp.route("/materials/figures", methods=["GET"])
@blp.arguments(schemas.FiguresListArgsSchema, location="query")
@blp.response(200, schemas.FiguresPageSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def list_figures(args):
    """Each material's figures over a period, and theirs by content kind and by scene."""
    start, end = material_figures.period(args.pop("start", None), args.pop("end", None))
    page, per_page = args.pop("page"), args.pop("per_page")
    return material_figures.summary(current_user, args, start, end, page, per_page)


@blp.route("/materials/<int:material_id>/figures", methods=["GET"])
@blp.arguments(schemas.FiguresArgsSchema, location="query")
@blp.response(200, schemas.MaterialFiguresSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def material_figures_of(args, material_id):
    """One material's shares, opens, openers, new customers, time read and orders that
    followed, over a period; a boss's are their subtree's."""
    material = materials.get_material(current_user, material_id)
    start, end = material_figures.period(args.get("start"), args.get("end"))
    return {"period": {"start": start, "end": end}, "material": material,
            "figures": material_figures.of_material(current_user, material, start, end)}
