"""Who may call each marketing endpoint, and what a material out of someone's reach answers
(what each role sees of coupons and group-buys: test_plays_scoping.py).

HQ writes materials and uploads their files; every staff member lists and previews what
reaches them; HQ and bosses read figures (a rep: 403). The customer's page, open and stay
reports take anyone (the visitor is known by their cookie). Out of reach answers 404, as
missing does.
"""

import pytest

from app.marketing.routes import BLUEPRINTS
from tests.marketing.builders import material
from tests.permissions import BOSS, EVERYONE, HQ, STAFF, check_door, declared, endpoints
from tests.shop.builders import visitor

NAMES = {blueprint.name for blueprint in BLUEPRINTS}
MATERIAL = "/api/v1/materials/<int:material_id>"
SHOP = "/api/v1/shops/<string(maxlength=32):code>"
PUBLIC = f"{SHOP}/materials/<int:material_id>"
COUPON = "/api/v1/coupons/<int:template_id>"
CAMPAIGN = "/api/v1/group-buys/<int:campaign_id>"

# Every marketing endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("GET", "/api/v1/materials"): STAFF,
    ("POST", "/api/v1/materials"): {HQ},
    ("GET", MATERIAL): STAFF,
    ("PATCH", MATERIAL): {HQ},
    ("POST", "/api/v1/materials/files"): {HQ},
    ("GET", "/api/v1/materials/figures"): {BOSS, HQ},
    ("GET", f"{MATERIAL}/figures"): {BOSS, HQ},
    ("GET", PUBLIC): EVERYONE,
    ("POST", f"{PUBLIC}/opens"): EVERYONE,
    ("POST", f"{PUBLIC}/opens/<bigid:open_id>/time"): EVERYONE,
    ("GET", "/api/v1/marketing/figures"): {HQ, BOSS},
    ("GET", "/api/v1/coupons"): STAFF,
    ("POST", "/api/v1/coupons"): {HQ, BOSS},
    ("GET", COUPON): STAFF,
    ("PATCH", COUPON): {HQ, BOSS},
    ("GET", f"{COUPON}/figures"): STAFF,
    ("GET", f"{COUPON}/claims"): STAFF,
    ("GET", "/api/v1/group-buys"): STAFF,
    ("POST", "/api/v1/group-buys"): {HQ},
    ("GET", CAMPAIGN): STAFF,
    ("PATCH", CAMPAIGN): {HQ},
    ("GET", f"{CAMPAIGN}/figures"): STAFF,
    ("GET", f"{CAMPAIGN}/groups"): STAFF,
    ("GET", "/api/v1/groups/<bigid:group_id>"): STAFF,
    ("GET", f"{SHOP}/coupons/<int:template_id>"): EVERYONE,
    ("POST", f"{SHOP}/coupons/<int:template_id>/claims"): EVERYONE,
    ("GET", f"{SHOP}/my-coupons"): EVERYONE,
    ("POST", f"{SHOP}/my-coupons/quote"): EVERYONE,
    ("GET", f"{SHOP}/group-buys/<int:campaign_id>"): EVERYONE,
    ("GET", f"{SHOP}/groups/<bigid:group_id>"): EVERYONE,
    ("GET", f"{SHOP}/my-groups"): EVERYONE,
    ("POST", f"{SHOP}/my-groups/seen"): EVERYONE,
}


def test_the_permission_table_lists_every_marketing_endpoint(app):
    routes = {(method, rule.rule) for method, rule in endpoints(app, NAMES)}

    assert routes == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, NAMES):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    # given a client of every role, when each calls the endpoint, then a role the endpoint is
    # for gets past the door and the others are refused (401 anonymous, 403 a wrong role)
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


# --- the 404 rule ----------------------------------------------------------------------------

@pytest.fixture
def southern(org):
    """A material for branch B's reps only."""
    return material(org.admin, "news", title="华南专享", audience_unit_ids=[org.branch_b.id])


def test_a_rep_of_another_branch_finds_the_material_nowhere(app, org, as_rep, southern):
    phone = visitor(app)
    shop = f"/api/v1/shops/{org.rep_a1.shop_code}/materials/{southern.id}"

    attempts = {
        "detail": as_rep.get(f"/api/v1/materials/{southern.id}"),
        "share": as_rep.post("/api/v1/shares", json={"object_type": "material",
                                                     "object_id": southern.id}),
        "public page": phone.get(shop),
        "open": phone.post(f"{shop}/opens", json={}),
    }

    assert {name: r.status_code for name, r in attempts.items()} == dict.fromkeys(attempts, 404)
    assert all(r.json["error"]["code"] == "not_found" for r in attempts.values())
    assert as_rep.get("/api/v1/materials").json["total"] == 0


def test_the_same_requests_succeed_for_a_rep_it_reaches(app, org, southern):
    rep = app.test_client().sign_in_as(org.rep_b1)
    phone = visitor(app)
    shop = f"/api/v1/shops/{org.rep_b1.shop_code}/materials/{southern.id}"

    assert rep.get(f"/api/v1/materials/{southern.id}").status_code == 200
    assert rep.post("/api/v1/shares", json={"object_type": "material",
                                            "object_id": southern.id}).status_code == 201
    assert phone.get(shop).status_code == 200
    assert phone.post(f"{shop}/opens", json={}).status_code == 200


def test_a_boss_cannot_edit_nor_publish(as_boss, org, southern):
    mine = material(org.admin)

    assert as_boss.patch(f"/api/v1/materials/{mine.id}", json={"title": "改"}).status_code == 403
    assert as_boss.post("/api/v1/materials", json={"kind": "card",
                                                   "title": "名片"}).status_code == 403
