"""HQ's auto-tag rules: what customers do, turned into tags (app.clients.rules)."""

from flask_login import current_user

from app.clients import rules, schemas
from app.core.access import ROLE_HQ, roles_required
from app.core.api import Blueprint

blp = Blueprint("tag_rules", __name__, url_prefix="/api/v1", description="自动标签规则")


@blp.route("/tag-rules", methods=["GET"])
@blp.response(200, schemas.AutoTagRuleSchema(many=True))
@roles_required(ROLE_HQ)
def list_tag_rules():
    """Every auto-tag rule, with its last run and how many customers matched."""
    return rules.list_rules()


@blp.route("/tag-rules", methods=["POST"])
@blp.arguments(schemas.AutoTagRuleSchema)
@blp.response(201, schemas.AutoTagRuleSchema)
@roles_required(ROLE_HQ)
def create_tag_rule(data):
    """Add an auto-tag rule: one kind with its parameters, one tag."""
    return rules.create_rule(current_user, data)


@blp.route("/tag-rules/<int:rule_id>", methods=["PATCH"])
@blp.arguments(schemas.AutoTagRuleUpdateSchema, required=False)
@blp.response(200, schemas.AutoTagRuleSchema)
@roles_required(ROLE_HQ)
def update_tag_rule(changes, rule_id):
    """Rename, switch on or off, or redefine a rule."""
    return rules.update_rule(current_user, rules.get_rule(rule_id), changes)


@blp.route("/tag-rules/<int:rule_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_HQ)
def delete_tag_rule(rule_id):
    """Delete a rule; the tags it applied stay on the customers."""
    rules.delete_rule(current_user, rules.get_rule(rule_id))


@blp.route("/tag-rules/<int:rule_id>/run", methods=["POST"])
@blp.response(200, schemas.RuleRunSchema)
@roles_required(ROLE_HQ)
def run_tag_rule(rule_id):
    """Run a rule over every customer now: tag who matches, untag who no longer does."""
    return rules.run_now(current_user, rules.get_rule(rule_id))
