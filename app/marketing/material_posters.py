"""Posters that materials draw their own way for a rep's share (shop's `Shareable.draw`).

A poster material (海报) is HQ's image with the sharing rep's name and a QR code of their link
drawn into its foot; a business card (名片) is drawn from the rep's shop profile (name, team,
shop name, phone, greeting, avatar) with a QR code of their link. Other kinds take shop's
standard poster (title, summary, cover). Fonts, emoji and QR modules are shop.poster's.
"""

import io

from PIL import Image, ImageDraw, ImageOps

from app.core.storage import MEDIA_URL, get_storage
from app.marketing.models import Material
from app.marketing.services.materials import card_of
from app.shop.poster import (
    BRAND,
    GREY,
    INK,
    LIGHT,
    PAD,
    WIDTH,
    avatar_disc,
    brand_block,
    draw_qr,
    draw_text,
    fit,
    font,
    open_image,
    qr_in_square,
    text_length,
    wrap,
)
from app.shop.queries import shop_card
from app.shop.services.shelves import get_profile

MIN_HEIGHT, MAX_HEIGHT = 900, 2400  # a poster image shorter is set on white, taller is cut
BAND = 250  # the foot band holding the rep and the QR code, drawn over the image
BAND_MARGIN = 24
POSTER_QR = 190
CARD_HEIGHT, CARD_HEADER, CARD_QR = 1160, 340, 260
AVATAR = 160


def _stored_image(url: str | None) -> Image.Image | None:
    """An uploaded image as RGB, turned as its camera said, or None."""
    if not url or not url.startswith(MEDIA_URL):
        return None
    return open_image(get_storage().open(url.removeprefix(MEDIA_URL)),
                      (WIDTH * 2, MAX_HEIGHT * 2))


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# --- 海报: the image with the rep's name and QR code ---------------------------------------------

def poster_qr_box(height: int) -> tuple[int, int, int, int]:
    """The white square of the QR code in a poster `height` pixels tall: at the right of the
    band, in its middle."""
    inner_top, inner = height - BAND + BAND_MARGIN, BAND - 2 * BAND_MARGIN
    top = inner_top + (inner - POSTER_QR) // 2
    right = WIDTH - BAND_MARGIN - (inner - POSTER_QR) // 2
    return right - POSTER_QR, top, right, top + POSTER_QR


def poster_height(image: Image.Image | None) -> int:
    if image is None:
        return MIN_HEIGHT
    return min(max(round(image.height * WIDTH / image.width), MIN_HEIGHT), MAX_HEIGHT)


def render_image_poster(image: Image.Image | None, *, rep_name: str, shop_name: str,
                        url: str) -> bytes:
    """The poster's image as wide as a poster, its foot a band with the rep and the QR code."""
    height = poster_height(image)
    canvas = Image.new("RGB", (WIDTH, height), (255, 255, 255))
    if image is None:
        canvas.paste(brand_block(rep_name), (0, 0))
    else:
        scaled_height = min(round(image.height * WIDTH / image.width), MAX_HEIGHT)
        canvas.paste(ImageOps.fit(image, (WIDTH, scaled_height), Image.Resampling.LANCZOS,
                                  centering=(0.5, 0.0)), (0, 0))
    band = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    top = height - BAND
    ImageDraw.Draw(band).rounded_rectangle(
        [BAND_MARGIN, top + BAND_MARGIN, WIDTH - BAND_MARGIN, height - BAND_MARGIN],
        radius=20, fill=(255, 255, 255, 238))
    canvas = Image.alpha_composite(canvas.convert("RGBA"), band).convert("RGB")
    draw = ImageDraw.Draw(canvas)
    left, qr_top, right, bottom = poster_qr_box(height)
    draw.rectangle([left, qr_top, right, bottom], fill=(255, 255, 255))
    draw_qr(draw, qr_in_square(url, left, qr_top, POSTER_QR))

    x, column = BAND_MARGIN + 28, left - BAND_MARGIN - 28 - 24
    avatar = 72
    avatar_disc(draw, x, top + BAND_MARGIN + 32, avatar, rep_name)
    name_x = x + avatar + 16
    name_face, line_face = font(32, bold=True), font(24)
    draw_text(canvas, name_x, top + BAND_MARGIN + 64,
              fit(rep_name, name_face, column - avatar - 16), name_face, INK)
    draw_text(canvas, name_x, top + BAND_MARGIN + 100,
              fit(f"{shop_name} 为你推荐", line_face, column - avatar - 16), line_face, GREY)
    draw.text((x, height - BAND_MARGIN - 44), fit("长按识别二维码 了解详情", font(26), column),
              font=font(26), fill=INK, anchor="ls")
    return _png(canvas)


# --- 名片: the rep's business card ---------------------------------------------------------------

def card_qr_box() -> tuple[int, int, int, int]:
    left, top = (WIDTH - CARD_QR) // 2, CARD_HEIGHT - CARD_QR - 120
    return left, top, left + CARD_QR, top + CARD_QR


def _round_avatar(image: Image.Image) -> Image.Image:
    """The avatar as a disc, drawn at twice the size and reduced for smooth edges."""
    square = ImageOps.fit(image, (AVATAR * 2, AVATAR * 2), Image.Resampling.LANCZOS)
    mask = Image.new("L", square.size, 0)
    ImageDraw.Draw(mask).ellipse([0, 0, *square.size], fill=255)
    disc = Image.new("RGBA", square.size, (0, 0, 0, 0))
    disc.paste(square, (0, 0), mask)
    return disc.reduce(2)


def render_card(card: dict, avatar: Image.Image | None, url: str) -> bytes:
    """The card: the company's colour block, the avatar, name, team, shop, phone, greeting and
    the QR code of the rep's link. `card` holds rep_name, unit_name, display_name, phone,
    greeting and company_name."""
    canvas = Image.new("RGB", (WIDTH, CARD_HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([0, 0, WIDTH, CARD_HEADER], fill=BRAND)
    draw_text(canvas, PAD, 76, fit(card["company_name"], font(34, bold=True), WIDTH - 2 * PAD),
              font(34, bold=True), (255, 255, 255))
    draw_text(canvas, PAD, 124, "名片", font(26), (255, 236, 230))

    x, y = (WIDTH - AVATAR) // 2, CARD_HEADER - AVATAR // 2
    draw.ellipse([x - 6, y - 6, x + AVATAR + 6, y + AVATAR + 6], fill=(255, 255, 255))
    if avatar is not None:
        disc = _round_avatar(avatar)
        canvas.paste(disc, (x, y), disc)
    else:
        avatar_disc(draw, x, y, AVATAR, card["rep_name"])

    width = WIDTH - 2 * PAD
    rows = [(fit(card["rep_name"], font(48, bold=True), width), font(48, bold=True), INK, 62),
            (fit(card["unit_name"], font(28), width), font(28), GREY, 44),
            (fit(card["display_name"], font(28), width), font(28), GREY, 56)]
    if card.get("phone"):
        rows.append((f"电话 {card['phone']}", font(30, bold=True), INK, 56))
    rows += [(line, font(26), GREY, 38)
             for line in wrap(card.get("greeting") or "", font(26), width, 2)]
    baseline = CARD_HEADER + AVATAR // 2 + 70
    for text, face, fill, step in rows:
        length = text_length(text, face)
        draw_text(canvas, (WIDTH - length) / 2, baseline, text, face, fill)
        baseline += step

    left, top, right, bottom = card_qr_box()
    draw.rounded_rectangle([left - 8, top - 8, right + 8, bottom + 8], radius=12,
                           fill=(255, 255, 255), outline=LIGHT, width=2)
    draw_qr(draw, qr_in_square(url, left, top, CARD_QR))
    caption = "长按识别二维码 收下我的名片"
    draw.text((WIDTH / 2, bottom + 62), caption, font=font(26), fill=INK, anchor="ms")
    return _png(canvas)


def draw(rep, material: Material, url: str) -> bytes | None:
    """The poster of a poster or card material for the rep's link; None for the others."""
    if material.kind == "poster":
        return render_image_poster(_stored_image(material.cover_url), rep_name=rep.name,
                                   shop_name=shop_card(rep, get_profile(rep))["display_name"],
                                   url=url)
    if material.kind == "card":
        card = card_of(rep, get_profile(rep))
        return render_card(card, _stored_image(card["avatar_url"]), url)
    return None
