"""Static files as served (app.web.assets): versioned URLs, caching, precompressed bodies, and
the two shells that name them."""

import gzip
import hashlib
import json
import re
from pathlib import Path

import brotli
import pytest

from app.web.assets import AssetTable, compressed_file
from tests.web.browser import STATIC

JS = STATIC / "js"
YEAR = "max-age=31536000"


def digest(name: str) -> str:
    return hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:16]


def versioned(name: str) -> str:
    return f"/static/{name}?v={digest(name)}"


def test_a_versioned_url_is_cached_for_a_year_and_a_plain_one_revalidated(client):
    fresh = client.get(versioned("js/app.js"))
    plain = client.get("/static/js/app.js")
    stale = client.get("/static/js/app.js?v=0123456789abcdef")

    assert fresh.status_code == 200
    assert set(fresh.headers["Cache-Control"].split(", ")) == {"public", YEAR, "immutable"}
    for response in (plain, stale):
        assert response.headers["Cache-Control"] == "no-cache"
        etag = response.headers["ETag"]
        assert client.get("/static/js/app.js", headers={"If-None-Match": etag}).status_code == 304
    assert plain.data == stale.data == (STATIC / "js/app.js").read_bytes()


@pytest.mark.parametrize(("encoding", "decode"), [("br", brotli.decompress),
                                                   ("gzip", gzip.decompress)])
def test_text_files_come_precompressed_as_the_client_accepts(client, app, encoding, decode):
    name = "vendor/vue/vue.esm-browser.prod.js"

    response = client.get(versioned(name), headers={"Accept-Encoding": f"{encoding}, identity"})
    again = client.get(versioned(name), headers={"Accept-Encoding": encoding,
                                                 "If-None-Match": response.headers["ETag"]})

    assert response.headers["Content-Encoding"] == encoding
    assert decode(response.data) == (STATIC / name).read_bytes()
    assert "Accept-Encoding" in response.headers["Vary"]
    assert response.headers["ETag"] == f'"{digest(name)}-{encoding}"'  # one per representation
    assert again.status_code == 304
    # kept once per content, for every worker
    assert Path(app.instance_path, "static-cache", f"{digest(name)}.{encoding}").is_file()


def test_pictures_and_small_files_are_sent_as_they_are(client):
    for name in ("icons/icon-192.png", "js/components/shop-price.js"):
        response = client.get(versioned(name), headers={"Accept-Encoding": "br, gzip"})

        assert "Content-Encoding" not in response.headers
        assert response.data == (STATIC / name).read_bytes()


def test_a_file_changed_after_the_table_was_read_is_not_compressed_under_the_old_digest(
        app, tmp_path):
    # given a table read before a file changed
    (tmp_path / "page.js").write_text("export default 1;" * 200)
    table = AssetTable(str(tmp_path))
    (tmp_path / "page.js").write_text("export default 2;" * 200)

    # when its compressed body is asked for, then none is made
    with app.app_context():
        assert compressed_file(table.assets["page.js"], "gzip") is None


def test_assets_compress_builds_every_variant_and_drops_stale_ones(app, tmp_path, monkeypatch):
    # given a static folder with a module, a tiny file and a picture, and a stale variant
    static, instance = tmp_path / "static", tmp_path / "instance"
    (static / "js").mkdir(parents=True)
    (static / "js" / "page.js").write_text("export default '页面';\n" * 100)
    (static / "js" / "tiny.js").write_text("export default 1;")
    (static / "logo.png").write_bytes(b"\x89PNG" + b"\0" * 2000)
    (instance / "static-cache").mkdir(parents=True)
    (instance / "static-cache" / "0123456789abcdef.br").write_bytes(b"old")
    monkeypatch.setattr(app, "static_folder", str(static))
    monkeypatch.setattr(app, "instance_path", str(instance))

    # when the release step runs
    result = app.test_cli_runner().invoke(args=["assets", "compress"])

    # then the module's variants exist, and only they
    page = hashlib.sha256((static / "js" / "page.js").read_bytes()).hexdigest()[:16]
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (instance / "static-cache").iterdir()) == [
        f"{page}.br", f"{page}.gzip"]
    assert brotli.decompress((instance / "static-cache" / f"{page}.br").read_bytes()) == \
        (static / "js" / "page.js").read_bytes()
    assert "1 files compressed" in result.output and "1 stale" in result.output


def test_unknown_files_and_paths_out_of_static_are_404(client):
    assert client.get("/static/js/nope.js").status_code == 404
    assert client.get("/static/../config.py").status_code == 404
    assert client.get("/static/%2e%2e/config.py").status_code == 404


def test_files_do_not_vary_by_cookie(client, org):
    # given a signed-in staff member (a session cookie that changes as they work)
    client.sign_in_as(org.rep_a1)

    # when they load a static file, then its cached copy does not depend on their cookies
    response = client.get(versioned("js/app.js"))
    assert "Cookie" not in response.headers.get("Vary", "")
    assert "Set-Cookie" not in response.headers


# --- the shells ------------------------------------------------------------------------------

def static_urls(html: str) -> list[str]:
    """Every /static/ URL a shell names: attributes and the import map's targets."""
    imports = json.loads(re.search(r'<script type="importmap">(.*?)</script>', html, re.S)[1])
    return re.findall(r'(?:href|src)="(/static/[^"]+)"', html) + list(imports["imports"].values())


@pytest.mark.parametrize("path", ["/", "/rep", "/s/abc123", "/s/abc123/p/1"])
def test_every_file_a_shell_names_is_at_its_current_version(client, path):
    html = client.get(path).text

    urls = static_urls(html)
    assert urls
    for url in urls:
        name, _, version = url.removeprefix("/static/").partition("?v=")
        assert version == digest(name), url


@pytest.mark.parametrize("path", ["/", "/s/abc123"])
def test_the_import_map_versions_every_module_also_when_imported_by_relative_url(client, path):
    html = client.get(path).text
    imports = json.loads(re.search(r'<script type="importmap">(.*?)</script>', html, re.S)[1])
    modules = {f"/static/{p.relative_to(STATIC)}" for p in JS.rglob("*.js")}

    assert {url: imports["imports"][url] for url in modules} == {
        url: versioned(url.removeprefix("/static/")) for url in modules}


def test_the_customer_shell_loads_the_shops_part_of_vant_and_no_service_worker(client):
    customer = client.get("/s/abc123").text
    staff = client.get("/rep").text

    assert 'data-shell="customer"' in customer and "data-shell" not in staff
    assert versioned("vendor/vant-shop/vant-shop.js") in customer
    assert versioned("vendor/vant-shop/vant-shop.css") in customer
    assert "vendor/vant/" not in customer
    register = f'<script type="module" src="{versioned("js/sw-register.js")}">'
    assert register not in customer and "manifest.webmanifest" not in customer
    assert versioned("vendor/vant/vant.es.js") in staff and register in staff


def test_the_shell_answers_304_to_its_etag(client):
    first = client.get("/s/abc123", headers={"Accept-Encoding": "br"})

    again = client.get("/s/abc123/p/1", headers={"Accept-Encoding": "br",
                                                  "If-None-Match": first.headers["ETag"]})

    assert first.headers["Content-Encoding"] == "br"
    assert first.headers["Cache-Control"] == "no-cache"
    assert again.status_code == 304


# --- Vant's customer subset ------------------------------------------------------------------

def customer_modules() -> set[str]:
    """app.js, the customer pages (meta.customer) and every module they import, as paths
    below js/."""
    app_js = (JS / "app.js").read_text(encoding="utf-8")
    pages = re.findall(r"import\('\./(pages/[\w-]+\.js)'\), meta: \{[^}]*\bcustomer: true", app_js)
    assert "pages/shop.js" in pages
    seen, todo = set(), ["app.js", *pages]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        source = (JS / module).read_text(encoding="utf-8")
        for target in re.findall(r"^import\b[^;]*?'(\.\.?/[^']+)';", source, re.M | re.S):
            todo.append(((JS / module).parent / target).resolve().relative_to(JS.resolve())
                        .as_posix())
    return seen


def test_vant_shop_has_every_component_and_function_the_customer_pages_use():
    # given what the shop subset exports (its default export registers its components)
    bundle = (STATIC / "vendor/vant-shop/vant-shop.js").read_text(encoding="utf-8")
    exported = set(re.findall(r"\bas (\w+)", re.search(r"export\{([^}]*)\}", bundle)[1]))

    # when reading every module a customer page loads
    needed = set()
    for module in customer_modules():
        source = (JS / module).read_text(encoding="utf-8")
        needed |= {"".join(part.title() for part in tag.split("-"))
                   for tag in re.findall(r"<van-([a-z-]+)", source)}
        for names in re.findall(r"import\s+(?:\w+\s*,\s*)?\{([^}]*)\}\s+from 'vant'", source):
            needed |= {name.strip() for name in names.split(",") if name.strip()}

    # then the subset has them all (else: add them to SHOP_COMPONENTS / SHOP_FUNCTIONS in
    # static/vendor/update.sh and run it)
    assert sorted(needed - exported) == []


def test_every_rule_of_the_stylesheet_closes_before_the_next_begins():
    # a merge that drops a rule's body and closing brace nests every later rule inside it,
    # and browsers then apply none of them
    css = re.sub(r"/\*.*?\*/", "", (STATIC / "css/app.css").read_text(), flags=re.S)
    open_blocks, prelude, misplaced = [], "", []
    for char in css:
        if char == "{":
            if open_blocks and not open_blocks[-1].startswith("@"):
                misplaced.append(prelude.strip())
            open_blocks.append(prelude.strip())
            prelude = ""
        elif char == "}":
            assert open_blocks, "a } closes nothing"
            open_blocks.pop()
            prelude = ""
        elif char == ";":
            prelude = ""
        else:
            prelude += char

    assert misplaced == [] and open_blocks == []
