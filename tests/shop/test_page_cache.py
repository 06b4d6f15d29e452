"""The public shop and product pages are kept per process and checked against the database at
most once per PUBLIC_CACHE_SECONDS: a viral link costs no query per request, and every change
shows within the bound.

The tests run the production bound (1 s) on a clock they move. The cache is told nothing by
writers, so a change made through this process is seen exactly as another worker sees one.
"""

import pytest

from app.shop import queries
from tests.clock import Clock
from tests.factories import ProductFactory
from tests.shop.builders import order, shelve, visit
from tests.sql import statements

BOUND = 1.0


@pytest.fixture
def clock(db, monkeypatch) -> Clock:
    """The pages' cache with the production bound, on a clock the test moves."""
    cache, clock = queries.page_cache(), Clock()
    monkeypatch.setattr(cache, "max_age", BOUND)
    monkeypatch.setattr(cache, "clock", clock)
    return clock


@pytest.fixture
def shop(org):
    rep = org.rep_a1
    tea = ProductFactory(name="龙井", stock=12)
    shelve(rep, tea)
    return rep, tea


def pages(rep, tea) -> dict[str, str]:
    base = f"/api/v1/shops/{rep.shop_code}"
    return {"shop": base, "product": f"{base}/products/{tea.id}"}


@pytest.mark.parametrize("page", ["shop", "product"])
def test_a_page_opened_again_within_the_bound_asks_the_database_nothing(client, shop, clock,
                                                                         page):
    # given the page was opened once
    url = pages(*shop)[page]
    first = client.get(url)

    # when thousands open it again within the bound, with or without the ETag
    clock.advance(BOUND * 0.9)
    with statements() as seen:
        again = client.get(url)
        revalidated = client.get(url, headers={"If-None-Match": first.headers["ETag"]})

    # then the process answers alone: the same page, and 304 to its ETag
    assert seen == []
    assert (again.status_code, again.data, again.headers["ETag"]) == (
        200, first.data, first.headers["ETag"])
    assert revalidated.status_code == 304


@pytest.mark.parametrize("page", ["shop", "product"])
def test_after_the_bound_one_small_read_checks_the_page(client, shop, clock, page):
    url = pages(*shop)[page]
    first = client.get(url)

    clock.advance(BOUND)
    with statements() as seen:
        again = client.get(url)

    # nothing changed: one read of the version, no rebuild
    assert len(seen) == 1
    assert again.data == first.data and again.headers["ETag"] == first.headers["ETag"]


def test_a_change_shows_once_the_bound_has_passed(client, shop, clock, as_rep):
    rep, tea = shop
    url = pages(rep, tea)["shop"]
    before = client.get(url)

    # when the rep renames the shop (in any process: the cache is not told)
    as_rep.patch("/api/v1/shop", json={"display_name": "陈记茶铺"})

    # then a process that checked less than the bound ago still serves what it has, and
    # once the bound has passed every process serves the change, under a new ETag
    clock.advance(BOUND * 0.9)
    assert client.get(url).json["shop"]["display_name"] == before.json["shop"]["display_name"]
    clock.advance(BOUND * 0.1)
    after = client.get(url, headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200 and after.json["shop"]["display_name"] == "陈记茶铺"


def test_a_disabled_reps_pages_are_gone_within_the_bound(client, shop, clock, as_hq):
    rep, tea = shop
    for url in pages(rep, tea).values():
        assert client.get(url).status_code == 200

    as_hq.patch(f"/api/v1/users/{rep.id}", json={"active": False})
    clock.advance(BOUND)

    for url in pages(rep, tea).values():
        response = client.get(url)
        assert response.status_code == 404
        assert response.json["error"]["code"] == "shop_not_found"


def stock_of(client, url) -> tuple:
    product = client.get(url).json["product"]
    return product["stock_status"], product["stock_left"], product["sold_out"]


def test_the_stock_a_product_page_shows_is_at_most_the_bound_old(client, shop, clock, db):
    # given a product with 12 left: in stock, with the count the order stepper stops at
    rep, tea = shop
    url = pages(rep, tea)["product"]
    assert stock_of(client, url) == ("in_stock", 12, False)

    # when an order takes one, then orders take it to 3 left, then to none
    buyer = visit(rep).customer
    order(rep, buyer, tea, quantity=1)
    clock.advance(BOUND)
    one_less = stock_of(client, url)
    order(rep, buyer, tea, quantity=8)
    clock.advance(BOUND)
    low = stock_of(client, url)
    order(rep, buyer, tea, quantity=3)
    clock.advance(BOUND)

    # then each shows once the bound has passed
    assert one_less == ("in_stock", 11, False)
    assert low == ("low", 3, False)
    assert stock_of(client, url) == ("sold_out", 0, True)


def test_a_product_taken_off_sale_is_gone_within_the_bound(client, shop, clock, as_hq):
    rep, tea = shop
    url = pages(rep, tea)["product"]
    assert client.get(url).status_code == 200

    as_hq.patch(f"/api/v1/products/{tea.id}", json={"on_sale": False})
    clock.advance(BOUND)

    assert client.get(url).status_code == 404
    assert tea.id not in [p["id"] for c in client.get(pages(rep, tea)["shop"]).json["categories"]
                          for p in c["products"]]
