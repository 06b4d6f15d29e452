"""Sharing a material: the link opens its page in the rep's shop, and its poster is drawn its
own way for a poster (HQ's image with the rep and QR code) or a business card (the rep's
profile), the standard one for the other kinds."""

import io

import pytest
from PIL import Image

from app.marketing.material_posters import (
    CARD_HEIGHT,
    CARD_QR,
    POSTER_QR,
    card_qr_box,
    poster_qr_box,
)
from app.shop.poster import BRAND, QR_SIZE, WIDTH, qr_box, qr_in_square, qr_placement
from tests.marketing import files
from tests.marketing.builders import material, stored_file
from tests.shop.builders import save

SKY = (30, 120, 200)


def share(client, made) -> dict:
    response = client.post("/api/v1/shares", json={"object_type": "material",
                                                   "object_id": made.id})
    assert response.status_code == 201, response.json
    return response.json


def poster(client, shared) -> Image.Image:
    response = client.get(shared["poster_url"])
    assert response.status_code == 200 and response.mimetype == "image/png"
    image = Image.open(io.BytesIO(response.data))
    image.load()
    return image.convert("RGB")


def dark(pixel) -> bool:
    return sum(pixel) / 3 < 128


def assert_qr_holds(image: Image.Image, url: str, box: tuple, side: int) -> None:
    """Every module of the url's code is drawn in the white square `box`, quiet zone white."""
    placement = qr_in_square(url, box[0], box[1], side)
    m, count = placement.module, len(placement.matrix)
    assert m >= 3
    for row in range(-1, count + 1):
        for col in range(-1, count + 1):
            inside = 0 <= row < count and 0 <= col < count
            centre = (placement.left + col * m + m // 2, placement.top + row * m + m // 2)
            assert dark(image.getpixel(centre)) == (inside and placement.matrix[row][col]), (
                row, col)


def link_of(shared) -> str:
    return "http://localhost" + shared["url"]


def test_a_share_links_to_the_material_page_of_the_reps_shop(org, as_rep):
    made = material(org.admin)

    shared = share(as_rep, made)

    assert shared["url"] == (f"/s/{org.rep_a1.shop_code}/materials/{made.id}"
                             f"?t={shared['token']}")


def test_a_poster_material_is_its_image_with_the_reps_qr_code_drawn_in(org, as_rep):
    image = files.png((600, 1000), SKY)
    made = material(org.admin, "poster", cover_url=stored_file(org.admin, "file", image))
    shared = share(as_rep, made)

    drawn = poster(as_rep, shared)

    assert drawn.size == (WIDTH, 1250)  # the image's shape, 750 wide
    assert drawn.getpixel((10, 10)) == SKY
    assert_qr_holds(drawn, link_of(shared), poster_qr_box(drawn.height), POSTER_QR)
    assert drawn.getpixel((WIDTH // 2, drawn.height - 120)) != SKY  # the rep's band


def test_a_short_poster_image_is_set_on_a_taller_poster(org, as_rep):
    made = material(org.admin, "poster",
                    cover_url=stored_file(org.admin, "file", files.png((800, 200), SKY)))
    shared = share(as_rep, made)

    drawn = poster(as_rep, shared)

    assert drawn.size == (WIDTH, 900)
    assert_qr_holds(drawn, link_of(shared), poster_qr_box(drawn.height), POSTER_QR)


def test_a_business_card_is_drawn_from_the_reps_profile(org, as_rep):
    as_rep.patch("/api/v1/shop", json={"display_name": "小王的店", "phone": "13800001111",
                                       "greeting": "有事随时找我",
                                       "avatar_url": stored_file(org.admin, "file",
                                                                 files.png((64, 64), SKY))})
    made = material(org.admin, "card", title="名片")
    shared = share(as_rep, made)

    drawn = poster(as_rep, shared)

    assert drawn.size == (WIDTH, CARD_HEIGHT)
    assert drawn.getpixel((10, 10)) == BRAND
    assert drawn.getpixel((WIDTH // 2, 340)) == SKY  # the avatar's middle
    assert_qr_holds(drawn, link_of(shared), card_qr_box(), CARD_QR)


def test_other_kinds_take_the_standard_poster_with_their_cover(org, as_rep):
    made = material(org.admin, "news", title="公司新闻",
                    cover_url=stored_file(org.admin, "file", files.png((100, 100), SKY)))
    shared = share(as_rep, made)

    drawn = poster(as_rep, shared)

    assert drawn.getpixel((10, 10)) == SKY  # the cover on top
    placement = qr_placement(link_of(shared), drawn.height)
    assert qr_box(drawn.height)[2] - qr_box(drawn.height)[0] == QR_SIZE
    assert_qr_holds(drawn, link_of(shared), qr_box(drawn.height), QR_SIZE)
    assert placement.module >= 3


@pytest.mark.parametrize("case", ["off", "other branch"])
def test_a_material_that_is_off_or_not_theirs_cannot_be_shared(org, as_rep, case):
    made = material(org.admin, **({"enabled": False} if case == "off"
                                  else {"audience_unit_ids": [org.branch_b.id]}))

    response = as_rep.post("/api/v1/shares", json={"object_type": "material",
                                                   "object_id": made.id})

    assert response.status_code == 404


def test_a_share_needs_the_materials_id(as_rep):
    response = as_rep.post("/api/v1/shares", json={"object_type": "material"})

    assert response.status_code == 404


def test_the_poster_of_a_material_switched_off_later_still_draws(org, as_rep):
    made = material(org.admin, "card")
    shared = share(as_rep, made)
    made.enabled = False
    save()

    assert poster(as_rep, shared).size == (WIDTH, CARD_HEIGHT)
