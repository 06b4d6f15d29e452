"""Auto-tag rules on materials: "opened material X" (a `did` rule of material_open naming the
material) tags on the open itself and in the nightly run over everyone; any material when
no object is named; what HQ may not set."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.clients import rules
from app.clients.models import CustomerTag
from app.core.db import utcnow
from app.core.models import ActivityEvent
from app.extensions import db
from tests.clients.builders import vocabulary
from tests.marketing.builders import material, opened
from tests.shop.builders import save

DAY = timedelta(days=1)


@pytest.fixture
def tags(org):
    return vocabulary(org.admin, {"兴趣": ["看过手册", "爱看素材"]})


@pytest.fixture
def brochure(org):
    return material(org.admin, "brochure", title="产品手册")


@pytest.fixture
def news(org):
    return material(org.admin, "news", title="公司新闻")


def rule(hq, tag, **params):
    made = rules.create_rule(hq, {"name": tag.name, "tag_id": tag.id, "kind": "did",
                                  "verb": "material_open", "min_count": 1, "days": 7,
                                  **params})
    save()
    return made


def tagged(customer_id) -> set[str]:
    return {t.tag.name for t in db.session.scalars(
        select(CustomerTag).where(CustomerTag.customer_id == customer_id))}


def test_opening_material_x_tags_the_customer_at_once(org, tags, brochure, news):
    rule(org.admin, tags["看过手册"], object_id=brochure.id)

    reader = opened(org.rep_a1, brochure, anon_id="reader-000000000001").visit.customer
    other = opened(org.rep_a1, news, anon_id="reader-000000000002").visit.customer

    assert tagged(reader.id) == {"看过手册"}
    assert tagged(other.id) == set()


def test_a_rule_naming_no_material_counts_every_open(org, tags, brochure, news):
    rule(org.admin, tags["爱看素材"], min_count=2)
    anon = "reader-000000000003"

    opened(org.rep_a1, brochure, anon_id=anon)
    first = tagged(opened(org.rep_a1, brochure, anon_id=anon).visit.customer.id)
    customer = opened(org.rep_a1, news, anon_id="reader-000000000004").visit.customer

    assert first == {"爱看素材"}
    assert tagged(customer.id) == set()


def test_the_nightly_run_tags_who_opened_x_in_the_window_and_untags_who_no_longer_did(
        org, tags, brochure, news):
    # given opens before the rule existed: one recent of X, one of X eight days ago, one of Y
    recent = opened(org.rep_a1, brochure, anon_id="reader-000000000005").visit.customer
    old = opened(org.rep_a1, brochure, anon_id="reader-000000000006").visit.customer
    elsewhere = opened(org.rep_a1, news, anon_id="reader-000000000007").visit.customer
    db.session.execute(update(ActivityEvent).where(ActivityEvent.customer_id == old.id)
                       .values(occurred_at=utcnow() - 8 * DAY))
    save()
    made = rule(org.admin, tags["看过手册"], object_id=brochure.id)

    # when the rules run over everyone
    result = rules.run_all(utcnow())

    # then only the recent reader of X is tagged
    assert result["added"] == 1
    assert (tagged(recent.id), tagged(old.id), tagged(elsewhere.id)) == (
        {"看过手册"}, set(), set())

    # and once their open is out of the window too, the next run takes the tag off
    db.session.execute(update(ActivityEvent).where(ActivityEvent.customer_id == recent.id)
                       .values(occurred_at=utcnow() - 8 * DAY))
    save()
    assert rules.run_rule(made, utcnow())["removed"] == 1
    assert tagged(recent.id) == set()


def test_hq_sets_an_opened_material_rule_over_the_api(as_hq, tags, brochure):
    response = as_hq.post("/api/v1/tag-rules", json={
        "name": "看过手册", "tag_id": tags["看过手册"].id, "kind": "did",
        "verb": "material_open", "object_id": brochure.id, "min_count": 1, "days": 30})

    assert response.status_code == 201, response.json
    assert (response.json["verb"], response.json["object_id"]) == ("material_open", brochure.id)
    changed = as_hq.patch(f"/api/v1/tag-rules/{response.json['id']}", json={
        "kind": "no_visit_for", "days": 30})
    assert changed.json["object_id"] is None


INVALID = {
    "a material that does not exist": ({"verb": "material_open", "object_id": 999999},
                                       "对象不存在"),
    "an object for a verb that names none": ({"verb": "visit", "object_id": 1},
                                             "该行为不能指定对象"),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_an_object_the_verb_cannot_name_is_refused(as_hq, tags, brochure, case):
    params, message = INVALID[case]

    response = as_hq.post("/api/v1/tag-rules", json={
        "name": "规则", "tag_id": tags["看过手册"].id, "kind": "did", "min_count": 1,
        "days": 7, **params})

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"object_id": [message]}


def test_only_a_did_rule_names_an_object(as_hq, tags, brochure):
    response = as_hq.post("/api/v1/tag-rules", json={
        "name": "规则", "tag_id": tags["看过手册"].id, "kind": "no_visit_for", "days": 7,
        "object_id": brochure.id})

    assert response.status_code == 422
    assert set(response.json["error"]["fields"]) == {"object_id"}
