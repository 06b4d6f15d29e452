"""Serves the PWA: the app shell for every page path, the manifest, the service worker, the
files under /static/ (app.web.assets) and /media/."""

import hashlib
import json
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, request, send_from_directory
from werkzeug.wsgi import wrap_file

from app.core.storage import MEDIA_TYPES, get_storage, size_of
from app.web.assets import asset_table, send_asset

bp = Blueprint("web", __name__, template_folder="templates")

NO_CACHE = {"Cache-Control": "no-cache"}
VERSION_PLACEHOLDER = "__CACHE_VERSION__"
PRECACHE_PLACEHOLDER = "/* __PRECACHE__ */"


@bp.record_once
def serve_static_files(state) -> None:
    """Flask's /static/ route, answered by send_asset (versions, caching, compression)."""
    state.app.view_functions["static"] = send_asset


# First path segments of the app's pages (vue-router, history mode): the server answers each
# with the shell. The public shop lives under /s/ so that a link forwarded in WeChat keeps
# its real path and query.
PAGE_ROOTS = ("login", "s", "rep", "boss", "hq", "notifications", "account", "guidance",
              "training")
CUSTOMER_ROOT = "s"


@bp.route("/")
@bp.route("/<any(" + ", ".join(PAGE_ROOTS) + "):root>")
@bp.route("/<any(" + ", ".join(PAGE_ROOTS) + "):root>/<path:rest>")
def shell(root: str | None = None, rest: str | None = None):
    """The app shell (the customer's under /s/); Vue's router takes it from there."""
    body, etag = asset_table().shell(customer=root == CUSTOMER_ROOT)
    response = Response(body, mimetype="text/html", headers=NO_CACHE)
    response.set_etag(etag)
    return response.make_conditional(request)


@bp.route("/manifest.webmanifest")
def manifest():
    """Web app manifest."""
    return send_from_directory(current_app.static_folder, "manifest.webmanifest",
                               mimetype="application/manifest+json", max_age=0)


@bp.route("/sw.js")
def service_worker():
    """Service worker, served from the root so its scope is the whole app."""
    table = asset_table()
    source = Path(current_app.static_folder, "sw.js").read_text(encoding="utf-8")
    precache = ",\n  ".join(json.dumps(url) for url in table.precache())
    body = (source.replace(VERSION_PLACEHOLDER, table.version)
            .replace(PRECACHE_PLACEHOLDER, precache))
    return Response(body, mimetype="text/javascript",
                    headers={**NO_CACHE, "Service-Worker-Allowed": "/"})


@bp.route("/media/<path:key>")
def media(key: str):
    """Uploaded files; named by content hash, so they are cached for a year. Streamed from
    storage with byte ranges (a phone's video player asks for parts of a video)."""
    mimetype = MEDIA_TYPES.get(key.rpartition(".")[2])
    file = get_storage().open_file(key) if mimetype else None
    if file is None:
        abort(404)
    size = size_of(file)
    response = Response(wrap_file(request.environ, file), mimetype=mimetype,
                        direct_passthrough=True, headers={
                            "Cache-Control": "public, max-age=31536000, immutable",
                            "X-Content-Type-Options": "nosniff"})
    response.content_length = size
    response.set_etag(hashlib.blake2b(key.encode(), digest_size=12).hexdigest())  # the name
    return response.make_conditional(request, accept_ranges=True, complete_length=size)
