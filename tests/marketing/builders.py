"""Materials (their shares and opens), coupons and group-buys, built through the services and
committed, so HTTP requests see them."""

import io
from datetime import timedelta

from app.core.db import utcnow
from app.core.storage import LocalStorage
from app.marketing.models import Material
from app.marketing.services import coupons, groups, materials
from app.shop.models import ShareToken
from app.shop.services import visits
from tests.factories import ProductFactory
from tests.marketing import files
from tests.shop.builders import save

ARTICLE = [{"type": "text", "text": "公司成立于 2001 年。"}]


def material(hq, kind: str = "intro", **values) -> Material:
    """A material HQ published (an article unless told otherwise)."""
    defaults = {"kind": kind, "title": f"素材 {kind}", "summary": "一句话介绍", "body": ARTICLE
                if kind in materials.BODY_KINDS else []}
    if kind == "poster":
        defaults["cover_url"] = stored_file(hq, "file", files.png((300, 400)))
    if kind in materials.FILE_KINDS and "file_url" not in values:
        data = {"brochure": files.plain_pdf(), "video": files.mp4(),
                "file": files.plain_pdf()}[kind]
        defaults["file_url"] = stored_file(hq, kind, data)
        defaults["file_name"] = "资料"
    made = materials.create_material(hq, {**defaults, **values})
    save()
    return made


def stored_file(hq, kind: str, data: bytes) -> str:
    """A file HQ uploaded for a material of `kind`: its URL."""
    return materials.upload_file(hq, kind, io.BytesIO(data))["url"]


def shared(rep, made: Material, channel: str = "link") -> ShareToken:
    token = visits.create_share(rep, "material", made.id, channel)
    save()
    return token


def opened(rep, made: Material, *, anon_id: str | None = None, token: str | None = None,
           seconds: int = 0) -> materials.Opened:
    """A visitor opens the material through the rep's link (and stayed `seconds`)."""
    result = materials.record_open(rep, made.id, anon_id=anon_id, token=token)
    if seconds:
        result.open.seconds = seconds
    save()
    return result


def use_storage(app, root, monkeypatch) -> None:
    """Uploads go to `root` (a folder of the test)."""
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(root))
    monkeypatch.setitem(app.extensions, "storage", LocalStorage(root))


def coupon(actor, **values):
    """A coupon template: by default 满100减20, 100 copies, one each, valid 30 days."""
    values = {"name": values.pop("name", f"满减券{utcnow().timestamp()}"), "kind": "threshold",
              "amount_off": 2000, "percent_off": None, "max_discount": None,
              "threshold": 10000, "scope": "all", "category_ids": [], "product_ids": [],
              "total": 100, "per_customer": 1, "claim_from": None, "claim_until": None,
              "valid_from": None, "valid_until": None, "valid_days": 30, "description": "",
              "org_unit_ids": [], **values}
    template = coupons.create_template(actor, values)
    save()
    return template


def campaign(actor, product=None, **values):
    """A group-buy of a product (a new one at ¥100 unless given): 2 people at ¥80, 24 hours."""
    product = product or ProductFactory(price=10000, stock=100)
    now = utcnow()
    values = {"name": values.pop("name", f"拼团{now.timestamp()}"), "product_id": product.id,
              "group_size": 2, "group_price": 8000, "fill_hours": 24,
              "starts_at": now - timedelta(hours=1), "ends_at": now + timedelta(days=7),
              "stock": None, "per_customer": 1, "new_customers_only": False,
              "virtual_success_pct": None, "description": "", "org_unit_ids": [], **values}
    made = groups.create_campaign(actor, values)
    save()
    return made
