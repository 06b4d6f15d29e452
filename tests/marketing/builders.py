"""Materials, their shares and opens, built through the services and committed, so HTTP
requests see them."""

import io

from app.core.storage import LocalStorage
from app.marketing.models import Material
from app.marketing.services import materials
from app.shop.models import ShareToken
from app.shop.services import visits
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
