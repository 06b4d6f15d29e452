"""HQ's tag vocabulary: tag groups and tags (every staff member reads it)."""

from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.clients import schemas, services
from app.clients.models import TagGroup
from app.core.access import ROLE_HQ, get_or_404, login_required, roles_required
from app.core.api import Blueprint
from app.extensions import db

blp = Blueprint("tags", __name__, url_prefix="/api/v1", description="标签体系")


@blp.route("/tag-groups", methods=["GET"])
@blp.response(200, schemas.TagGroupSchema(many=True))
@login_required
def list_tag_groups():
    """The company's tag vocabulary: groups with their tags, in order."""
    return db.session.scalars(select(TagGroup).options(selectinload(TagGroup.tags))
                              .order_by(TagGroup.sort_order, TagGroup.id))


@blp.route("/tag-groups", methods=["POST"])
@blp.arguments(schemas.TagGroupSchema)
@blp.response(201, schemas.TagGroupSchema)
@roles_required(ROLE_HQ)
def create_tag_group(data):
    """Add a tag group."""
    return services.create_group(current_user, **data)


@blp.route("/tag-groups/<int:group_id>", methods=["PATCH"])
@blp.arguments(schemas.TagGroupUpdateSchema, required=False)
@blp.response(200, schemas.TagGroupSchema)
@roles_required(ROLE_HQ)
def update_tag_group(changes, group_id):
    """Rename or move a tag group."""
    return services.update_group(current_user, get_or_404(TagGroup, group_id), changes)


@blp.route("/tag-groups/<int:group_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_HQ)
def delete_tag_group(group_id):
    """Delete an empty tag group."""
    services.delete_group(current_user, get_or_404(TagGroup, group_id))


@blp.route("/tags", methods=["POST"])
@blp.arguments(schemas.TagSchema)
@blp.response(201, schemas.TagSchema)
@roles_required(ROLE_HQ)
def create_tag(data):
    """Add a tag to a group of the vocabulary."""
    return services.create_tag(current_user, **data)


@blp.route("/tags/<int:tag_id>", methods=["PATCH"])
@blp.arguments(schemas.TagUpdateSchema, required=False)
@blp.response(200, schemas.TagSchema)
@roles_required(ROLE_HQ)
def update_tag(changes, tag_id):
    """Rename, recolour or move a tag."""
    return services.update_tag(current_user, services.get_tag(tag_id), changes)


@blp.route("/tags/<int:tag_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_HQ)
def delete_tag(tag_id):
    """Delete a tag no customer carries."""
    services.delete_tag(current_user, services.get_tag(tag_id))
