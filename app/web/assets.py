"""The PWA's files under static/: versioned URLs, a year of caching, precompressed bodies.

Every file gets a digest of its content. The shell, its import map and the service worker's
precache list name files as `/static/<name>?v=<digest>`: such a URL always means the same
bytes, so it is served `immutable` for a year and a phone never asks for it again. A URL
without the current digest (an old page after a release, a hand-typed link) is served
`no-cache` and revalidated by ETag. Modules import each other by relative URL (`./api.js`);
the import map maps the plain URL of every module to its versioned one, so those imports are
versioned too, with no build step.

Text files are compressed once per content into `instance/static-cache/<digest>.<encoding>`,
which every worker shares: at a fast level at their first request (the smallest levels cost
seconds for the largest files), or at the smallest by `flask assets compress` at release time.
"""

import hashlib
import mimetypes
import os
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from flask import Response, abort, current_app, request, send_file

from app.core.compression import COMPRESSIBLE, ENCODINGS, MIN_SIZE, choose_encoding, compress

YEAR = 365 * 24 * 3600
TYPES = {".js": "text/javascript", ".mjs": "text/javascript",
         ".webmanifest": "application/manifest+json"}

# Bare specifiers of the vendored ES builds (static/vendor/VENDORED.md). The customer shell
# maps `vant` to the subset of components the shop pages use.
BARE_MODULES = {
    "vue": "vendor/vue/vue.esm-browser.prod.js",
    "vue-router": "vendor/vue-router/vue-router.esm-browser.prod.js",
    "vant": "vendor/vant/vant.es.js",
    "@vant/use": "vendor/vant-use/index.esm.js",
    "@vant/popperjs": "vendor/vant-popperjs/index.esm.js",
    "@vue/shared": "vendor/vue-shared/shared.esm-bundler.js",
    "echarts": "vendor/echarts/echarts.esm.min.js",
}
CUSTOMER_BARE_MODULES = {**BARE_MODULES, "vant": "vendor/vant-shop/vant-shop.js"}
MODULES = "js/"  # every file below is mapped in the import map

# What the service worker precaches for the staff app to start offline: by versioned URL,
# every module, style and icon, except what only the API docs page (redoc) or the customer
# shell (which never registers the worker) loads; by plain URL, the shell, the offline page,
# the manifest and the icon the offline page names (files that are not rendered here).
PRECACHE_PATTERNS = ("js/**/*.js", "css/*.css", "icons/*.png", "vendor/**/*.js",
                     "vendor/**/*.css")
PRECACHE_SKIP = ("vendor/redoc/", "vendor/vant-shop/")
PRECACHE_PLAIN = ("/", "/static/offline.html", "/manifest.webmanifest",
                  "/static/icons/favicon-32.png")
SHELL_TEMPLATE = Path(__file__).parent / "templates" / "shell.html"


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class Asset:
    name: str  # the path below static/, with "/"
    path: Path
    digest: str
    size: int

    @property
    def url(self) -> str:
        return f"/static/{self.name}?v={self.digest}"

    @property
    def mimetype(self) -> str:
        return TYPES.get(self.path.suffix) or mimetypes.guess_type(self.name)[0] \
            or "application/octet-stream"

    @property
    def compressible(self) -> bool:
        return self.size >= MIN_SIZE and self.mimetype in COMPRESSIBLE


class AssetTable:
    """The files of one static folder as they were when it was read."""

    def __init__(self, folder: str):
        self.folder = Path(folder)
        self.assets: dict[str, Asset] = {}
        for path in sorted(self.folder.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                name = path.relative_to(self.folder).as_posix()
                self.assets[name] = Asset(name, path, digest_of(data), len(data))
        self.shells: dict[bool, tuple[bytes, str]] = {}

    @cached_property
    def version(self) -> str:
        """Moves with any file, and with the shell template (the service worker caches `/`)."""
        digest = hashlib.sha256(SHELL_TEMPLATE.read_bytes())
        for asset in self.assets.values():
            digest.update(f"{asset.name}\0{asset.digest}\0".encode())
        return digest.hexdigest()[:16]

    def url(self, name: str) -> str:
        return self.assets[name].url  # a missing file is an error, not a broken link

    def import_map(self, customer: bool) -> dict:
        bare = CUSTOMER_BARE_MODULES if customer else BARE_MODULES
        imports = {specifier: self.url(name) for specifier, name in bare.items()}
        imports |= {f"/static/{name}": asset.url for name, asset in self.assets.items()
                    if name.startswith(MODULES) and asset.mimetype == "text/javascript"}
        return {"imports": imports}

    def precache(self) -> list[str]:
        names = {path.relative_to(self.folder).as_posix()
                 for pattern in PRECACHE_PATTERNS for path in self.folder.glob(pattern)}
        return [*PRECACHE_PLAIN, *(self.assets[name].url for name in sorted(names)
                                   if name in self.assets and not name.startswith(PRECACHE_SKIP))]

    def shell(self, customer: bool) -> tuple[bytes, str]:
        """The app shell as bytes and its ETag, rendered once per version."""
        if customer not in self.shells:
            # Not render_template: its context processors would load the signed-in user.
            template = current_app.jinja_env.get_template("shell.html")
            body = template.render(customer=customer, asset=self.url,
                                   import_map=self.import_map(customer)).encode()
            self.shells[customer] = (body, digest_of(body))
        return self.shells[customer]


def asset_table() -> AssetTable:
    """The static folder's table: read once per process; in debug and tests, again whenever
    a file or the shell template changes (size or modification time)."""
    folder = current_app.static_folder
    if not (current_app.debug or current_app.testing):
        return _read(folder, None)
    files = [*sorted(p for p in Path(folder).rglob("*") if p.is_file()), SHELL_TEMPLATE]
    return _read(folder, tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files))


@lru_cache(maxsize=4)
def _read(folder: str, stamp: tuple | None) -> AssetTable:
    return AssetTable(folder)


_build_locks: defaultdict[Path, threading.Lock] = defaultdict(threading.Lock)


def compressed_file(asset: Asset, encoding: str) -> Path | None:
    """The asset compressed with `encoding`, made on first use; None when it cannot be had
    (the file changed since the table was read, or the cache folder is not writable)."""
    target = cache_folder() / f"{asset.digest}.{encoding}"
    if target.is_file():
        return target
    with _build_locks[target]:  # one build per file per process
        return target if target.is_file() else _write(asset, encoding, best=False)


def _write(asset: Asset, encoding: str, best: bool) -> Path | None:
    """Compress the asset into the cache, atomically (workers may race: same bytes)."""
    target = cache_folder() / f"{asset.digest}.{encoding}"
    data = asset.path.read_bytes()
    if digest_of(data) != asset.digest:
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}")
        partial.write_bytes(compress(data, encoding, best=best))
        partial.replace(target)
    except OSError:
        current_app.logger.warning("cannot write %s: served uncompressed", target)
        return None
    return target


def send_asset(filename: str) -> Response:
    """A static file: precompressed when the client accepts it, cached for a year when the
    URL names its current version, else revalidated."""
    asset = asset_table().assets.get(filename)
    if asset is None:
        abort(404)
    encoding = (choose_encoding(request.headers.get("Accept-Encoding", ""))
                if asset.compressible else None)
    path = compressed_file(asset, encoding) if encoding else None
    if path is None:
        encoding = None
    response = send_file(path or asset.path, mimetype=asset.mimetype, conditional=True,
                         download_name=asset.path.name,
                         etag=f"{asset.digest}-{encoding}" if encoding else asset.digest)
    if encoding and response.status_code != 304:
        response.headers["Content-Encoding"] = encoding
    if asset.compressible:
        response.vary.add("Accept-Encoding")
    if request.args.get("v") == asset.digest:
        response.cache_control.no_cache = None
        response.cache_control.public = True
        response.cache_control.max_age = YEAR
        response.cache_control.immutable = True
    return response


def compress_all() -> tuple[int, int]:
    """Make every compressed variant at the smallest level (replacing what first requests
    made), and delete the variants of contents no longer under static/: (files compressed,
    variants deleted)."""
    assets = [asset for asset in asset_table().assets.values() if asset.compressible]
    for asset in assets:
        for encoding in ENCODINGS:
            _write(asset, encoding, best=True)
    current = {asset.digest for asset in assets}
    stale = [path for path in cache_folder().glob("*.*") if path.name.split(".")[0] not in current]
    for path in stale:
        path.unlink(missing_ok=True)
    return len(assets), len(stale)


def cache_folder() -> Path:
    return Path(current_app.instance_path, "static-cache")
