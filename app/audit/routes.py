"""The interaction audit API (互动记录) and its read log, for bosses and HQ."""

from flask import request
from flask_login import current_user

from app.audit import queries, schemas, services
from app.core.access import ROLE_BOSS, ROLE_HQ, roles_required
from app.core.api import Blueprint, PageArgsSchema

blp = Blueprint("audit", __name__, url_prefix="/api/v1/audit", description="互动记录")


@blp.route("/interactions", methods=["GET"])
@blp.arguments(schemas.InteractionArgsSchema, location="query")
@blp.response(200, schemas.InteractionPageSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def list_interactions(args):
    """Customer interactions in the caller's scope, newest first; a read of a rep's or a
    customer's is logged."""
    services.log_read(current_user, args, request.remote_addr)
    return queries.page(current_user, args, args["per_page"])


@blp.route("/reads", methods=["GET"])
@blp.arguments(schemas.ReadArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, schemas.ReadPageSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def list_reads(filters, page):
    """Who read whose interactions, newest first: HQ all, a boss the reads made in their
    subtree."""
    return queries.reads(current_user, filters, page)
