"""Product illustrations and rep avatars drawn with Pillow: no photos, no fonts, no network.

A product's `art` dict names a motif (see `MOTIFS`) and its colours:
`{"motif": "phone", "bg": ["#EFE7DF", "#D9C7B5"], "body": "#3A3B40", "accent": "#6C8CFF"}`.
Variant 0 is the cover; 1..3 are gallery shots of the same motif (close-up, tilted, on a stand).
Everything is deterministic: the same input gives the same bytes.
"""

import io
import math
import random
import zlib
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFilter

Color = tuple[int, int, int]
SUPERSAMPLE = 2  # motifs are drawn at twice their size and reduced: cheap anti-aliasing
JPEG_OPTIONS = {"format": "JPEG", "quality": 82, "progressive": True, "optimize": True}
VARIANTS = 4


def rgb(value: str | Color) -> Color:
    if isinstance(value, tuple):
        return value
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def mix(a: Color, b: Color, t: float) -> Color:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def lighter(color: Color, t: float) -> Color:
    return mix(color, (255, 255, 255), t)


def darker(color: Color, t: float) -> Color:
    return mix(color, (0, 0, 0), t)


def is_light(color: Color) -> bool:
    return 0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2] > 150


class Palette:
    """The colours of one product, with the shades its motif needs."""

    def __init__(self, art: dict):
        self.bg1, self.bg2 = (rgb(c) for c in art.get("bg", ["#F2F2F2", "#D9D9D9"]))
        self.body = rgb(art.get("body", "#3A3B40"))
        self.accent = rgb(art.get("accent", "#E8452C"))
        self.glow = rgb(art["glow"]) if "glow" in art else lighter(self.accent, 0.45)
        # Edges and details stay visible on light and dark bodies alike.
        self.edge = darker(self.body, 0.18) if is_light(self.body) else lighter(self.body, 0.18)
        self.shade = darker(self.body, 0.12)
        self.shine = lighter(self.body, 0.22)
        self.ink = (38, 40, 46)


class Pen:
    """ImageDraw in unit coordinates: (0, 0) is the layer's top left, (1, 1) its bottom right."""

    def __init__(self, image: Image.Image):
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.side = image.width

    def px(self, *values: float) -> list[int]:
        return [round(v * self.side) for v in values]

    def rect(self, x0, y0, x1, y1, fill, r=0.0, outline=None, width=0.0):
        box = self.px(x0, y0, x1, y1)
        w = max(1, round(width * self.side)) if outline else 0
        if r:
            self.draw.rounded_rectangle(box, radius=round(r * self.side), fill=fill,
                                        outline=outline, width=w)
        else:
            self.draw.rectangle(box, fill=fill, outline=outline, width=w)

    def oval(self, x0, y0, x1, y1, fill=None, outline=None, width=0.0):
        w = max(1, round(width * self.side)) if outline else 0
        self.draw.ellipse(self.px(x0, y0, x1, y1), fill=fill, outline=outline, width=w)

    def circle(self, cx, cy, r, fill=None, outline=None, width=0.0):
        self.oval(cx - r, cy - r, cx + r, cy + r, fill, outline, width)

    def arc(self, x0, y0, x1, y1, start, end, fill, width):
        self.draw.arc(self.px(x0, y0, x1, y1), start, end, fill=fill,
                      width=max(1, round(width * self.side)))

    def chord(self, x0, y0, x1, y1, start, end, fill):
        self.draw.chord(self.px(x0, y0, x1, y1), start, end, fill=fill)

    def poly(self, points, fill):
        self.draw.polygon([tuple(self.px(x, y)) for x, y in points], fill=fill)

    def line(self, points, fill, width):
        self.draw.line([tuple(self.px(x, y)) for x, y in points], fill=fill,
                       width=max(1, round(width * self.side)), joint="curve")

    def leaf(self, cx, cy, length, width, angle, fill, vein=None):
        """A tea leaf: two sine arcs meeting at the tips, turned by `angle` degrees."""
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        points = []
        for side in (1, -1):
            for i in range(17):
                t = i / 16 if side == 1 else 1 - i / 16
                x = (t - 0.5) * length
                y = side * width / 2 * math.sin(math.pi * t) ** 0.8
                points.append((cx + x * cos - y * sin, cy + x * sin + y * cos))
        self.poly(points, fill)
        if vein:
            half = length * 0.42
            self.line([(cx - half * cos, cy - half * sin), (cx + half * cos, cy + half * sin)],
                      vein, width * 0.06)

    def screen(self, x0, y0, x1, y1, r, top: Color, bottom: Color, seed: int):
        """A lit screen: a gradient with two soft wallpaper shapes, clipped to a rounded box."""
        box = self.px(x0, y0, x1, y1)
        w, h = box[2] - box[0], box[3] - box[1]
        # Drawn small and enlarged: a soft wallpaper, and a tenth of the work.
        sw, sh = max(2, w // 4), max(2, h // 4)
        face = gradient((sw, sh), top, bottom, 90)
        draw = ImageDraw.Draw(face)
        rng = random.Random(seed)
        for tone in (0.25, 0.5):
            cx, cy = rng.uniform(0.1, 0.9) * sw, rng.uniform(0.35, 1.0) * sh
            radius = rng.uniform(0.45, 0.8) * max(sw, sh)
            draw.ellipse([cx - radius, cy - radius * 0.6, cx + radius, cy + radius * 0.6],
                         fill=mix(bottom, top, tone))
        face = face.resize((w, h), Image.Resampling.BILINEAR)
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).rounded_rectangle([0, 0, w - 1, h - 1],
                                               radius=round(r * self.side), fill=255)
        self.image.paste(face, box[:2], mask)


# --- motifs: each draws one product into a transparent square layer -------------------------

def phone(p: Pen, c: Palette, seed: int):
    # The back, standing behind: body colour, a round camera island.
    p.rect(0.17, 0.06, 0.55, 0.86, c.shade, r=0.065)
    p.rect(0.175, 0.065, 0.545, 0.855, c.body, r=0.062)
    p.rect(0.19, 0.08, 0.22, 0.84, c.shine, r=0.015)
    p.circle(0.36, 0.24, 0.1, c.edge)
    p.circle(0.36, 0.24, 0.088, (34, 35, 40))
    for dx, dy, r in ((-0.032, -0.03, 0.026), (0.032, -0.03, 0.026), (0.0, 0.035, 0.03)):
        p.circle(0.36 + dx, 0.24 + dy, r, (18, 18, 22), outline=(90, 92, 100), width=0.005)
        p.circle(0.36 + dx - r / 3, 0.24 + dy - r / 3, r / 4, (150, 160, 190))
    # The front, in front: a dark frame and a lit screen.
    p.rect(0.41, 0.13, 0.81, 0.94, c.edge, r=0.065)
    p.rect(0.418, 0.138, 0.802, 0.932, (22, 22, 26), r=0.06)
    p.screen(0.428, 0.148, 0.792, 0.922, 0.052, c.glow, c.accent, seed)
    p.circle(0.61, 0.175, 0.011, (16, 16, 20))


def foldable(p: Pen, c: Palette, seed: int):
    p.rect(0.08, 0.2, 0.92, 0.82, c.edge, r=0.045)
    p.rect(0.088, 0.208, 0.912, 0.812, (22, 22, 26), r=0.04)
    p.screen(0.1, 0.22, 0.9, 0.8, 0.032, c.glow, c.accent, seed)
    p.rect(0.497, 0.22, 0.503, 0.8, mix(c.accent, c.glow, 0.3))
    p.circle(0.78, 0.25, 0.011, (16, 16, 20))
    # The hinge edge, seen below the open screen.
    p.rect(0.47, 0.8, 0.53, 0.84, c.body, r=0.012)


def watch(p: Pen, c: Palette, seed: int):
    strap, hole = c.accent, darker(c.accent, 0.25)
    p.rect(0.36, 0.0, 0.64, 0.4, strap, r=0.06)
    p.rect(0.36, 0.6, 0.64, 1.0, strap, r=0.06)
    for y in (0.76, 0.83, 0.9):
        p.circle(0.5, y, 0.012, hole)
    p.rect(0.74, 0.45, 0.785, 0.55, c.edge, r=0.015)
    p.circle(0.5, 0.5, 0.255, c.edge)
    p.circle(0.5, 0.5, 0.245, c.body)
    p.circle(0.5, 0.5, 0.215, (20, 21, 25))
    # Activity rings and the hands.
    for radius, colour, sweep in ((0.17, (250, 82, 90), 250), (0.135, (166, 230, 60), 200),
                                  (0.1, (70, 210, 240), 140)):
        p.arc(0.5 - radius, 0.5 - radius, 0.5 + radius, 0.5 + radius, -90, -90 + sweep,
              colour, 0.022)
    p.line([(0.5, 0.5), (0.5, 0.38)], (240, 240, 240), 0.012)
    p.line([(0.5, 0.5), (0.58, 0.54)], (240, 240, 240), 0.012)
    p.circle(0.5, 0.5, 0.014, c.glow)


def band(p: Pen, c: Palette, seed: int):
    p.rect(0.4, 0.0, 0.6, 1.0, c.accent, r=0.09)
    for y in (0.8, 0.86, 0.92):
        p.circle(0.5, y, 0.01, darker(c.accent, 0.25))
    p.rect(0.355, 0.25, 0.645, 0.75, c.edge, r=0.1)
    p.rect(0.365, 0.26, 0.635, 0.74, c.body, r=0.095)
    p.screen(0.385, 0.29, 0.615, 0.71, 0.075, (18, 18, 24), (40, 42, 52), seed)
    for i, share in enumerate((0.8, 0.55, 0.65)):
        y = 0.42 + i * 0.07
        p.rect(0.42, y, 0.58, y + 0.03, (60, 62, 72), r=0.015)
        p.rect(0.42, y, 0.42 + 0.16 * share, y + 0.03, c.glow, r=0.015)


def earbuds(p: Pen, c: Palette, seed: int):
    p.rect(0.12, 0.4, 0.62, 0.88, c.edge, r=0.13)
    p.rect(0.125, 0.405, 0.615, 0.875, c.body, r=0.125)
    p.rect(0.125, 0.405, 0.615, 0.56, c.shine, r=0.125)
    p.rect(0.125, 0.53, 0.615, 0.56, c.shine)
    p.rect(0.125, 0.56, 0.615, 0.567, c.edge)
    p.circle(0.37, 0.66, 0.012, c.accent)
    for cx, cy in ((0.7, 0.26), (0.84, 0.4)):
        p.rect(cx - 0.035, cy, cx + 0.035, cy + 0.3, c.edge, r=0.035)
        p.rect(cx - 0.03, cy, cx + 0.03, cy + 0.295, c.body, r=0.03)
        p.circle(cx, cy, 0.085, c.edge)
        p.circle(cx, cy, 0.08, c.body)
        p.circle(cx - 0.03, cy - 0.02, 0.045, c.accent)
        p.circle(cx + 0.02, cy + 0.02, 0.02, c.shine)


def headphones(p: Pen, c: Palette, seed: int):
    p.arc(0.17, 0.08, 0.83, 0.8, 180, 360, c.edge, 0.07)
    p.arc(0.185, 0.095, 0.815, 0.785, 185, 355, c.shine, 0.03)
    for x0 in (0.1, 0.7):
        p.rect(x0 + 0.06, 0.38, x0 + 0.14, 0.5, c.edge, r=0.02)
        p.rect(x0, 0.45, x0 + 0.2, 0.86, c.edge, r=0.09)
        p.rect(x0 + 0.008, 0.458, x0 + 0.192, 0.852, c.body, r=0.085)
        inner = x0 + 0.13 if x0 < 0.5 else x0 + 0.02
        p.rect(inner, 0.5, inner + 0.05, 0.81, c.accent, r=0.025)


def laptop(p: Pen, c: Palette, seed: int):
    p.rect(0.13, 0.14, 0.87, 0.68, c.edge, r=0.03)
    p.rect(0.137, 0.147, 0.863, 0.673, (22, 22, 26), r=0.026)
    p.screen(0.155, 0.165, 0.845, 0.655, 0.012, c.glow, c.accent, seed)
    p.rect(0.12, 0.68, 0.88, 0.7, c.shade)
    p.poly([(0.08, 0.7), (0.92, 0.7), (0.98, 0.75), (0.02, 0.75)], c.body)
    p.rect(0.02, 0.75, 0.98, 0.77, c.edge, r=0.01)
    p.rect(0.43, 0.7, 0.57, 0.715, c.shade, r=0.006)


def tablet(p: Pen, c: Palette, seed: int):
    p.rect(0.06, 0.2, 0.84, 0.76, c.edge, r=0.045)
    p.rect(0.067, 0.207, 0.833, 0.753, (22, 22, 26), r=0.04)
    p.screen(0.085, 0.225, 0.815, 0.735, 0.03, c.glow, c.accent, seed)
    # The stylus, standing beside it.
    p.rect(0.885, 0.14, 0.925, 0.74, (245, 245, 245), r=0.02)
    p.poly([(0.885, 0.735), (0.925, 0.735), (0.905, 0.8)], (225, 225, 225))
    p.rect(0.885, 0.2, 0.925, 0.215, c.accent)


def tv(p: Pen, c: Palette, seed: int):
    p.rect(0.03, 0.18, 0.97, 0.73, (30, 30, 34), r=0.012)
    p.screen(0.04, 0.19, 0.96, 0.72, 0.006, c.glow, c.accent, seed)
    p.rect(0.47, 0.73, 0.53, 0.81, c.edge)
    p.rect(0.32, 0.8, 0.68, 0.83, c.body, r=0.015)


def speaker(p: Pen, c: Palette, seed: int):
    p.oval(0.27, 0.76, 0.73, 0.9, c.shade)
    p.rect(0.27, 0.24, 0.73, 0.83, c.body)
    for i in range(24):
        y = 0.3 + i * 0.022
        p.rect(0.27, y, 0.73, y + 0.006, c.shade)
    p.rect(0.27, 0.24, 0.3, 0.83, c.shine)
    p.oval(0.27, 0.17, 0.73, 0.31, c.edge)
    p.oval(0.285, 0.18, 0.715, 0.3, c.shine)
    p.oval(0.36, 0.21, 0.64, 0.27, None, outline=c.accent, width=0.012)


def purifier(p: Pen, c: Palette, seed: int):
    p.rect(0.29, 0.06, 0.71, 0.94, c.edge, r=0.07)
    p.rect(0.296, 0.066, 0.704, 0.934, c.body, r=0.066)
    for i in range(9):
        x = 0.35 + i * 0.035
        p.rect(x, 0.11, x + 0.015, 0.27, c.edge, r=0.007)
    p.circle(0.5, 0.4, 0.07, (30, 32, 38))
    p.arc(0.44, 0.34, 0.56, 0.46, 120, 420, c.accent, 0.012)
    p.circle(0.5, 0.4, 0.016, c.glow)
    for row in range(9):
        for col in range(7):
            offset = 0.0175 if row % 2 else 0.0
            p.circle(0.395 + col * 0.035 + offset, 0.56 + row * 0.038, 0.007, c.edge)
    p.rect(0.31, 0.9, 0.69, 0.93, c.shade, r=0.012)


def rice_cooker(p: Pen, c: Palette, seed: int):
    p.oval(0.17, 0.24, 0.83, 0.54, c.edge)
    p.oval(0.18, 0.25, 0.82, 0.53, c.shine)
    p.rect(0.14, 0.4, 0.86, 0.86, c.edge, r=0.16)
    p.rect(0.146, 0.406, 0.854, 0.854, c.body, r=0.155)
    p.rect(0.146, 0.42, 0.854, 0.45, c.shade)
    p.rect(0.41, 0.22, 0.59, 0.29, c.accent, r=0.03)
    p.circle(0.66, 0.33, 0.02, c.edge)
    p.rect(0.34, 0.56, 0.66, 0.74, (36, 38, 44), r=0.035)
    p.rect(0.38, 0.59, 0.62, 0.64, c.accent, r=0.012)
    for x in (0.41, 0.5, 0.59):
        p.circle(x, 0.69, 0.014, c.glow)
    p.rect(0.2, 0.85, 0.8, 0.88, c.shade, r=0.015)


def robot_vacuum(p: Pen, c: Palette, seed: int):
    p.oval(0.08, 0.34, 0.92, 0.86, c.shade)
    p.oval(0.08, 0.28, 0.92, 0.8, c.edge)
    p.oval(0.09, 0.29, 0.91, 0.79, c.body)
    p.oval(0.16, 0.33, 0.84, 0.75, None, outline=c.edge, width=0.006)
    p.arc(0.09, 0.29, 0.91, 0.79, 200, 340, c.accent, 0.016)
    p.oval(0.41, 0.42, 0.59, 0.54, (34, 36, 42))
    p.oval(0.43, 0.43, 0.57, 0.51, (70, 72, 82))
    p.rect(0.45, 0.6, 0.55, 0.64, c.edge, r=0.02)
    p.circle(0.5, 0.62, 0.009, c.accent)


def hair_dryer(p: Pen, c: Palette, seed: int):
    p.rect(0.4, 0.45, 0.6, 0.96, c.accent, r=0.07)
    p.rect(0.405, 0.62, 0.595, 0.86, darker(c.accent, 0.2), r=0.02)
    for i in range(6):
        y = 0.645 + i * 0.035
        p.rect(0.425, y, 0.575, y + 0.012, c.accent, r=0.006)
    p.circle(0.5, 0.3, 0.265, c.edge)
    p.circle(0.5, 0.3, 0.255, c.body)
    p.circle(0.5, 0.3, 0.17, c.accent)
    p.circle(0.5, 0.3, 0.15, (0, 0, 0, 0))  # the hole: the background shows through


def kettle(p: Pen, c: Palette, seed: int):
    p.arc(0.54, 0.3, 0.88, 0.74, -90, 90, c.edge, 0.06)
    p.poly([(0.26, 0.34), (0.1, 0.27), (0.12, 0.33), (0.26, 0.46)], c.edge)
    p.rect(0.22, 0.26, 0.7, 0.86, c.edge, r=0.08)
    p.rect(0.227, 0.267, 0.693, 0.853, c.body, r=0.075)
    p.rect(0.25, 0.3, 0.28, 0.82, c.shine, r=0.015)
    p.oval(0.25, 0.2, 0.67, 0.32, c.edge)
    p.oval(0.26, 0.21, 0.66, 0.31, c.shine)
    p.circle(0.46, 0.2, 0.025, (40, 42, 48))
    p.rect(0.33, 0.4, 0.37, 0.78, mix(c.body, c.accent, 0.55), r=0.02)
    p.rect(0.18, 0.86, 0.74, 0.93, (40, 42, 48), r=0.02)
    p.circle(0.46, 0.895, 0.012, c.accent)


def _cylinder(p: Pen, c: Palette, x0, x1, top, bottom, lid):
    """A tin or canister: body, lid and a label band."""
    cap = (x1 - x0) * 0.24
    p.oval(x0, bottom - cap / 2, x1, bottom + cap / 2, c.shade)
    p.rect(x0, top, x1, bottom, c.body)
    p.rect(x0 + 0.03, top + 0.02, x0 + 0.06, bottom - 0.02, c.shine)
    label_top, label_bottom = top + (bottom - top) * 0.3, top + (bottom - top) * 0.75
    p.rect(x0, label_top, x1, label_bottom, c.accent)
    mid = (x0 + x1) / 2
    p.leaf(mid - 0.04, (label_top + label_bottom) / 2, 0.16, 0.07, -35, c.body,
           vein=c.accent)
    p.leaf(mid + 0.05, (label_top + label_bottom) / 2 + 0.01, 0.12, 0.05, 30, c.body,
           vein=c.accent)
    lid_color = darker(c.body, 0.2)
    p.rect(x0 - 0.01, top - lid, x1 + 0.01, top + 0.02, lid_color)
    p.oval(x0 - 0.01, top - 0.01, x1 + 0.01, top + cap - 0.01 + 0.02, lid_color)
    p.oval(x0 - 0.01, top - lid - cap / 2, x1 + 0.01, top - lid + cap / 2, c.shine)


def tea_tin(p: Pen, c: Palette, seed: int):
    _cylinder(p, c, 0.3, 0.7, 0.3, 0.84, 0.1)
    p.leaf(0.8, 0.83, 0.16, 0.07, -20, (92, 140, 74), vein=(70, 112, 56))
    p.leaf(0.16, 0.86, 0.13, 0.06, 25, (112, 158, 84), vein=(84, 126, 62))


def canister(p: Pen, c: Palette, seed: int):
    _cylinder(p, c, 0.22, 0.78, 0.32, 0.86, 0.08)
    p.oval(0.72, 0.84, 0.9, 0.9, (246, 242, 232))
    p.rect(0.76, 0.79, 0.86, 0.87, (236, 232, 222), r=0.02)


def tea_cake(p: Pen, c: Palette, seed: int):
    p.circle(0.5, 0.54, 0.39, c.edge)
    p.circle(0.5, 0.53, 0.385, c.body)
    # Folds of the cotton paper, gathered at the centre.
    rng = random.Random(seed)
    for i in range(28):
        angle = math.radians(i * 360 / 28 + rng.uniform(-4, 4))
        start, end = rng.uniform(0.05, 0.1), rng.uniform(0.2, 0.37)
        p.line([(0.5 + math.cos(angle) * start, 0.53 + math.sin(angle) * start),
                (0.5 + math.cos(angle) * end, 0.53 + math.sin(angle) * end)],
               mix(c.body, c.shade, 0.6), 0.005)
    p.circle(0.5, 0.53, 0.27, None, outline=c.accent, width=0.012)
    p.circle(0.5, 0.53, 0.25, None, outline=c.accent, width=0.004)
    p.circle(0.5, 0.53, 0.045, c.shade)
    p.circle(0.5, 0.53, 0.03, c.body)
    p.rect(0.56, 0.6, 0.64, 0.68, (196, 52, 42), r=0.008)
    p.rect(0.575, 0.615, 0.625, 0.665, c.body, r=0.004)
    p.rect(0.588, 0.628, 0.612, 0.652, (196, 52, 42))
    p.leaf(0.18, 0.18, 0.22, 0.09, 40, (92, 140, 74), vein=(70, 112, 56))
    p.leaf(0.84, 0.88, 0.18, 0.08, -30, (112, 158, 84), vein=(84, 126, 62))


def tea_cup(p: Pen, c: Palette, seed: int):
    porcelain, blue = c.body, c.accent
    p.oval(0.08, 0.68, 0.76, 0.86, darker(porcelain, 0.1))
    p.oval(0.08, 0.66, 0.76, 0.84, porcelain)
    p.oval(0.08, 0.66, 0.76, 0.84, None, outline=blue, width=0.008)
    p.chord(0.16, 0.3, 0.68, 0.86, 0, 180, porcelain)
    p.arc(0.16, 0.3, 0.68, 0.86, 20, 160, blue, 0.01)
    for i in range(6):  # one blue flower painted on the bowl
        angle = math.radians(i * 60)
        p.circle(0.42 + math.cos(angle) * 0.036, 0.705 + math.sin(angle) * 0.03, 0.02, blue)
    p.circle(0.42, 0.705, 0.017, porcelain)
    p.circle(0.42, 0.705, 0.009, blue)
    p.chord(0.19, 0.4, 0.65, 0.76, 180, 360, darker(porcelain, 0.04))
    p.arc(0.19, 0.4, 0.65, 0.76, 200, 340, blue, 0.008)
    p.oval(0.38, 0.36, 0.46, 0.43, porcelain, outline=blue, width=0.006)
    p.rect(0.15, 0.575, 0.69, 0.59, mix(porcelain, blue, 0.2), r=0.007)
    # A small cup beside the bowl, with tea in it.
    p.chord(0.72, 0.52, 0.94, 0.9, 0, 180, porcelain)
    p.oval(0.72, 0.67, 0.94, 0.75, porcelain)
    p.oval(0.735, 0.68, 0.925, 0.74, (196, 138, 62))
    p.arc(0.72, 0.52, 0.94, 0.9, 30, 150, blue, 0.008)


def bottle(p: Pen, c: Palette, seed: int):
    p.rect(0.25, 0.28, 0.75, 0.9, c.edge, r=0.08)
    p.rect(0.256, 0.286, 0.744, 0.894, c.body, r=0.075)
    p.rect(0.28, 0.32, 0.31, 0.86, c.shine, r=0.015)
    p.rect(0.256, 0.45, 0.744, 0.77, c.accent)
    p.circle(0.5, 0.61, 0.09, c.body)
    p.leaf(0.5, 0.61, 0.12, 0.05, -40, c.accent)
    p.rect(0.39, 0.22, 0.61, 0.3, c.edge)
    p.rect(0.35, 0.1, 0.65, 0.25, darker(c.accent, 0.15), r=0.02)
    for i in range(9):
        x = 0.37 + i * 0.03
        p.rect(x, 0.11, x + 0.012, 0.24, darker(c.accent, 0.3))
    pill = c.glow
    for cx, cy, angle in ((0.8, 0.86, -15), (0.9, 0.8, 30), (0.17, 0.88, 10)):
        p.leaf(cx, cy, 0.14, 0.075, angle, darker(pill, 0.1))
        p.leaf(cx, cy - 0.006, 0.13, 0.06, angle, pill)
        p.circle(cx - 0.02, cy - 0.015, 0.01, lighter(pill, 0.7))


def massage_gun(p: Pen, c: Palette, seed: int):
    p.rect(0.39, 0.35, 0.59, 0.92, c.edge, r=0.06)
    p.rect(0.396, 0.356, 0.584, 0.914, c.shade, r=0.056)
    for i in range(8):
        y = 0.5 + i * 0.045
        p.rect(0.42, y, 0.56, y + 0.018, c.edge, r=0.009)
    p.rect(0.12, 0.16, 0.74, 0.44, c.edge, r=0.14)
    p.rect(0.126, 0.166, 0.734, 0.434, c.body, r=0.134)
    p.rect(0.2, 0.2, 0.66, 0.24, c.shine, r=0.02)
    p.circle(0.26, 0.3, 0.075, c.accent)
    p.circle(0.26, 0.3, 0.045, c.body)
    for i in range(4):
        p.circle(0.36 + i * 0.04, 0.38, 0.008, c.glow if i < 3 else c.edge)
    p.rect(0.73, 0.25, 0.8, 0.35, (160, 164, 172))
    p.circle(0.85, 0.3, 0.08, (120, 124, 134))
    p.circle(0.84, 0.28, 0.07, (178, 182, 190))


def scale(p: Pen, c: Palette, seed: int):
    p.rect(0.1, 0.33, 0.9, 0.87, c.edge, r=0.08)
    p.rect(0.1, 0.3, 0.9, 0.84, c.body, r=0.08)
    p.rect(0.1, 0.3, 0.9, 0.84, None, r=0.08, outline=c.edge, width=0.004)
    p.rect(0.4, 0.36, 0.6, 0.45, (30, 32, 38), r=0.015)
    for i in range(3):
        p.rect(0.43 + i * 0.05, 0.385, 0.465 + i * 0.05, 0.425, c.accent, r=0.005)
    for x0, y0 in ((0.16, 0.5), (0.62, 0.5)):
        p.rect(x0, y0, x0 + 0.22, y0 + 0.28, mix(c.body, c.accent, 0.12), r=0.04)


def bp_monitor(p: Pen, c: Palette, seed: int):
    p.arc(0.4, 0.5, 0.9, 1.0, 270, 360, (120, 124, 132), 0.012)
    p.rect(0.6, 0.25, 0.93, 0.88, darker(c.accent, 0.35), r=0.06)
    p.rect(0.63, 0.32, 0.9, 0.56, lighter(darker(c.accent, 0.35), 0.2), r=0.02)
    p.rect(0.08, 0.26, 0.62, 0.84, c.edge, r=0.08)
    p.rect(0.086, 0.266, 0.614, 0.834, c.body, r=0.075)
    p.rect(0.14, 0.32, 0.56, 0.56, (196, 214, 200), r=0.02)
    for i, width in enumerate((0.22, 0.16, 0.12)):
        y = 0.35 + i * 0.065
        p.rect(0.48 - width, y, 0.5, y + 0.045, (40, 48, 44), r=0.006)
    p.circle(0.35, 0.7, 0.08, c.accent)
    p.circle(0.35, 0.7, 0.055, lighter(c.accent, 0.2))
    p.rect(0.5, 0.66, 0.56, 0.74, c.edge, r=0.015)


def gift_box(p: Pen, c: Palette, seed: int):
    p.rect(0.14, 0.4, 0.86, 0.9, c.body, r=0.02)
    p.rect(0.14, 0.4, 0.86, 0.45, c.shade)
    p.rect(0.1, 0.3, 0.9, 0.42, darker(c.body, 0.1), r=0.02)
    p.rect(0.46, 0.3, 0.54, 0.9, c.accent)
    p.rect(0.1, 0.345, 0.9, 0.375, c.accent)
    for cx, angle in ((0.4, -25), (0.6, 25)):
        p.leaf(cx, 0.24, 0.22, 0.13, angle + (180 if cx < 0.5 else 0), c.accent)
        p.leaf(cx, 0.24, 0.14, 0.06, angle + (180 if cx < 0.5 else 0), darker(c.accent, 0.2))
    p.circle(0.5, 0.29, 0.04, darker(c.accent, 0.1))
    # A tea leaf tucked under the ribbon.
    p.leaf(0.28, 0.66, 0.2, 0.09, -30, (112, 158, 84), vein=(84, 126, 62))


MOTIFS: dict[str, Callable[[Pen, Palette, int], None]] = {
    fn.__name__: fn for fn in (
        phone, foldable, watch, band, earbuds, headphones, laptop, tablet, tv, speaker,
        purifier, rice_cooker, robot_vacuum, hair_dryer, kettle, tea_tin, canister, tea_cake,
        tea_cup, bottle, massage_gun, scale, bp_monitor, gift_box)
}


# --- composition -----------------------------------------------------------------------------

def gradient(size: tuple[int, int], start: Color, end: Color, angle: float) -> Image.Image:
    """A linear gradient from `start` to `end` along `angle` (degrees, 90 = top to bottom)."""
    n = 48
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    reach = abs(cos) + abs(sin)
    mask = Image.new("L", (n, n))
    mask.putdata([round(255 * (0.5 + ((x / (n - 1) - 0.5) * cos + (y / (n - 1) - 0.5) * sin)
                               / reach))
                  for y in range(n) for x in range(n)])
    mask = mask.resize(size, Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


BACKDROP = 200  # backdrops are smooth: drawn at this size and enlarged


def backdrop(size: int, start: Color, end: Color, angle: float, *layers) -> Image.Image:
    """A gradient with soft shapes over it, each layer `(color, shapes, blur)` where a shape is
    `(cx, cy, rx, ry, opacity)` in units of the side."""
    canvas = gradient((BACKDROP, BACKDROP), start, end, angle)
    for color, shapes, blur in layers:
        mask = Image.new("L", canvas.size, 0)
        draw = ImageDraw.Draw(mask)
        for cx, cy, rx, ry, opacity in shapes:
            draw.ellipse([(cx - rx) * BACKDROP, (cy - ry) * BACKDROP,
                          (cx + rx) * BACKDROP, (cy + ry) * BACKDROP], fill=round(255 * opacity))
        if blur:
            mask = mask.filter(ImageFilter.GaussianBlur(blur))
        canvas.paste(Image.new("RGB", canvas.size, color), (0, 0), mask)
    return canvas.resize((size, size), Image.Resampling.BILINEAR)


def render_motif(art: dict, side: int) -> Image.Image:
    """The motif drawn in a `side`-pixel square, cropped to what was drawn.

    The last few drawings are kept: a product's cover and gallery are drawn one after the
    other from the same large drawing, scaled down.
    """
    key = (art_key(art), side)
    if key not in _motif_cache:
        layer = Image.new("RGBA", (side * SUPERSAMPLE, side * SUPERSAMPLE), (0, 0, 0, 0))
        MOTIFS[art["motif"]](Pen(layer), Palette(art), art_seed(art))
        layer = layer.reduce(SUPERSAMPLE)
        while len(_motif_cache) >= 4:
            _motif_cache.pop(next(iter(_motif_cache)))
        _motif_cache[key] = layer.crop(layer.getchannel("A").getbbox())
    return _motif_cache[key]


_motif_cache: dict[tuple[str, int], Image.Image] = {}


def scaled_motif(art: dict, size: int, scale: float) -> Image.Image:
    """The motif at `scale` of a `size` canvas, scaled down from the shared drawing."""
    base = render_motif(art, size)
    if scale == 1:
        return base
    return base.resize((round(base.width * scale), round(base.height * scale)),
                       Image.Resampling.BILINEAR)


def place(canvas: Image.Image, layer: Image.Image, cx: float, cy: float, shadow: Color,
          lift: float = 0.035, opacity: float = 0.35, bottom: float | None = None) -> None:
    """Paste `layer` centred at (cx, cy) (units of the canvas), or standing on `bottom`,
    over its own soft drop shadow."""
    side = canvas.width
    x, y = round(cx * side - layer.width / 2), round(cy * side - layer.height / 2)
    if bottom is not None:
        y = round(bottom * side) - layer.height
    # The shadow is blurred at an eighth of the size (cheap), with room to spread.
    pad = 32
    alpha = Image.new("L", (layer.width + 2 * pad, layer.height + 2 * pad), 0)
    alpha.paste(layer.getchannel("A"), (pad, pad))
    small = alpha.resize((alpha.width // 8, alpha.height // 8), Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(2.5)).point(lambda v: round(v * opacity))
    mask = small.resize(alpha.size, Image.Resampling.BILINEAR)
    offset = round(lift * side)
    canvas.paste(Image.new("RGB", alpha.size, shadow), (x - pad + offset // 3, y - pad + offset),
                 mask)
    canvas.paste(layer, (x, y), layer)


def art_key(art: dict) -> str:
    return repr(sorted(art.items()))


def art_seed(art: dict) -> int:
    return zlib.crc32(art_key(art).encode())


def compose(art: dict, size: int, variant: int) -> Image.Image:
    palette = Palette(art)
    seed = art_seed(art)
    rng = random.Random(seed * 10 + variant)
    c1, c2 = palette.bg1, palette.bg2
    shadow = darker(mix(c1, c2, 0.5), 0.45)
    if variant == 1:
        # Close-up: a paler backdrop, the object large and cut by the frame.
        canvas = backdrop(size, lighter(c1, 0.35), c1, 90,
                          (lighter(c2, 0.2), [(0.2, 0.25, 0.35, 0.35, 0.6)], 3))
        place(canvas, scaled_motif(art, size, 1), 0.6, 0.58, shadow)
    elif variant == 2:
        # Tilted, in front of one large disc of the second colour.
        canvas = backdrop(size, c2, c1, 225,
                          (lighter(c2, 0.25), [(0.5, 0.5, 0.36, 0.36, 0.85)], 1))
        motif = scaled_motif(art, size, 0.68).rotate(
            rng.choice((-14, -10, 10, 14)), resample=Image.Resampling.BILINEAR, expand=True)
        place(canvas, motif, 0.5, 0.5, shadow, lift=0.05)
    elif variant == 3:
        # On a round stand, with two floating dots in the accent colour.
        dots = [(x, rng.uniform(0.08, 0.22), r, r, 0.8)
                for x, r in ((rng.uniform(0.08, 0.3), 0.03), (rng.uniform(0.7, 0.92), 0.04))]
        canvas = backdrop(size, lighter(c2, 0.15), darker(c2, 0.05), 90,
                          (lighter(palette.accent, 0.6), dots, 0.6))
        stand = Image.new("RGBA", (size * SUPERSAMPLE, size * SUPERSAMPLE // 4), (0, 0, 0, 0))
        stand_pen = Pen(stand)
        top, edge = lighter(c1, 0.5), darker(c2, 0.1)
        stand_pen.oval(0.12, 0.04, 0.88, 0.16, edge)
        stand_pen.rect(0.12, 0.06, 0.88, 0.1, edge)
        stand_pen.oval(0.12, 0.0, 0.88, 0.12, top)
        stand = stand.reduce(SUPERSAMPLE)
        canvas.paste(stand, (0, round(size * 0.72)), stand)
        place(canvas, scaled_motif(art, size, 0.6), 0.5, 0.5, shadow, lift=0.012, opacity=0.3,
              bottom=0.77)
    else:
        canvas = backdrop(size, c1, c2, 45,
                          (lighter(c1, 0.45), [(0.15, 0.12, 0.3, 0.3, 0.55),
                                               (0.92, 0.88, 0.25, 0.25, 0.35)], 3))
        place(canvas, scaled_motif(art, size, 0.74), 0.5, 0.5, shadow)
    return canvas


def draw_product_image(art: dict, size: int = 800, variant: int = 0) -> bytes:
    """A JPEG illustration of a product: variant 0 is the cover, 1..3 the gallery."""
    if art.get("motif") not in MOTIFS:
        raise ValueError(f"unknown motif {art.get('motif')!r}")
    if not 0 <= variant < VARIANTS:
        raise ValueError(f"variant must be 0..{VARIANTS - 1}")
    out = io.BytesIO()
    compose(art, size, variant).save(out, **JPEG_OPTIONS)
    return out.getvalue()


AVATAR_COLORS = ["#E8452C", "#F29F3D", "#3DAA77", "#3C8DDE", "#7B68C8", "#D65A8C", "#2F9C9C",
                 "#8A6E4B", "#5C6BC0", "#C0504D"]
HAIR_COLORS = [(36, 32, 30), (64, 44, 32), (90, 62, 40), (28, 28, 36)]
SKIN_COLORS = [(250, 224, 200), (241, 205, 174), (226, 184, 150)]


def draw_avatar(seed: int, size: int = 256) -> bytes:
    """A rep's shop avatar: a person's head and shoulders in a coloured circle (PNG)."""
    rng = random.Random(seed)
    ground = rgb(AVATAR_COLORS[seed % len(AVATAR_COLORS)])
    hair = rng.choice(HAIR_COLORS)
    skin = rng.choice(SKIN_COLORS)
    shirt = lighter(ground, 0.75) if rng.random() < 0.5 else darker(ground, 0.35)
    style = rng.randrange(3)  # short hair, long hair, hair in a bun

    face = Image.new("RGBA", (size * SUPERSAMPLE, size * SUPERSAMPLE), (0, 0, 0, 0))
    p = Pen(face)
    p.circle(0.5, 0.5, 0.5, ground)
    p.circle(0.5, 0.5, 0.5 - 0.04, lighter(ground, 0.12))
    if style == 1:
        p.rect(0.3, 0.3, 0.7, 0.72, hair, r=0.12)
    p.chord(0.16, 0.7, 0.84, 1.3, 180, 360, shirt)
    p.rect(0.44, 0.56, 0.56, 0.72, darker(skin, 0.08), r=0.04)
    p.chord(0.42, 0.66, 0.58, 0.78, 0, 180, darker(skin, 0.08))
    p.oval(0.34, 0.26, 0.66, 0.64, skin)
    if style == 2:
        p.circle(0.5, 0.2, 0.08, hair)
    p.chord(0.33, 0.22, 0.67, 0.52, 180, 360, hair)
    p.chord(0.33, 0.3, 0.56, 0.44, 180, 360, hair)
    p.circle(0.445, 0.46, 0.014, (60, 50, 46))
    p.circle(0.555, 0.46, 0.014, (60, 50, 46))
    p.arc(0.46, 0.48, 0.54, 0.56, 30, 150, (190, 110, 100), 0.01)
    # Clip to the circle: everything outside stays transparent.
    mask = Image.new("L", face.size, 0)
    ImageDraw.Draw(mask).ellipse([0, 0, face.width - 1, face.height - 1], fill=255)
    face.putalpha(Image.composite(face.getchannel("A"), mask, mask))
    out = io.BytesIO()
    face.reduce(SUPERSAMPLE).save(out, format="PNG", optimize=True)
    return out.getvalue()
