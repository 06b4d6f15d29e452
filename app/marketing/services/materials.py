"""HQ's materials library (营销素材): what reps share with their own link, and what their
customers did with it.

HQ writes; a rep or a boss sees a material while it is enabled and reaches them
(`Material.scope_clause`: no audience, or an audience unit at or above their unit). A material
is shareable (shop's `register_shareable`): a rep shares it with their token, and a customer's
open of it is a shop visit (`visits.record_visit`, which makes or finds the customer and counts
`visit`) plus a `MaterialOpen` row and a `material_open` event; the page then reports how long
it stayed open. Files are checked by their content (core.storage) and stored by hash.
"""

import math
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import or_, select, update

from app.clients.rules import RuleObject, register_rule_object
from app.core.access import ROLE_HQ, require_role
from app.core.company import get_company
from app.core.db import json_list_contains, utcnow
from app.core.errors import NotFound, ValidationError
from app.core.events import declare_metric, record_event
from app.core.storage import (
    IMAGE_TYPES,
    MEDIA_TYPES,
    MEDIA_URL,
    PDF_MAGIC,
    VIDEO_TYPES,
    check_image,
    check_pdf,
    check_video,
    get_storage,
    save_stream,
    size_of,
    video_kind,
)
from app.customers.models import Customer
from app.extensions import db
from app.marketing.models import MarketingAudience, Material, MaterialOpen
from app.marketing.services import audience
from app.shop import shareables
from app.shop.models import ShopProfile
from app.shop.queries import shop_card
from app.shop.services import visits

# The kinds that carry a file, and the files each takes.
FILE_KINDS = {"brochure": ("pdf",), "video": tuple(VIDEO_TYPES),
              "file": ("pdf", *IMAGE_TYPES)}
FILE_FOLDER = "materials"
MATERIAL_FILE_URL = (rf"^{MEDIA_URL}{FILE_FOLDER}/[0-9a-f]{{2}}/[0-9a-f]{{64}}"
                     rf"\.({'|'.join(MEDIA_TYPES)})$")
BODY_KINDS = ("intro", "news", "case", "testimonial")  # told by their body
MAX_STAY_SECONDS = 6 * 3600  # a page left open overnight is not six hours of reading
FILE_LABELS = {"pdf": "PDF", "video": "视频", "image": "图片"}

declare_metric("material_open", "素材打开")


# --- HQ's files ---------------------------------------------------------------------------------

def _refused(kind: str, what: str) -> ValidationError:
    wanted = "、".join(dict.fromkeys(
        FILE_LABELS["video" if ext in VIDEO_TYPES else "image" if ext in IMAGE_TYPES else ext]
        for ext in FILE_KINDS[kind]))
    return ValidationError(f"这类素材请上传{wanted}文件", code="unsupported_file",
                           fields={"file": [f"不是{wanted}：{what}"]})


def _check_image(kind: str, stream, limit: int) -> str:
    """An image's extension; what is no image is a file the kind does not take."""
    try:
        return check_image(stream.read(limit + 1))
    except ValidationError as refused:
        if refused.code != "bad_image":  # too large: said as such
            raise
        raise _refused(kind, "无法识别的文件") from None


def upload_file(actor, kind: str, stream) -> dict:
    """HQ uploads the file of a brochure, video or file material: its type is found from its
    content (never the name), checked, and stored by hash. Raise ValidationError for a file
    the kind does not take, a PDF with anything active, a file over its size limit."""
    require_role(actor, [ROLE_HQ])
    config, accepted = current_app.config, FILE_KINDS[kind]
    head = stream.read(256)
    stream.seek(0)
    video = video_kind(head)
    if head.startswith(PDF_MAGIC):
        if "pdf" not in accepted:
            raise _refused(kind, "PDF 文件")
        ext = check_pdf(stream, config["MATERIAL_PDF_MAX_BYTES"])
    elif video is not None:
        if video not in accepted:
            raise _refused(kind, "视频文件")
        ext = check_video(stream, config["MATERIAL_VIDEO_MAX_BYTES"])
    elif "jpg" in accepted:
        ext = _check_image(kind, stream, config["UPLOAD_MAX_BYTES"])
    else:
        raise _refused(kind, "无法识别的文件")
    size = size_of(stream)
    return {"url": save_stream(stream, FILE_FOLDER, ext), "file_type": MEDIA_TYPES[ext],
            "file_size": size}


def stored_file(url: str) -> tuple[str, int] | None:
    """(type, size) of an uploaded material file, or None when nothing is stored there."""
    stored = get_storage().open_file(url.removeprefix(MEDIA_URL))
    if stored is None:
        return None
    with stored:
        return MEDIA_TYPES[url.rpartition(".")[2]], size_of(stored)


# --- HQ's materials -----------------------------------------------------------------------------

def _check(values: dict) -> dict:
    """Raise ValidationError unless the material holds together for its kind; returns the
    file's stored type and size."""
    kind, errors = values["kind"], {}
    file_url = values.get("file_url")
    found = {"file_type": None, "file_size": None}
    if kind in FILE_KINDS:
        if not file_url:
            errors["file_url"] = ["这类素材需要上传文件"]
        elif (stored := stored_file(file_url)) is None:
            errors["file_url"] = ["文件不存在，请重新上传"]
        elif not any(file_url.endswith(f".{ext}") for ext in FILE_KINDS[kind]):
            errors["file_url"] = ["文件类型与素材类型不符"]
        else:
            found = dict(zip(("file_type", "file_size"), stored, strict=True))
    elif file_url:
        errors["file_url"] = ["这类素材不带文件"]
    if kind == "poster" and not values.get("cover_url"):
        errors["cover_url"] = ["海报需要上传图片"]
    if kind in BODY_KINDS and not values.get("body"):
        errors["body"] = ["正文不能为空"]
    missing = audience.unknown_units(set(values.get("audience_unit_ids") or ()))
    if missing:
        errors["audience_unit_ids"] = [audience.missing_units_message(missing)]
    if errors:
        raise ValidationError(fields=errors)
    return found


def _set_audience(material: Material, unit_ids) -> None:
    audience.replace_audience(material, unit_ids)
    material.audience_unit_ids = sorted(set(unit_ids))


def create_material(actor, values: dict) -> Material:
    """HQ publishes a material (enabled unless said otherwise)."""
    require_role(actor, [ROLE_HQ])
    values = dict(values)
    unit_ids = values.pop("audience_unit_ids", [])
    found = _check({**values, "audience_unit_ids": unit_ids})
    if values.get("kind") not in FILE_KINDS:
        values["file_name"] = None
    material = Material(**values, **found, created_by_id=actor.id)
    db.session.add(material)
    db.session.flush()
    _set_audience(material, unit_ids)
    return material


def update_material(actor, material: Material, changes: dict) -> Material:
    """HQ edits a material, switches it on or off, or gives it a new audience."""
    require_role(actor, [ROLE_HQ])
    changes = dict(changes)
    unit_ids = changes.pop("audience_unit_ids", None)
    current = {field: getattr(material, field)
               for field in ("kind", "file_url", "cover_url", "body")}
    found = _check({**current, **changes, "audience_unit_ids": unit_ids})
    for field, value in {**changes, **found}.items():
        setattr(material, field, value)
    if material.kind not in FILE_KINDS:
        material.file_name = None
    db.session.flush()
    if unit_ids is not None:
        _set_audience(material, unit_ids)
    else:
        attach_audiences([material])
    return material


def attach_audiences(materials: list[Material]) -> list[Material]:
    """Put each material's audience unit ids on it (`audience_unit_ids`), in one query."""
    ids = [m.id for m in materials]
    audiences: dict[int, list[int]] = {}
    if ids:
        for object_id, unit_id in db.session.execute(
                select(MarketingAudience.object_id, MarketingAudience.org_unit_id).where(
                    MarketingAudience.object_type == Material.__audience__,
                    MarketingAudience.object_id.in_(ids))
                .order_by(MarketingAudience.org_unit_id)):
            audiences.setdefault(object_id, []).append(unit_id)
    for material in materials:
        material.audience_unit_ids = audiences.get(material.id, [])
    return materials


# --- who sees what ------------------------------------------------------------------------------

def visible(user):
    """The materials `user` may see: HQ all; reps and bosses the enabled ones that reach them."""
    if user.role == ROLE_HQ:
        return Material.scope_clause(user)
    return Material.scope_clause(user) & Material.enabled


def listing(user, filters: dict):
    """A select of the materials `user` may see, by the list's filters, in display order."""
    query = select(Material).where(visible(user))
    for field in ("kind", "content_kind", "scene_channel", "scene_frequency", "scene_aim"):
        if field in filters:
            query = query.where(getattr(Material, field) == filters[field])
    if "enabled" in filters and user.role == ROLE_HQ:
        query = query.where(Material.enabled == filters["enabled"])
    if "tag" in filters:
        query = query.where(json_list_contains(db.session, Material.tags, filters["tag"]))
    if "q" in filters:
        query = query.where(or_(Material.title.icontains(filters["q"], autoescape=True),
                                Material.summary.icontains(filters["q"], autoescape=True)))
    return query.order_by(Material.sort_order, Material.id.desc())


def get_material(user, material_id: int) -> Material:
    """One material `user` may see; else NotFound, whether missing, off or out of reach."""
    material = db.session.scalar(select(Material).where(Material.id == material_id,
                                                        visible(user)))
    if material is None:
        raise NotFound("素材不存在或已下架")
    return material


def _check_shareable(rep, object_id: int | None) -> None:
    if object_id is None:
        raise NotFound("素材不存在或已下架")
    get_material(rep, object_id)


# --- opens --------------------------------------------------------------------------------------

@dataclass
class Opened:
    open: MaterialOpen
    visit: visits.Visit


def record_open(rep, material_id: int, *, anon_id: str | None, token: str | None) -> Opened:
    """A customer opened a material through the rep's link: a shop visit (the customer made or
    found, `visit` counted) and the open itself, counted as `material_open`. Raise NotFound
    when the material does not reach the rep or is off."""
    visit = visits.record_visit(rep, anon_id=anon_id, token=token, object_type="material",
                                object_id=material_id)
    opened = MaterialOpen(material_id=material_id, rep_id=rep.id, org_unit_id=rep.org_unit_id,
                          customer_id=visit.customer.id,
                          share_id=visit.share.id if visit.share else None,
                          new_customer=visit.new_visitor, opened_at=utcnow())
    db.session.add(opened)
    db.session.flush()
    record_event("material_open", rep=rep, customer_id=visit.customer.id,
                 object_type="material", object_id=material_id, at=opened.opened_at,
                 attrs={"open_id": opened.id})
    return Opened(opened, visit)


def report_stay(rep, customer: Customer | None, material_id: int, open_id: int,
                seconds: int) -> int:
    """The page of the visitor's own open says how long it has stayed open: stored when
    longer than before, at most MAX_STAY_SECONDS and the time since the open. Returns the
    seconds stored. Raise NotFound for an open that is not this visitor's."""
    # The stamp alone: the page reports on every hide, and the open's material is not needed.
    opened_at = db.session.scalar(select(MaterialOpen.opened_at).where(
        MaterialOpen.id == open_id, MaterialOpen.rep_id == rep.id,
        MaterialOpen.material_id == material_id,
        MaterialOpen.customer_id == customer.id)) if customer is not None else None
    if opened_at is None:
        raise NotFound()
    elapsed = math.ceil((utcnow() - opened_at).total_seconds())
    stay = max(0, min(seconds, MAX_STAY_SECONDS, elapsed))
    # Never less than before, whatever order concurrent reports arrive in.
    db.session.execute(update(MaterialOpen).where(MaterialOpen.id == open_id,
                                                  MaterialOpen.seconds < stay)
                       .values(seconds=stay).execution_options(synchronize_session=False))
    return db.session.scalar(select(MaterialOpen.seconds).where(MaterialOpen.id == open_id))


def _rule_object_exists(object_id: int) -> bool:
    return db.session.get(Material, object_id) is not None


def card_of(rep, profile: ShopProfile | None) -> dict:
    """The rep's business card as its page and its poster show it: the shop profile, the
    rep's team and the company."""
    return {**shop_card(rep, profile), "unit_name": rep.org_unit.name,
            "company_name": get_company().name}


def share_path(code: str, material_id: int) -> str:
    return f"/s/{code}/materials/{material_id}"


def _poster_content(material_id: int) -> shareables.PosterContent:
    material = db.session.get(Material, material_id)
    return shareables.PosterContent(material.title, material.summary or None, None,
                                    material.cover_url)


def _drawn_poster(rep, material_id: int, url: str) -> bytes | None:
    from app.marketing import material_posters  # Pillow and fonts: loaded when first needed

    return material_posters.draw(rep, db.session.get(Material, material_id), url)


# Filled at import, once per process: create_app() imports this module.
shareables.register_shareable("material", shareables.Shareable(
    _check_shareable, share_path, _poster_content, _drawn_poster,
    titles=shareables.column_titles(Material.id, Material.title, "素材"), label="素材"))
register_rule_object("material_open", RuleObject("material", _rule_object_exists))
