"""The share poster: a 750-pixel-wide PNG a rep saves and posts in WeChat.

Cover (or a brand-coloured block), title, subtitle and price, then a footer with the rep's
shop and a QR code of the share link. Chinese text needs a CJK font: the first one found among
common paths or through fontconfig; without one, Pillow's default font keeps the poster working
(with the Chinese left out). Emoji (a shop named 小美的店🌸) are drawn from a colour emoji
font (Debian: fonts-noto-color-emoji), or left out when there is none: never as boxes.
"""

import functools
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont, ImageOps

WIDTH = 750
PAD = 40
BRAND = (232, 69, 44)  # #E8452C
INK, GREY, LIGHT = (34, 34, 34), (136, 136, 136), (236, 236, 236)
FOOTER_BG = (250, 247, 245)
BLOCK_HEIGHT = 540  # the brand block that stands in for a missing cover
FOOTER_HEIGHT = 300
QR_SIZE = 236  # the white square holding the QR code, quiet zone included
QR_QUIET = 2  # modules of white around the code
CAPTION = "长按识别二维码 进店看看"

# (path, bold); .ttc collections hold several faces: the Simplified Chinese one is picked.
FONT_CANDIDATES = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", False),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", True),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", False),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc", True),
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", False),
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc", True),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", False),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", False),
    ("/System/Library/Fonts/PingFang.ttc", False),
    ("C:/Windows/Fonts/msyh.ttc", False),
    ("C:/Windows/Fonts/msyhbd.ttc", True),
]


EMOJI_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
    "/usr/share/fonts/noto/NotoColorEmoji.ttf",
    "/usr/share/fonts/google-noto-emoji/NotoColorEmoji.ttf",
]
EMOJI_STRIKE = 109  # Noto Color Emoji holds bitmaps of this one size: drawn so, then scaled
# One emoji as a reader sees it: a flag (two regional indicators), or a character with its
# variation selector, keycap, skin tone, tag characters and zero-width-joined parts.
CLUSTER = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}"
                     r"|.(?:[\uFE0E\uFE0F\u20E3\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F]"
                     r"|\u200D.)*", re.S)
MISSING = "\U0010FFFD"  # a private-use character no font draws: its box is the .notdef glyph


@functools.cache
def find_cjk_font(bold: bool = False) -> tuple[str, int] | None:
    """(path, face index) of a Simplified Chinese font, bold if one exists, else None."""
    for path, is_bold in FONT_CANDIDATES:
        if is_bold == bold and Path(path).is_file():
            return path, simplified_chinese_face(path)
    found = fc_match("Noto Sans CJK SC:bold" if bold else "Noto Sans CJK SC")
    if found:
        return found
    if bold:
        return find_cjk_font(False)
    for path, _ in FONT_CANDIDATES:
        if Path(path).is_file():
            return path, simplified_chinese_face(path)
    return None


def fc_match(pattern: str) -> tuple[str, int] | None:
    """Ask fontconfig, when it is installed, for the file that best matches `pattern`."""
    fc = shutil.which("fc-match")
    if not fc:
        return None
    try:
        out = subprocess.run([fc, "-f", "%{file}|%{index}", pattern], capture_output=True,  # noqa: S603
                             text=True, timeout=5, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, index = out.partition("|")
    if not path or not Path(path).is_file():
        return None
    try:
        font = ImageFont.truetype(path, 20, index=int(index or 0))
    except (OSError, ValueError):
        return None
    # fontconfig answers with some font whatever we ask: only a CJK one is worth having.
    family = font.getname()[0] or ""
    if not any(mark in family for mark in ("CJK", "SC", "Hei", "Song", "PingFang", "YaHei")):
        return None
    return path, int(index or 0)


def simplified_chinese_face(path: str) -> int:
    """The index of the SC face in a font collection (Noto CJK holds JP, KR, SC, TC, HK)."""
    if not path.endswith(".ttc"):
        return 0
    for index in range(8):
        try:
            name = ImageFont.truetype(path, 20, index=index).getname()[0] or ""
        except OSError:
            break
        if name.endswith(" SC"):
            return index
    return 0


@functools.cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    found = find_cjk_font(bold)
    if found:
        try:
            return ImageFont.truetype(found[0], size, index=found[1])
        except OSError:
            pass
    return ImageFont.load_default(size)


@functools.cache
def emoji_font() -> ImageFont.FreeTypeFont | None:
    for path in EMOJI_FONT_CANDIDATES:
        if Path(path).is_file():
            try:
                return ImageFont.truetype(path, EMOJI_STRIKE)
            except OSError:
                continue
    return None


@functools.cache
def has_glyph(face, char: str) -> bool:
    """Whether `face` draws `char` as itself rather than its .notdef box (tofu)."""
    drawn, box = face.getmask(char), face.getmask(MISSING)
    return drawn.size != box.size or bytes(drawn) != bytes(box)


@functools.cache
def emoji_image(cluster: str) -> Image.Image | None:
    """One emoji in colour at the font's own size, or None when no emoji font draws it."""
    face = emoji_font()
    if face is None:
        return None
    width = round(face.getlength(cluster))
    image = Image.new("RGBA", (width, round(EMOJI_STRIKE * 128 / 109)), (0, 0, 0, 0))
    ImageDraw.Draw(image).text((0, 0), cluster, font=face, embedded_color=True)
    return image if image.getbbox() else None


def pieces(text: str, face) -> list[tuple[str, Image.Image | None]]:
    """The text in runs the face draws (image None) and single emoji it does not (their
    image); what neither font draws is left out."""
    found: list[tuple[str, Image.Image | None]] = []
    for cluster in CLUSTER.findall(text):
        if has_glyph(face, cluster[0]) or cluster.isspace():
            if found and found[-1][1] is None:
                found[-1] = (found[-1][0] + cluster, None)
            else:
                found.append((cluster, None))
        elif (image := emoji_image(cluster)) is not None:
            found.append((cluster, image))
    return found


def emoji_size(image: Image.Image, face) -> tuple[int, int]:
    """An emoji as tall as the face's em, keeping its shape."""
    height = round(face.size)
    return round(image.width * height / image.height), height


def text_length(text: str, face) -> float:
    """How wide draw_text draws `text`, emoji included."""
    return sum(face.getlength(run) if image is None else emoji_size(image, face)[0]
               for run, image in pieces(text, face))


def draw_text(canvas: Image.Image, x: float, baseline: float, text: str, face, fill) -> None:
    """`text` from its left baseline point, emoji in colour beside the face's glyphs."""
    draw = ImageDraw.Draw(canvas)
    for run, image in pieces(text, face):
        if image is None:
            draw.text((x, baseline), run, font=face, fill=fill, anchor="ls")
            x += face.getlength(run)
            continue
        size = emoji_size(image, face)
        scaled = image.resize(size, Image.Resampling.LANCZOS)
        top = round(baseline - size[1] * 0.88)  # where the face's ideographs sit on the line
        canvas.paste(scaled, (round(x), top), scaled)
        x += size[0]


def initial_of(name: str) -> str:
    """The first character of a name the face can draw, for a disc (店 when none)."""
    face = font(40, bold=True)
    return next((char for char in name.strip() if has_glyph(face, char)), "店")


TOKENS = re.compile(r"[A-Za-z0-9.,+\-/%:'_&]+|\s+|" + CLUSTER.pattern, re.S)


def wrap(text: str, face, width: int, max_lines: int) -> list[str]:
    """Break `text` into at most `max_lines` lines of `width` pixels; Latin words stay whole
    unless a word alone is too wide. A cut last line ends with an ellipsis."""
    tokens = []
    for token in TOKENS.findall(" ".join(text.split())):
        if text_length(token, face) > width:
            tokens.extend(CLUSTER.findall(token))
        else:
            tokens.append(token)
    lines, line = [], ""
    for i, token in enumerate(tokens):
        if text_length(line + token, face) <= width:
            line += token
            continue
        lines.append(line.rstrip())
        line = token.lstrip()
        if len(lines) == max_lines:
            return ellipsize(lines, "".join(tokens[i:]), face, width)
    if line:
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        return ellipsize(lines[:max_lines], "…", face, width)
    return lines


def ellipsize(lines: list[str], rest: str, face, width: int) -> list[str]:
    if not rest.strip():
        return lines
    last = lines[-1]
    while last and text_length(last + "…", face) > width:
        last = last[:-1]
    return [*lines[:-1], last.rstrip() + "…"]


def fit(text: str, face, width: int) -> str:
    """One line of `text`, cut with an ellipsis when it is wider than `width`."""
    return wrap(text, face, width, 1)[0] if text.strip() else ""


@dataclass(frozen=True)
class QrPlacement:
    """Where the QR code sits in a poster: its first module's top left corner, the module
    size in pixels and the code's modules (True is dark), quiet zone excluded."""
    left: int
    top: int
    module: int
    matrix: list[list[bool]]


def qr_matrix(url: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(url)
    code.make(fit=True)
    return code.get_matrix()


def qr_box(height: int) -> tuple[int, int, int, int]:
    """The white square of the QR code in a poster `height` pixels tall."""
    left, top = WIDTH - PAD - QR_SIZE, height - FOOTER_HEIGHT + (FOOTER_HEIGHT - QR_SIZE) // 2
    return left, top, left + QR_SIZE, top + QR_SIZE


def qr_placement(url: str, height: int) -> QrPlacement:
    left, top, _, _ = qr_box(height)
    return qr_in_square(url, left, top, QR_SIZE)


def qr_in_square(url: str, left: int, top: int, side: int) -> QrPlacement:
    """Where the modules of the url's QR code sit in a white square of `side` pixels."""
    matrix = qr_matrix(url)
    module = max(1, side // (len(matrix) + 2 * QR_QUIET))
    offset = (side - module * len(matrix)) // 2
    return QrPlacement(left + offset, top + offset, module, matrix)


def draw_qr(draw: ImageDraw.ImageDraw, placement: QrPlacement) -> None:
    m = placement.module
    for row, cells in enumerate(placement.matrix):
        y = placement.top + row * m
        col = 0
        while col < len(cells):
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < len(cells) and cells[col]:
                col += 1
            draw.rectangle([placement.left + start * m, y, placement.left + col * m - 1,
                            y + m - 1], fill=(0, 0, 0))


def open_image(data: bytes | None, size: tuple[int, int]) -> Image.Image | None:
    """Image bytes as RGB, decoded at about `size` and turned as the camera said; None if
    they will not open."""
    if not data:
        return None
    try:
        image = Image.open(io.BytesIO(data))
        image.draft("RGB", size)
        return ImageOps.exif_transpose(image).convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def cover_image(cover: bytes | None) -> Image.Image | None:
    """The cover cropped to a square as wide as the poster, or None if it will not open."""
    image = open_image(cover, (WIDTH, WIDTH))
    return ImageOps.fit(image, (WIDTH, WIDTH), Image.Resampling.LANCZOS) if image else None


def brand_block(rep_name: str) -> Image.Image:
    """Stands in for a cover: the brand colour, soft circles, the rep's initial in a disc."""
    scale = 2  # drawn at twice the size and reduced, for smooth edges
    block = Image.new("RGB", (WIDTH * scale, BLOCK_HEIGHT * scale), BRAND)
    draw = ImageDraw.Draw(block, "RGBA")
    for cx, cy, r, alpha in ((90, 40, 190, 40), (690, 500, 260, 32), (620, 70, 70, 46)):
        draw.ellipse([(cx - r) * scale, (cy - r) * scale, (cx + r) * scale, (cy + r) * scale],
                     fill=(255, 255, 255, alpha))
    cx, cy, r = WIDTH // 2, BLOCK_HEIGHT // 2, 96
    draw.ellipse([(cx - r) * scale, (cy - r) * scale, (cx + r) * scale, (cy + r) * scale],
                 fill=(255, 255, 255, 255))
    draw.text((cx * scale, cy * scale), initial_of(rep_name), font=font(100 * scale, bold=True),
              fill=BRAND, anchor="mm")
    return block.reduce(scale)


def avatar_disc(draw: ImageDraw.ImageDraw, x: int, y: int, size: int, rep_name: str) -> None:
    draw.ellipse([x, y, x + size, y + size], fill=BRAND)
    draw.text((x + size / 2, y + size / 2), initial_of(rep_name), font=font(size // 2, bold=True),
              fill=(255, 255, 255), anchor="mm")


def render_poster(*, title: str, subtitle: str | None, price_text: str | None, rep_name: str,
                  shop_name: str, url: str, cover: bytes | None) -> bytes:
    """The poster as PNG bytes: 750 wide, as tall as its content (about 1,334 with a cover)."""
    top = cover_image(cover) or brand_block(rep_name)
    text_width = WIDTH - 2 * PAD
    title_face, subtitle_face = font(40, bold=True), font(28)
    title_lines = wrap(title, title_face, text_width, 2) if title.strip() else []
    subtitle_line = fit(subtitle or "", subtitle_face, text_width)

    # Lay out the text below the cover, then size the poster to fit it.
    y = top.height + 36
    rows: list[tuple[int, str, object, tuple[int, int, int]]] = []  # (baseline, text, font, fill)
    for line in title_lines:
        y += 44
        rows.append((y, line, title_face, INK))
        y += 14
    if subtitle_line:
        y += 34
        rows.append((y, subtitle_line, subtitle_face, GREY))
        y += 8
    price_baseline = None
    if price_text:
        y += 68
        price_baseline = y
        y += 8
    y += 36
    height = y + FOOTER_HEIGHT

    poster = Image.new("RGB", (WIDTH, height), (255, 255, 255))
    poster.paste(top, (0, 0))
    draw = ImageDraw.Draw(poster)
    for baseline, text, face, fill in rows:
        draw_text(poster, PAD, baseline, text, face, fill)
    if price_baseline is not None:
        draw_price(draw, price_text, price_baseline)

    footer = height - FOOTER_HEIGHT
    draw.rectangle([0, footer, WIDTH, height], fill=FOOTER_BG)
    for x in range(PAD, WIDTH - PAD, 16):
        draw.line([(x, footer), (x + 8, footer)], fill=LIGHT, width=2)
    left, qr_top, right, bottom = qr_box(height)
    draw.rounded_rectangle([left - 6, qr_top - 6, right + 6, bottom + 6], radius=12,
                           fill=(255, 255, 255), outline=LIGHT, width=2)
    draw_qr(draw, qr_placement(url, height))

    column = left - 24 - PAD  # the width left of the QR code
    avatar = 76
    avatar_disc(draw, PAD, footer + 52, avatar, rep_name)
    name_x = PAD + avatar + 18
    draw_text(poster, name_x, footer + 84,
              fit(shop_name, font(32, bold=True), column - avatar - 18), font(32, bold=True), INK)
    draw_text(poster, name_x, footer + 122,
              fit(f"{rep_name} 为你推荐", font(24), column - avatar - 18), font(24), GREY)
    draw.text((PAD, footer + 200), fit(CAPTION, font(28), column), font=font(28), fill=INK,
              anchor="ls")
    draw.text((PAD, footer + 240), fit("好友分享 · 放心选购", font(22), column), font=font(22),
              fill=GREY, anchor="ls")

    out = io.BytesIO()
    poster.save(out, format="PNG")
    return out.getvalue()


def draw_price(draw: ImageDraw.ImageDraw, price_text: str, baseline: int) -> None:
    """The price in the brand colour, its currency sign smaller than the figure."""
    text = price_text.strip()
    x = PAD
    if text and text[0] in "¥￥":
        sign = font(34, bold=True)
        draw.text((x, baseline), text[0], font=sign, fill=BRAND, anchor="ls")
        x += round(sign.getlength(text[0])) + 4
        text = text[1:]
    face = font(60, bold=True)
    draw.text((x, baseline), fit(text, face, WIDTH - PAD - x), font=face, fill=BRAND,
              anchor="ls")
