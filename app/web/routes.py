"""Serves the PWA: the app shell for every page path, the manifest and the service worker."""

import hashlib
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, request, send_from_directory

from app.core.storage import get_storage

bp = Blueprint("web", __name__)

NO_CACHE = {"Cache-Control": "no-cache"}
VERSION_PLACEHOLDER = "__CACHE_VERSION__"


def _static(filename: str, mimetype: str, headers: dict | None = None):
    response = send_from_directory(current_app.static_folder, filename, mimetype=mimetype,
                                   max_age=0)
    response.headers.update(headers or {})
    return response


@lru_cache(maxsize=4)
def _shell_digest(static_folder: str, stamp: tuple) -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(static_folder).rglob("*")):
        if path.is_file() and path.name != "sw.js":
            digest.update(str(path.relative_to(static_folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def shell_version() -> str:
    """A digest of the static files: it changes whenever any of them does."""
    folder = current_app.static_folder
    # Size and mtime of every file key the cache, so a changed file is re-hashed at once.
    stamp = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns)
                  for p in sorted(Path(folder).rglob("*")) if p.is_file())
    return _shell_digest(folder, stamp)


# First path segments of the app's pages (vue-router, history mode): the server answers each
# with the shell. The public shop lives under /s/ so that a link forwarded in WeChat keeps
# its real path and query.
PAGE_ROOTS = ("login", "s", "rep", "boss", "hq", "notifications", "account")


@bp.route("/")
@bp.route("/<any(" + ", ".join(PAGE_ROOTS) + "):root>")
@bp.route("/<any(" + ", ".join(PAGE_ROOTS) + "):root>/<path:rest>")
def shell(root: str | None = None, rest: str | None = None):
    """The app shell; Vue's router takes it from there."""
    return _static("index.html", "text/html", NO_CACHE)


@bp.route("/manifest.webmanifest")
def manifest():
    """Web app manifest."""
    return _static("manifest.webmanifest", "application/manifest+json")


@bp.route("/sw.js")
def service_worker():
    """Service worker, served from the root so its scope is the whole app."""
    source = Path(current_app.static_folder, "sw.js").read_text(encoding="utf-8")
    body = source.replace(VERSION_PLACEHOLDER, shell_version())
    return Response(body, mimetype="text/javascript",
                    headers={**NO_CACHE, "Service-Worker-Allowed": "/"})


MEDIA_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp", "gif": "image/gif"}


@bp.route("/media/<path:key>")
def media(key: str):
    """Uploaded files; named by content hash, so they are cached for a year."""
    mimetype = MEDIA_TYPES.get(key.rpartition(".")[2])
    data = get_storage().open(key) if mimetype else None
    if data is None:
        abort(404)
    response = Response(data, mimetype=mimetype, headers={
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff"})
    response.add_etag()
    return response.make_conditional(request)
