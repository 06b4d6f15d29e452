"""The share poster: cover, text, the rep's shop and a QR code that scans to the share link."""

import io
from pathlib import Path

import pytest
from PIL import Image

from app.seed.images import draw_product_image
from app.shop import poster
from app.shop.poster import BRAND, WIDTH, qr_box, qr_placement, render_poster, wrap

URL = "https://shop.example.com/s/k3J9xQ2mP7/p/12?t=Ab12Cd34Ef56"
COVER = draw_product_image({"motif": "phone", "bg": ["#EFE7DF", "#D9C7B5"], "body": "#3A3B40",
                            "accent": "#6C8CFF"}, size=400)


def render(**overrides) -> bytes:
    args = {"title": "华为 Mate 70 Pro 12+512GB 曜石黑", "subtitle": "鸿蒙旗舰 超可靠玄武架构",
            "price_text": "¥6999.00", "rep_name": "王敏", "shop_name": "王敏的微店", "url": URL,
            "cover": COVER}
    return render_poster(**{**args, **overrides})


def decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def dark(pixel) -> bool:
    return sum(pixel) / 3 < 128


def assert_qr_encodes(image: Image.Image, url: str) -> None:
    """Every module of the url's QR code is drawn where the poster says, and its quiet zone
    is white, sampled at module centres."""
    placement = qr_placement(url, image.height)
    m, count = placement.module, len(placement.matrix)
    assert m >= 3
    for row, cells in enumerate(placement.matrix):
        for col, is_dark in enumerate(cells):
            centre = (placement.left + col * m + m // 2, placement.top + row * m + m // 2)
            assert dark(image.getpixel(centre)) == is_dark, (row, col)
    for i in range(-1, count + 1):
        for row, col in ((-1, i), (count, i), (i, -1), (i, count)):
            centre = (placement.left + col * m + m // 2, placement.top + row * m + m // 2)
            assert not dark(image.getpixel(centre)), (row, col)
    left, top, right, bottom = qr_box(image.height)
    assert left <= placement.left and placement.left + count * m <= right
    assert top <= placement.top and placement.top + count * m <= bottom <= image.height


def test_a_product_poster_is_750_wide_and_its_qr_code_holds_the_link():
    image = decode(render())

    assert image.width == WIDTH
    assert 1200 <= image.height <= 1500
    assert_qr_encodes(image, URL)


def test_a_shop_poster_without_cover_uses_the_brand_block():
    url = "https://shop.example.com/s/k3J9xQ2mP7?t=Zz"

    image = decode(render(title="王敏的微店", subtitle=None, price_text=None, cover=None,
                          url=url))

    assert image.width == WIDTH
    assert image.getpixel((30, 400)) == BRAND
    assert_qr_encodes(image, url)


def test_a_cover_that_will_not_open_falls_back_to_the_brand_block():
    image = decode(render(cover=b"not an image"))

    assert image.getpixel((30, 400)) == BRAND


def test_the_poster_is_deterministic():
    assert render() == render()


def test_a_long_title_wraps_onto_two_lines_with_an_ellipsis():
    face = poster.font(40, bold=True)
    title = "西湖龙井 明前特级 250g 礼盒 核心产区 清明前手工炒制 送客户 送长辈 都拿得出手 售完即止"

    lines = wrap(title, face, 670, 2)

    assert len(lines) == 2
    assert lines[1].endswith("…")
    assert all(face.getlength(line) <= 670 for line in lines)
    assert wrap("小米 15", face, 670, 2) == ["小米 15"]


def test_latin_words_are_not_split_across_lines():
    face = poster.font(40)

    lines = wrap("华为 MateBook X Pro 酷睿Ultra 7 32GB+1TB 980克轻薄", face, 330, 6)

    assert "".join(lines).replace(" ", "") == "华为MateBookXPro酷睿Ultra732GB+1TB980克轻薄"
    assert not any(line.endswith("Mate") for line in lines)


@pytest.fixture
def no_cjk_font(monkeypatch):
    poster.font.cache_clear()
    monkeypatch.setattr(poster, "find_cjk_font", lambda bold=False: None)
    yield
    poster.font.cache_clear()


def test_without_a_cjk_font_the_poster_still_renders(no_cjk_font):
    image = decode(render())

    assert image.width == WIDTH
    assert_qr_encodes(image, URL)


@pytest.mark.skipif(not Path(poster.FONT_CANDIDATES[0][0]).is_file(),
                    reason="Debian's fonts-noto-cjk is not installed")
def test_the_simplified_chinese_face_of_noto_cjk_is_chosen():
    path, index = poster.find_cjk_font(bold=True)

    assert poster.font(20, bold=True).getname() == ("Noto Sans CJK SC", "Bold")
    assert path.endswith("NotoSansCJK-Bold.ttc") and index == 2


def colourful(image: Image.Image, box) -> int:
    """Pixels of the box that are clearly coloured (the poster's text is black or grey)."""
    saturation = image.crop(box).convert("HSV").getchannel("S").histogram()
    return sum(saturation[60:])


NAME_BOX = (136, 0, 470, 0)  # the shop name's line in the footer, right of the avatar disc


def name_line(image: Image.Image) -> tuple[int, int, int, int]:
    footer = image.height - poster.FOOTER_HEIGHT
    return NAME_BOX[0], footer + 40, NAME_BOX[2], footer + 100


@pytest.mark.skipif(poster.emoji_font() is None, reason="no colour emoji font installed")
def test_an_emoji_in_a_shop_name_is_drawn_in_colour_not_as_a_box():
    """A shop name with an emoji drew a tofu box on the poster."""
    plain = decode(render(shop_name="小美的店"))
    with_emoji = decode(render(shop_name="小美的店🌸"))

    assert colourful(plain, name_line(plain)) == 0
    assert colourful(with_emoji, name_line(with_emoji)) > 200
    # the emoji is not the face's .notdef box
    face = poster.font(32, bold=True)
    drawn, box = (Image.new("RGB", (80, 60), "white") for _ in range(2))
    poster.draw_text(drawn, 0, 45, "🌸", face, (0, 0, 0))
    poster.draw_text(box, 0, 45, poster.MISSING, face, (0, 0, 0))
    assert drawn.tobytes() != box.tobytes() and colourful(drawn, (0, 0, 80, 60)) > 200


def test_without_an_emoji_font_an_emoji_is_left_out_cleanly(monkeypatch):
    monkeypatch.setattr(poster, "emoji_font", lambda: None)
    poster.emoji_image.cache_clear()
    try:
        assert render(shop_name="小美的店🌸", rep_name="🌸小美") == \
            render(shop_name="小美的店", rep_name="小美")
    finally:
        poster.emoji_image.cache_clear()


def test_emoji_count_in_the_width_a_title_wraps_to():
    face = poster.font(40, bold=True)

    lines = wrap("🎉" * 40, face, 670, 2)

    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(poster.text_length(line, face) <= 670 for line in lines)
