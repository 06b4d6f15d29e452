"""The demo catalog's data and the locally drawn product images and avatars."""

import io
import re

import pytest
from PIL import Image

from app.seed.catalog import CATEGORIES, PRODUCTS
from app.seed.images import MOTIFS, draw_avatar, draw_product_image

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_keys_are_unique_slugs():
    product_keys = [p["key"] for p in PRODUCTS]
    category_keys = [c["key"] for c in CATEGORIES]

    assert len(set(product_keys)) == len(product_keys)
    assert len(set(category_keys)) == len(category_keys)
    assert all(SLUG.match(key) for key in product_keys + category_keys)
    assert len({c["sort_order"] for c in CATEGORIES}) == len(CATEGORIES)


def test_every_product_sits_in_a_category_and_every_category_has_products():
    category_keys = {c["key"] for c in CATEGORIES}
    used = {p["category"] for p in PRODUCTS}

    assert used <= category_keys
    assert used == category_keys
    assert 35 <= len(PRODUCTS) <= 45


@pytest.mark.parametrize("product", PRODUCTS, ids=lambda p: p["key"])
def test_a_product_is_complete_and_believable(product):
    assert product["name"].strip() and product["subtitle"].strip()
    assert type(product["price"]) is int and product["price"] > 0
    if product["list_price"] is not None:
        assert type(product["list_price"]) is int and product["list_price"] > product["price"]
    assert product["stock"] is None or (type(product["stock"]) is int and product["stock"] > 0)
    bps = product["commission_rate_bps"]
    assert bps is None or (type(bps) is int and 0 < bps < 10_000)
    assert all(isinstance(tag, str) and tag for tag in product["tags"])
    assert isinstance(product["featured"], bool)
    assert 2 <= len(product["detail"]) <= 4
    for block in product["detail"]:
        assert block["type"] == "text"
        assert len(block["text"]) >= 20 and "\n" not in block["text"]
    assert product["art"]["motif"] in MOTIFS


def test_some_products_are_good_picks_for_a_reps_featured_slot():
    featured = [p for p in PRODUCTS if p["featured"]]

    assert 5 <= len(featured) <= len(PRODUCTS) // 2


def test_an_image_decodes_at_the_requested_size():
    art = PRODUCTS[0]["art"]

    image = decode(draw_product_image(art, size=320))

    assert image.format == "JPEG"
    assert image.size == (320, 320)


def test_images_are_deterministic_and_variants_differ():
    art = PRODUCTS[0]["art"]

    images = [draw_product_image(art, size=240, variant=v) for v in range(4)]

    assert images == [draw_product_image(art, size=240, variant=v) for v in range(4)]
    assert len(set(images)) == 4


def test_every_cover_is_small_enough_for_a_phone():
    sizes = {p["key"]: len(draw_product_image(p["art"])) for p in PRODUCTS}

    assert max(sizes.values()) <= 60 * 1024, sizes


@pytest.mark.parametrize("variant", [1, 2, 3])
def test_every_gallery_image_draws(variant):
    for product in PRODUCTS:
        assert decode(draw_product_image(product["art"], size=200, variant=variant)).size == (
            200, 200)


def test_an_unknown_motif_or_variant_is_refused():
    art = PRODUCTS[0]["art"]

    with pytest.raises(ValueError, match="motif"):
        draw_product_image({**art, "motif": "spaceship"})
    with pytest.raises(ValueError, match="variant"):
        draw_product_image(art, variant=4)


def test_an_avatar_is_a_round_png_that_depends_on_its_seed():
    avatar = decode(draw_avatar(3, size=128))

    assert avatar.format == "PNG" and avatar.size == (128, 128)
    assert avatar.getpixel((0, 0))[3] == 0  # outside the circle
    assert avatar.getpixel((64, 64))[3] == 255
    assert draw_avatar(3) == draw_avatar(3)
    assert draw_avatar(3) != draw_avatar(4)
