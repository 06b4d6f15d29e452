"""Serves the PWA: the app shell for every page path, the manifest and the service worker."""

from flask import Blueprint, current_app, send_from_directory

bp = Blueprint("web", __name__)

NO_CACHE = {"Cache-Control": "no-cache"}


def _static(filename: str, mimetype: str, headers: dict | None = None):
    response = send_from_directory(current_app.static_folder, filename, mimetype=mimetype,
                                   max_age=0)
    response.headers.update(headers or {})
    return response


@bp.route("/")
@bp.route("/login")
@bp.route("/s/<path:shop_path>")
def shell(shop_path: str | None = None):
    """The app shell; Vue's router takes it from there."""
    return _static("index.html", "text/html", NO_CACHE)


@bp.route("/manifest.webmanifest")
def manifest():
    """Web app manifest."""
    return _static("manifest.webmanifest", "application/manifest+json")


@bp.route("/sw.js")
def service_worker():
    """Service worker, served from the root so its scope is the whole app."""
    return _static("sw.js", "text/javascript",
                   {**NO_CACHE, "Service-Worker-Allowed": "/"})
