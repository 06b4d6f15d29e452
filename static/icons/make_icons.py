"""Draw the app icons: the character 七 in white on the brand red rounded square.

Run with any Python that has Pillow and the Noto CJK fonts (Debian: fonts-noto-cjk):
    python static/icons/make_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

BRAND = (232, 69, 44)  # #E8452C, also theme_color in manifest.webmanifest
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_INDEX = 2  # the Simplified Chinese face of the collection
HERE = Path(__file__).resolve().parent
SUPERSAMPLE = 4  # draw large, then downscale, for smooth edges


def draw(size: int, *, rounded: bool, glyph_ratio: float) -> Image.Image:
    """Return one icon; `rounded` False gives a full-bleed square (maskable, Apple)."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if rounded:
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=int(big * 0.22), fill=BRAND)
    else:
        pen.rectangle((0, 0, big, big), fill=BRAND)
    font = ImageFont.truetype(FONT, int(big * glyph_ratio), index=FONT_INDEX)
    left, top, right, bottom = pen.textbbox((0, 0), "七", font=font)
    x = (big - (right - left)) / 2 - left
    y = (big - (bottom - top)) / 2 - top
    pen.text((x, y), "七", font=font, fill="white")
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    # Maskable icons keep the glyph inside the central 80% safe zone.
    icons = {
        "icon-192.png": draw(192, rounded=True, glyph_ratio=0.62),
        "icon-512.png": draw(512, rounded=True, glyph_ratio=0.62),
        "icon-maskable-512.png": draw(512, rounded=False, glyph_ratio=0.5),
        "apple-touch-icon.png": draw(180, rounded=False, glyph_ratio=0.58).convert("RGB"),
        "favicon-32.png": draw(32, rounded=True, glyph_ratio=0.7),
    }
    for name, image in icons.items():
        image.save(HERE / name, optimize=True)


if __name__ == "__main__":
    main()
