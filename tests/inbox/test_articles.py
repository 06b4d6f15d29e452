"""The knowledge base: HQ writes Q&A and product know-how; every staff member reads and searches
the published articles (reps do while answering); drafts are HQ's only."""

import pytest

from app.inbox.models import Article
from tests.factories import ProductFactory
from tests.inbox.builders import article
from tests.shop.builders import batch


@pytest.fixture
def library(org):
    with batch():
        kettle = ProductFactory(name="电水壶")
        return {
            "descale": article(org.admin, "水壶除垢方法", "用柠檬酸煮沸后静置半小时。",
                               kind="know_how", keywords="水垢 清洁", product_id=kettle.id),
            "warranty": article(org.admin, "保修多久？", "整机保修一年，电机保修三年。",
                                keywords="售后 保修"),
            "shipping": article(org.admin, "多久发货", "下单后 48 小时内发货，偏远地区除外。",
                                keywords="物流"),
            "draft": article(org.admin, "新品保修政策（草稿）", "还在讨论。", published=False),
            "kettle": kettle,
        }


def titles(response) -> list[str]:
    assert response.status_code == 200, response.json
    return [item["title"] for item in response.json["items"]]


def test_hq_writes_an_article(as_hq, org, db):
    product = ProductFactory()

    response = as_hq.post("/api/v1/articles", json={
        "title": "如何退换货", "body": "七天无理由退换。", "kind": "qa", "keywords": "退货 换货",
        "product_id": product.id})

    assert response.status_code == 201, response.json
    assert response.json["author_name"] == org.admin.name
    assert response.json["product_name"] == product.name
    assert response.json["published"] is True
    assert db.session.get(Article, response.json["id"]).author_id == org.admin.id


@pytest.mark.parametrize("body", [
    {"title": "", "body": "内容", "kind": "qa"},
    {"title": "标题", "body": "  ", "kind": "qa"},
    {"title": "标题", "body": "内容", "kind": "news"},
    {"title": "长" * 101, "body": "内容", "kind": "qa"},
    {"title": "标题", "body": "内容", "kind": "qa", "published": 1},
])
def test_a_bad_article_is_422(as_hq, body):
    assert as_hq.post("/api/v1/articles", json=body).status_code == 422


def test_an_article_about_a_missing_product_is_422(as_hq):
    response = as_hq.post("/api/v1/articles", json={"title": "标题", "body": "内容", "kind": "qa",
                                                    "product_id": 999_999})

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"product_id": ["商品不存在"]}


def test_hq_edits_publishes_and_deletes(as_hq, library, db):
    draft_id, shipping_id = library["draft"].id, library["shipping"].id

    edited = as_hq.patch(f"/api/v1/articles/{draft_id}",
                         json={"title": "新品保修政策", "published": True})
    deleted = as_hq.delete(f"/api/v1/articles/{shipping_id}")

    assert edited.status_code == 200
    assert (edited.json["title"], edited.json["published"]) == ("新品保修政策", True)
    assert deleted.status_code == 204
    assert db.session.get(Article, shipping_id) is None


@pytest.mark.parametrize(("q", "expected"), [
    ("保修", ["保修多久？"]),  # the title, then the body: title matches first
    ("水垢", ["水壶除垢方法"]),  # a keyword
    ("柠檬酸", ["水壶除垢方法"]),  # the body
    ("发货 偏远", ["多久发货"]),  # every word
    ("发货 保修", []),
    ("%", []),  # a wildcard is a character
])
def test_staff_search_the_published_articles(as_rep, library, q, expected):
    assert titles(as_rep.get("/api/v1/articles", query_string={"q": q})) == expected


def test_title_matches_come_before_body_matches(as_hq, org, library):
    article(org.admin, "电机说明", "电机保修三年之外的部件")

    found = titles(as_hq.get("/api/v1/articles", query_string={"q": "保修"}))

    assert found[:2] == ["新品保修政策（草稿）", "保修多久？"] and found[2:] == ["电机说明"]


def test_filter_by_kind_and_product(as_rep, library):
    by_kind = titles(as_rep.get("/api/v1/articles", query_string={"kind": "know_how"}))
    by_product = titles(as_rep.get("/api/v1/articles",
                                   query_string={"product_id": library["kettle"].id}))

    assert by_kind == by_product == ["水壶除垢方法"]


@pytest.mark.parametrize("viewer", ["as_rep", "as_boss"])
def test_a_draft_is_hqs_only(request, library, viewer):
    client = request.getfixturevalue(viewer)
    draft = library["draft"]

    assert "新品保修政策（草稿）" not in titles(client.get("/api/v1/articles"))
    assert "新品保修政策（草稿）" not in titles(client.get("/api/v1/articles?published=false"))
    assert client.get(f"/api/v1/articles/{draft.id}").status_code == 404
    assert client.get(f"/api/v1/articles/{library['warranty'].id}").status_code == 200


def test_hq_sees_drafts_and_filters_by_them(as_hq, library):
    assert "新品保修政策（草稿）" in titles(as_hq.get("/api/v1/articles"))
    assert titles(as_hq.get("/api/v1/articles?published=false")) == ["新品保修政策（草稿）"]
    assert as_hq.get(f"/api/v1/articles/{library['draft'].id}").status_code == 200
