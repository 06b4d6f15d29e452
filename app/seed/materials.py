"""The demo's materials library (营销素材): HQ's business card, company introduction, news, a
brochure (a PDF drawn here), a poster and a case study, published a few hours ago; rep01
shares three of them, and their first customers and two new visitors read them through the
live services (each open a shop visit, each stay reported by its page), so the toolbox, the
customer's page, the radar, the timelines and the figures show them. Run before the
marketing seed, whose group orders by the same customers then follow the opens."""

import io
import time
from datetime import timedelta

from PIL import Image
from sqlalchemy import select

from app.core.db import clock_at, utcnow
from app.customers.models import Customer
from app.customers.services import new_anon_id
from app.extensions import db
from app.marketing.models import Material
from app.marketing.services import materials
from app.org.models import User
from app.seed.catalog import art, paragraphs
from app.seed.images import Palette, compose, darker, gradient, mix, place, scaled_motif
from app.seed.shop import demo_image
from app.shop.services import visits

PLAN = {"content_kind": "brand", "scene_channel": "online", "scene_frequency": "high",
        "scene_aim": "seeding"}
BROCHURE_PAGES = [art("phone", ("#EFE7DF", "#D9C7B5"), "#3A3B40", "#6C8CFF"),
                  art("laptop", ("#ECEAF4", "#CFC8E4"), "#3B3A4A", "#7D6CF2"),
                  art("purifier", ("#EAF4F6", "#C5E2E8"), "#F7F9FA", "#35A7C4")]
POSTER_ART = art("tea_tin", ("#F6EDE4", "#E6CDB3"), "#7A2E23", "#D9B26F")
INTRO_ART = art("gift_box", ("#EEF4E6", "#D3E3C0"), "#2F5D46", "#C9A35B")
CASE_ART = art("tea_cup", ("#EEF2F7", "#CDD8E8"), "#FAFAF7", "#2D5DA8")
NEWS_ART = art("tv", ("#EEF0F4", "#D0D5DF"), "#D9DCE2", "#5B8DEF")
# Who reads what: (material key, which of rep01's first customers, or None for a new
# visitor; minutes after the shares; seconds the page stayed in front).
READS = [("intro", 0, 10, 95), ("intro", 1, 18, 40), ("brochure", 2, 25, 180),
         ("intro", 3, 40, 66), ("card", None, 55, 25), ("brochure", 4, 70, 130),
         ("intro", None, 85, 52), ("brochure", 0, 100, 210)]


def draw_brochure() -> bytes:
    """A three-page product brochure: a PDF of the catalog's illustrations (fixed dates, so
    the same bytes every time)."""
    pages = [compose(drawing, 600, 0) for drawing in BROCHURE_PAGES]
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=72,
                  title="数码家电选购手册", creationDate=time.gmtime(0), modDate=time.gmtime(0))
    return out.getvalue()


def draw_poster(width: int = 750, height: int = 1050) -> bytes:
    """A portrait poster picture (the rep's name and QR code are drawn into its foot when
    shared): the tea tin on a warm gradient."""
    palette = Palette(POSTER_ART)
    canvas = gradient((width, height), palette.bg1, palette.bg2, 90)
    place(canvas, scaled_motif(POSTER_ART, width, 0.7), 0.5, 0.68,
          darker(mix(palette.bg1, palette.bg2, 0.5), 0.45))
    out = io.BytesIO()
    canvas.convert("RGB").save(out, format="JPEG", quality=82, optimize=True)
    return out.getvalue()


def _cover(name: str, drawing: dict, variant: int = 0) -> str:
    return demo_image(f"material-{name}.jpg", lambda: _jpeg(compose(drawing, 800, variant)))


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=82, optimize=True)
    return out.getvalue()


INTRO = paragraphs("""
我们是一家专注数码家电与茗茶的零售公司，二十年来在华东、华南开出 40 家门店。

每位顾问都有自己的微店：商品、价格和库存与门店一致，下单后可以送货上门，也可以到店自提。

以旧换新、分期免息、上门安装，一位顾问从选购跟到售后。
""")
NEWS = paragraphs("""
深圳南山旗舰店完成焕新，新增智能家居体验区和品茗区。

开业首周到店即送定制茶礼一份，数量有限，送完即止。
""")
CASE = paragraphs("""
王经理的公司常有客户来访，过去用一次性纸杯待客，总觉得差点意思。

顾问上门看过会客区后，配了一套茶具和两款口粮茶，每月按用量补货。

三个月后，来访客户常问茶是哪里买的，公司又为合作伙伴订了节日茶礼。
""")


def publish(admin: User) -> dict[str, Material]:
    """HQ's library, in the toolbox's order; the brochure's PDF uploaded as HQ would."""
    brochure = materials.upload_file(admin, "brochure", io.BytesIO(draw_brochure()))["url"]
    specs = {
        "card": {"kind": "card", "title": "我的名片", "tags": ["联系我"],
                 "summary": "存下我的电话，添加微信，随时为您服务"},
        "intro": {"kind": "intro", "title": "七个在线示范公司简介", "body": INTRO,
                  "summary": "二十年专注数码家电与茗茶，全国 40 家门店，线上线下一样的服务",
                  "cover_url": _cover("intro", INTRO_ART), "tags": ["品牌"]},
        "news": {"kind": "news", "title": "华南旗舰店焕新开业", "body": NEWS,
                 "summary": "体验区升级，开业首周到店有礼", "cover_url": _cover("news", NEWS_ART),
                 "tags": ["门店"], "content_kind": "activity", "scene_channel": "offline"},
        "brochure": {"kind": "brochure", "title": "数码家电选购手册", "file_url": brochure,
                     "summary": "手机、电脑、净化器怎么选，一本说清",
                     "file_name": "数码家电选购手册.pdf",
                     "cover_url": _cover("brochure", BROCHURE_PAGES[0], 2),
                     "tags": ["选购指南"], "content_kind": "product", "scene_aim": "selling"},
        "poster": {"kind": "poster", "title": "龙井新茶上市", "summary": "明前头采，限量发售",
                   "cover_url": demo_image("material-poster.jpg", draw_poster),
                   "tags": ["新茶"], "content_kind": "activity", "scene_aim": "selling"},
        "case": {"kind": "case", "title": "客户案例：办公室茶歇升级", "body": CASE,
                 "summary": "一家 50 人的设计公司，怎样用一套茶具留住客户",
                 "cover_url": _cover("case", CASE_ART, 2), "tags": ["企业客户"],
                 "content_kind": "category"},
    }
    return {key: materials.create_material(admin, {**PLAN, "sort_order": order, **spec})
            for order, (key, spec) in enumerate(specs.items())}


def seed_materials(admin: User, reps: list[User]) -> None:
    now = utcnow()
    start = now - timedelta(hours=3)
    with clock_at(start):
        library = publish(admin)
    rep = reps[0]
    with clock_at(start + timedelta(minutes=5)):
        links = {key: visits.create_share(rep, "material", library[key].id, channel).token
                 for key, channel in (("intro", "wechat"), ("brochure", "moments"),
                                      ("card", "link"))}
    customers = db.session.scalars(select(Customer).where(
        Customer.rep_id == rep.id, Customer.anon_id.is_not(None))
        .order_by(Customer.id).limit(5)).all()
    for key, reader, minutes, seconds in READS:
        if reader is not None and reader >= len(customers):
            continue
        anon_id = customers[reader].anon_id if reader is not None else new_anon_id()
        at = start + timedelta(minutes=5 + minutes)
        with clock_at(at):
            opened = materials.record_open(rep, library[key].id, anon_id=anon_id,
                                           token=links[key])
        with clock_at(at + timedelta(seconds=seconds + 1)):
            materials.report_stay(rep, opened.visit.customer, library[key].id, opened.open.id,
                                  seconds)
    db.session.flush()
