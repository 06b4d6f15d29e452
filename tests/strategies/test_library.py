"""HQ's strategy library: writing strategies, and every condition and material checked
against what exists (422 on the field at fault)."""

import pytest

from app.extensions import db
from app.inbox.models import Article
from tests.clients.builders import vocabulary
from tests.factories import ProductFactory
from tests.strategies.builders import strategy


@pytest.fixture
def article(org):
    made = Article(title="以旧换新怎么估价", body="到店由店员现场评估……", author_id=org.admin.id)
    db.session.add(made)
    db.session.commit()
    return made


def test_hq_writes_a_strategy_staff_read_it(as_hq, as_rep, org, article):
    # given a tag and a product of the catalog
    tags = vocabulary(org.admin, {"消费": ["首单", "老客"]})
    product = ProductFactory(name="华为 Mate 70 Pro")

    # when HQ writes a strategy for 首单 customers at stage 成交 or 复购
    response = as_hq.post("/api/v1/strategies", json={
        "name": "首单客户：复购引导", "priority": 70, "stages": ["deal", "repeat", "deal"],
        "tag_ids": [tags["首单"].id], "actions": ["三天内回访"],
        "talking_points": ["东西收到了吧？用着还习惯吗？"],
        "materials": [{"kind": "product", "id": product.id},
                      {"kind": "article", "id": article.id, "title": "估价说明"},
                      {"kind": "link", "title": "售后网点", "url": "https://example.com/a"}]})

    # then it is stored as written, each value once, materials titled
    assert response.status_code == 201, response.json
    created = response.json
    assert created["stages"] == ["deal", "repeat"]
    assert created["enabled"] is True and created["segments"] == []
    assert created["author_name"] == org.admin.name
    assert created["materials"] == [
        {"kind": "product", "id": product.id, "title": "华为 Mate 70 Pro", "url": None},
        {"kind": "article", "id": article.id, "title": "估价说明", "url": None},
        {"kind": "link", "id": None, "title": "售后网点", "url": "https://example.com/a"}]
    # and every staff member reads it
    assert as_rep.get(f"/api/v1/strategies/{created['id']}").json["name"] == "首单客户：复购引导"
    assert [s["id"] for s in as_rep.get("/api/v1/strategies").json] == [created["id"]]


def test_the_list_comes_highest_priority_first_disabled_included(as_rep, org):
    low = strategy(org.admin, "低", priority=1, stages=["reached"])
    off = strategy(org.admin, "停用", priority=50, stages=["reached"], enabled=False)
    high = strategy(org.admin, "高", priority=99, flags=["fading"])

    listed = as_rep.get("/api/v1/strategies").json

    assert [(s["id"], s["enabled"]) for s in listed] == [
        (high.id, True), (off.id, False), (low.id, True)]


def test_hq_edits_switches_off_and_deletes(as_hq, org):
    made = strategy(org.admin, "兴趣：邀约", stages=["interested"], actions=["邀约到店"]).id

    edited = as_hq.patch(f"/api/v1/strategies/{made}",
                         json={"stages": [], "flags": ["high_potential"], "enabled": False})

    # then the lists given replace the stored ones, the rest stays
    assert edited.status_code == 200, edited.json
    assert (edited.json["stages"], edited.json["flags"], edited.json["enabled"],
            edited.json["actions"]) == ([], ["high_potential"], False, ["邀约到店"])
    assert as_hq.delete(f"/api/v1/strategies/{made}").status_code == 204
    assert as_hq.get(f"/api/v1/strategies/{made}").status_code == 404


INVALID = {  # body -> the field the 422 names
    "unknown segment": ({"segments": ["vip"]}, "segments"),
    "unknown stage": ({"stages": ["lead"]}, "stages"),
    "unknown flag": ({"flags": ["at_risk"]}, "flags"),
    "unknown follow state": ({"follow_states": ["maybe"]}, "follow_states"),
    "unknown tag": ({"tag_ids": [999_999]}, "tag_ids"),
    "no condition": ({}, "_schema"),
    "unknown product": ({"stages": ["need"], "materials": [{"kind": "product", "id": 999_999}]},
                        "materials"),
    "unknown article": ({"stages": ["need"], "materials": [{"kind": "article", "id": 999_999}]},
                        "materials"),
    "link without an address": ({"stages": ["need"],
                                 "materials": [{"kind": "link", "title": "官网"}]}, "materials"),
    "product without an id": ({"stages": ["need"], "materials": [{"kind": "product"}]},
                              "materials"),
    "coupon (not yet)": ({"stages": ["need"], "materials": [{"kind": "coupon", "id": 1}]},
                         "materials"),
    "a link that is not https": ({"stages": ["need"], "materials": [
        {"kind": "link", "title": "官网", "url": "javascript:alert(1)"}]}, "materials"),
    "blank action": ({"stages": ["need"], "actions": ["  "]}, "actions"),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_invalid_strategies_are_refused_on_the_field(as_hq, org, case):
    body, field = INVALID[case]

    response = as_hq.post("/api/v1/strategies", json={"name": "测试策略", **body})

    assert response.status_code == 422, response.json
    assert response.json["error"]["code"] == "validation_error"
    assert field in response.json["error"]["fields"], response.json
    assert as_hq.get("/api/v1/strategies").json == []


def test_a_missing_product_is_named_by_its_place(as_hq, org):
    product = ProductFactory()

    response = as_hq.post("/api/v1/strategies", json={
        "name": "测试策略", "stages": ["need"],
        "materials": [{"kind": "product", "id": product.id},
                      {"kind": "product", "id": 999_999}]})

    assert response.json["error"]["fields"] == {"materials": {"1": {"id": ["商品不存在"]}}}


def test_an_edit_may_not_leave_a_strategy_without_conditions(as_hq, org):
    made = strategy(org.admin, "渐退出：关怀", flags=["fading"])

    response = as_hq.patch(f"/api/v1/strategies/{made.id}", json={"flags": []})

    assert response.status_code == 422
    assert "_schema" in response.json["error"]["fields"]
    assert as_hq.get(f"/api/v1/strategies/{made.id}").json["flags"] == ["fading"]


def test_names_are_unique(as_hq, org):
    strategy(org.admin, "重要挽留：回访", segments=["important_retain"])
    other = strategy(org.admin, "其他", segments=["general_retain"])

    created = as_hq.post("/api/v1/strategies", json={"name": "重要挽留：回访",
                                                     "stages": ["need"]})
    renamed = as_hq.patch(f"/api/v1/strategies/{other.id}", json={"name": "重要挽留：回访"})

    assert created.status_code == renamed.status_code == 422
    assert "name" in created.json["error"]["fields"] and "name" in renamed.json["error"]["fields"]
