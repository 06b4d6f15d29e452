"""The rep's shelf and shop profile: adding, featuring, ordering, removing, limits, checks."""

import pytest
from sqlalchemy import select

from app.shop.models import ShelfItem
from tests.factories import ProductFactory
from tests.shop.builders import events, shelve


def add(client, product, featured=False):
    return client.post("/api/v1/shelf/items", json={"product_id": product.id,
                                                    "featured": featured})


def shelf_product_ids(client) -> list[int]:
    return [item["product_id"] for item in client.get("/api/v1/shelf").json["items"]]


# --- adding ----------------------------------------------------------------------------------

def test_adding_a_product_puts_it_at_the_end_of_the_shelf(as_rep):
    first, second = ProductFactory(), ProductFactory()

    one = add(as_rep, first)
    two = add(as_rep, second)

    assert one.status_code == two.status_code == 201
    assert one.json["position"] < two.json["position"]
    assert one.json["product"]["id"] == first.id and one.json["featured"] is False
    assert shelf_product_ids(as_rep) == [first.id, second.id]


def test_adding_the_same_product_twice_changes_nothing(as_rep, db):
    product = ProductFactory()

    first = add(as_rep, product)
    again = add(as_rep, product, featured=True)

    assert again.status_code == 201
    assert again.json == first.json  # same item, still not featured
    assert len(db.session.scalars(select(ShelfItem)).all()) == 1
    assert len(events("shelf.add")) == 1


@pytest.mark.parametrize("on_sale", [False, None])
def test_an_off_sale_or_missing_product_cannot_be_added(as_rep, db, on_sale):
    product_id = ProductFactory(on_sale=False).id if on_sale is False else 999_999

    response = as_rep.post("/api/v1/shelf/items", json={"product_id": product_id})

    assert response.status_code == 404
    assert db.session.scalars(select(ShelfItem)).all() == []


@pytest.mark.parametrize("body", [{"product_id": "1"}, {"product_id": 1.0}, {},
                                  {"product_id": 1, "featured": 1},
                                  {"product_id": 1, "featured": "yes"}])
def test_add_takes_strict_json(as_rep, body):
    ProductFactory()

    assert as_rep.post("/api/v1/shelf/items", json=body).status_code == 422


def test_the_shelf_holds_at_most_shelf_max_items(app, as_rep, monkeypatch):
    monkeypatch.setitem(app.config, "SHELF_MAX_ITEMS", 2)
    products = [ProductFactory() for _ in range(3)]
    add(as_rep, products[0])
    add(as_rep, products[1])

    full = add(as_rep, products[2])

    assert full.status_code == 422 and full.json["error"]["code"] == "shelf_full"
    assert add(as_rep, products[0]).status_code == 201  # re-adding is still fine
    assert shelf_product_ids(as_rep) == [products[0].id, products[1].id]


def test_an_off_sale_product_stays_on_the_reps_shelf_marked(as_rep, db, org):
    product = ProductFactory()
    shelve(org.rep_a1, product)
    product.on_sale = False
    db.session.commit()

    items = as_rep.get("/api/v1/shelf").json["items"]

    assert [(i["product_id"], i["product"]["on_sale"]) for i in items] == [(product.id, False)]
    shop = as_rep.get(f"/api/v1/shops/{org.rep_a1.shop_code}").json
    assert shop["categories"] == [] and shop["featured"] == []


# --- featuring -------------------------------------------------------------------------------

@pytest.fixture
def featured_max(app, monkeypatch):
    monkeypatch.setitem(app.config, "SHELF_FEATURED_MAX", 2)
    return 2


def test_featuring_is_limited_when_adding(as_rep, featured_max):
    products = [ProductFactory() for _ in range(4)]
    add(as_rep, products[0], featured=True)
    add(as_rep, products[1], featured=True)

    over = add(as_rep, products[2], featured=True)

    assert over.status_code == 422
    assert over.json["error"]["code"] == "featured_limit"
    assert "featured" in over.json["error"]["fields"]
    assert add(as_rep, products[3]).status_code == 201
    assert as_rep.get("/api/v1/shelf").json["featured_max"] == 2


def test_featuring_is_limited_when_editing(as_rep, featured_max):
    items = [add(as_rep, ProductFactory(), featured=i < 2).json for i in range(3)]

    over = as_rep.patch(f"/api/v1/shelf/items/{items[2]['id']}", json={"featured": True})
    still = as_rep.patch(f"/api/v1/shelf/items/{items[0]['id']}", json={"featured": True})
    as_rep.patch(f"/api/v1/shelf/items/{items[0]['id']}", json={"featured": False})
    swapped = as_rep.patch(f"/api/v1/shelf/items/{items[2]['id']}", json={"featured": True})

    assert over.status_code == 422 and over.json["error"]["code"] == "featured_limit"
    assert still.status_code == 200  # an item already featured does not count against itself
    assert swapped.status_code == 200 and swapped.json["featured"] is True


def test_featured_items_come_first_on_the_shelf(as_rep):
    plain, star = ProductFactory(), ProductFactory()
    add(as_rep, plain)
    add(as_rep, star, featured=True)

    assert shelf_product_ids(as_rep) == [star.id, plain.id]


# --- ordering --------------------------------------------------------------------------------

@pytest.fixture
def three_items(as_rep):
    return [add(as_rep, ProductFactory()).json["id"] for _ in range(3)]


def test_reorder_puts_the_shelf_in_the_given_order(as_rep, three_items):
    a, b, c = three_items

    response = as_rep.put("/api/v1/shelf/order", json={"item_ids": [c, a, b]})

    assert response.status_code == 200
    assert [i["id"] for i in response.json["items"]] == [c, a, b]
    assert [i["position"] for i in response.json["items"]] == [1, 2, 3]
    assert [i["id"] for i in as_rep.get("/api/v1/shelf").json["items"]] == [c, a, b]


@pytest.mark.parametrize("order", ["missing", "twice", "foreign", "empty", "unknown"])
def test_reorder_must_name_every_item_exactly_once(app, as_rep, org, three_items, order):
    a, b, c = three_items
    foreign = shelve(org.rep_a1b, ProductFactory()).id
    item_ids = {"missing": [a, b], "twice": [a, b, c, c], "foreign": [a, b, c, foreign],
                "empty": [], "unknown": [a, b, c, 987_654]}[order]

    response = as_rep.put("/api/v1/shelf/order", json={"item_ids": item_ids})

    assert response.status_code == 422
    assert "item_ids" in response.json["error"]["fields"]
    assert [i["id"] for i in as_rep.get("/api/v1/shelf").json["items"]] == [a, b, c]


def test_reorder_of_an_empty_shelf_with_an_empty_list_is_fine(as_rep):
    response = as_rep.put("/api/v1/shelf/order", json={"item_ids": []})

    assert response.status_code == 200 and response.json["items"] == []


# --- removing --------------------------------------------------------------------------------

def test_removing_takes_the_product_off_and_a_second_remove_is_404(as_rep, three_items):
    a, b, c = three_items

    assert as_rep.delete(f"/api/v1/shelf/items/{b}").status_code == 204
    assert as_rep.delete(f"/api/v1/shelf/items/{b}").status_code == 404
    assert [i["id"] for i in as_rep.get("/api/v1/shelf").json["items"]] == [a, c]


def test_a_removed_product_can_be_added_again(as_rep):
    product = ProductFactory()
    item = add(as_rep, product).json
    as_rep.delete(f"/api/v1/shelf/items/{item['id']}")

    assert add(as_rep, product).status_code == 201
    assert shelf_product_ids(as_rep) == [product.id]


# --- the shop profile ------------------------------------------------------------------------

def test_a_new_reps_profile_is_empty_with_their_shop_code(as_rep, org):
    profile = as_rep.get("/api/v1/shop").json

    assert profile["shop_code"] == org.rep_a1.shop_code
    assert {k: v for k, v in profile.items() if k not in ("shop_code", "version")} == {
        "display_name": None, "avatar_url": None, "greeting": None, "phone": None,
        "wechat_qr_url": None}


def test_the_rep_edits_the_profile_and_the_version_moves(as_rep):
    before = as_rep.get("/api/v1/shop").json["version"]

    response = as_rep.patch("/api/v1/shop", json={
        "display_name": "小陈的店", "greeting": "你好", "phone": "13812345678",
        "avatar_url": "https://cdn.example.com/a.png",
        "wechat_qr_url": "/media/images/ab/abcdef.png"})

    assert response.status_code == 200
    assert response.json["version"] > before
    assert response.json["display_name"] == "小陈的店"
    cleared = as_rep.patch("/api/v1/shop", json={"phone": None, "avatar_url": None})
    assert cleared.json["phone"] is None and cleared.json["avatar_url"] is None
    assert cleared.json["display_name"] == "小陈的店"  # a partial update keeps the rest


@pytest.mark.parametrize("phone", ["1381234567", "138123456789", "23812345678", "1381234567a",
                                   "+8613812345678", "138 1234 5678", "13812345678\n"])
def test_the_profile_phone_is_11_digits(as_rep, phone):
    response = as_rep.patch("/api/v1/shop", json={"phone": phone})

    assert response.status_code == 422
    assert "phone" in response.json["error"]["fields"]


@pytest.mark.parametrize("field", ["avatar_url", "wechat_qr_url"])
@pytest.mark.parametrize("url", ["http://cdn.example.com/a.png", "javascript:alert(1)",
                                 "//cdn.example.com/a.png", "data:image/png;base64,AAAA",
                                 "https://", "/static/a.png", "https://a.com/x y.png",
                                 "https://cdn.example.com/a.png\n", "media/a.png"])
def test_profile_urls_are_https_or_media(as_rep, field, url):
    response = as_rep.patch("/api/v1/shop", json={field: url})

    assert response.status_code == 422, url
    assert field in response.json["error"]["fields"]


@pytest.mark.parametrize("body", [{"display_name": ""}, {"display_name": "   "},
                                  {"display_name": "名" * 51},
                                  {"greeting": "好" * 201}, {"shop_code": "mine"},
                                  {"version": 99}, {"display_name": 5}])
def test_other_profile_fields_are_checked(as_rep, body):
    assert as_rep.patch("/api/v1/shop", json=body).status_code == 422
