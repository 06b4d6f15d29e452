"""What each role sees of coupons and group-buys (who may call each endpoint: test_scoping.py).

A coupon or campaign reaches the reps of its audience (none: everyone); a boss's coupon is for
their subtree. Claims and groups are the rep's whose link brought them: a rep sees their own, a
boss those made in their subtree, HQ all. Out of scope answers 404, as missing does; a shop
hands out only what reaches its rep.
"""

from types import SimpleNamespace

import pytest

from app.marketing.models import GroupMember
from app.marketing.services import coupons
from tests.marketing.builders import campaign, coupon
from tests.shop.builders import batch, customer_of, order

# --- what each one sees ----------------------------------------------------------------------

REPS = ("rep_a1", "rep_a1b", "rep_a2", "rep_b1")


@pytest.fixture
def world(org, db):
    """HQ's coupon for all, HQ's coupon for branch B, boss A's team coupon; a campaign for all;
    every rep with a customer who claimed the HQ coupon and opened a group."""
    with batch():
        everyone = coupon(org.admin, name="全员券", total=None)
        south = coupon(org.admin, name="华南券", org_unit_ids=[org.branch_b.id])
        team = coupon(org.boss_a, name="华东团队券", total=50, amount_off=1000)
        offer = campaign(org.admin)
        claims, groups = {}, {}
        for name in REPS:
            rep = getattr(org, name)
            customer = customer_of(rep)
            claims[name] = coupons.claim(rep, customer, everyone)
            placed = order(rep, customer, offer.product,
                           promotions={"group_buy": {"campaign_id": offer.id}})
            member = db.session.get(GroupMember, int(placed.discounts[0].ref))
            groups[name] = member.group_id
    return SimpleNamespace(everyone=everyone, south=south, team=team, offer=offer,
                           claims=claims, groups=groups)


SEES_COUPONS = {  # viewer -> the coupons they see
    "rep_a1": {"全员券", "华东团队券"},
    "rep_b1": {"全员券", "华南券"},
    "boss_a": {"全员券", "华东团队券"},
    "boss_b": {"全员券", "华南券"},
    "admin": {"全员券", "华南券", "华东团队券"},
}
SEES_WORK = {  # viewer -> whose claims and groups they see
    "rep_a1": {"rep_a1"},
    "rep_b1": {"rep_b1"},
    "boss_a": {"rep_a1", "rep_a1b", "rep_a2"},
    "boss_b": {"rep_b1"},
    "admin": set(REPS),
}


@pytest.mark.parametrize("viewer", sorted(SEES_COUPONS))
def test_each_viewer_sees_exactly_their_coupons_claims_and_groups(app, org, world, viewer):
    client = app.test_client().sign_in_as(getattr(org, viewer))
    by_name = {t.name: t for t in (world.everyone, world.south, world.team)}

    listed = client.get("/api/v1/coupons?per_page=100").json["items"]

    assert {t["name"] for t in listed} == SEES_COUPONS[viewer]
    for name, template in by_name.items():
        expected = 200 if name in SEES_COUPONS[viewer] else 404
        assert client.get(f"/api/v1/coupons/{template.id}").status_code == expected, name
    claims = client.get(f"/api/v1/coupons/{world.everyone.id}/claims?per_page=100").json
    rep_ids = {getattr(org, name).id for name in SEES_WORK[viewer]}
    assert {c["rep_id"] for c in claims["items"]} == rep_ids
    figures = client.get(f"/api/v1/coupons/{world.everyone.id}/figures").json
    assert {row["rep_id"] for row in figures["reps"]} == rep_ids
    assert figures["totals"]["claimed"] == len(rep_ids)
    for name, group_id in world.groups.items():
        expected = 200 if name in SEES_WORK[viewer] else 404
        assert client.get(f"/api/v1/groups/{group_id}").status_code == expected, name
    groups = client.get(f"/api/v1/group-buys/{world.offer.id}/groups?per_page=100").json
    assert {g["rep_id"] for g in groups["items"]} == rep_ids


def test_a_boss_changes_only_the_coupons_made_in_their_subtree(app, org, world):
    boss_a = app.test_client().sign_in_as(org.boss_a)
    boss_b = app.test_client().sign_in_as(org.boss_b)

    own = boss_a.patch(f"/api/v1/coupons/{world.team.id}", json={"enabled": False})
    hqs = boss_a.patch(f"/api/v1/coupons/{world.everyone.id}", json={"enabled": False})
    unseen = boss_b.patch(f"/api/v1/coupons/{world.team.id}", json={"enabled": False})

    assert own.status_code == 200 and own.json["enabled"] is False
    assert hqs.status_code == 403
    assert unseen.status_code == 404


def test_a_shop_hands_out_only_what_reaches_its_rep(app, org, world, client):
    client.fetch_csrf()
    a1 = f"/api/v1/shops/{org.rep_a1.shop_code}"

    assert client.get(f"{a1}/coupons/{world.south.id}").status_code == 404
    assert client.post(f"{a1}/coupons/{world.south.id}/claims", json={}).status_code == 404
    assert client.get(f"{a1}/coupons/{world.team.id}").status_code == 200
    b1 = f"/api/v1/shops/{org.rep_b1.shop_code}"
    assert client.get(f"{b1}/coupons/{world.team.id}").status_code == 404
    # a group is seen only through the shop of the rep who brought it
    assert client.get(f"{a1}/groups/{world.groups['rep_b1']}").status_code == 404
    assert client.get(f"{a1}/groups/{world.groups['rep_a1']}").status_code == 200


def test_a_rep_cannot_share_what_does_not_reach_them(app, org, world):
    rep = app.test_client().sign_in_as(org.rep_a1)

    refused = rep.post("/api/v1/shares", json={"object_type": "coupon",
                                               "object_id": world.south.id})
    shared = rep.post("/api/v1/shares", json={"object_type": "coupon",
                                              "object_id": world.team.id})
    other_group = rep.post("/api/v1/shares", json={"object_type": "group",
                                                   "object_id": world.groups["rep_b1"]})

    assert refused.status_code == 404
    assert shared.status_code == 201, shared.json
    assert shared.json["url"].startswith(f"/s/{org.rep_a1.shop_code}/coupons/{world.team.id}?t=")
    assert other_group.status_code == 404
