"""The shell, the manifest, the service worker and the API docs page, as served."""

import re
from pathlib import Path


def test_page_paths_serve_the_app_shell(client):
    for path in ("/", "/login", "/s/abc123"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.mimetype == "text/html"
        assert response.headers["Cache-Control"] == "no-cache"


def worker_version(client) -> str:
    body = client.get("/sw.js").text
    return re.search(r"const CACHE_VERSION = '([0-9a-f]{16})';", body).group(1)


def test_service_worker_version_follows_the_static_files(client, app, tmp_path):
    # Given a static folder with the worker and one page module
    (tmp_path / "js").mkdir()
    (tmp_path / "sw.js").write_text((Path(app.static_folder) / "sw.js").read_text())
    page = tmp_path / "js" / "page.js"
    page.write_text("export default 1;")
    original, app.static_folder = app.static_folder, str(tmp_path)
    try:
        before = worker_version(client)
        same = worker_version(client)
        # When a file changes
        page.write_text("export default 2;")
        after = worker_version(client)
    finally:
        app.static_folder = original

    # Then the version changes with it, and only then
    assert before == same
    assert after != before
    assert client.get("/sw.js").headers["Service-Worker-Allowed"] == "/"


def test_api_docs_page_uses_only_local_files(client):
    response = client.get("/api/docs")

    assert response.status_code == 200
    assert '<script src="/static/vendor/redoc/redoc.standalone.js">' in response.text
    assert "http" not in response.text.replace("/api/openapi.json", "")
    assert client.get("/static/vendor/redoc/redoc.standalone.js").status_code == 200
