"""HQ's materials library: publishing each kind, what the API refuses, editing, and what each
role finds in the list and the preview."""

import pytest

from app.marketing.models import MarketingAudience, Material
from tests.marketing import files
from tests.marketing.builders import material, stored_file

ARTICLE = [{"type": "text", "text": "我们的故事"}, {"type": "image", "url": "/media/images/a.png"}]


def field_errors(response) -> dict:
    assert response.status_code == 422, response.json
    return response.json["error"]["fields"]


def created(client, **body) -> dict:
    response = client.post("/api/v1/materials", json=body)
    assert response.status_code == 201, response.json
    return response.json


# --- publishing -----------------------------------------------------------------------------

def test_hq_publishes_an_article_with_its_plan_and_tags(as_hq, org):
    made = created(as_hq, kind="case", title="某银行的案例", summary="三个月客户翻倍",
                   cover_url="/media/images/c.png", body=ARTICLE, tags=["案例", "银行"],
                   content_kind="brand", scene_channel="offline", scene_frequency="low",
                   scene_aim="selling", sort_order=3)

    assert {k: made[k] for k in ("kind", "title", "summary", "body", "tags", "enabled",
                                 "content_kind", "scene_channel", "scene_frequency",
                                 "scene_aim", "sort_order", "file_url", "file_type",
                                 "audience_unit_ids")} == {
        "kind": "case", "title": "某银行的案例", "summary": "三个月客户翻倍", "body": ARTICLE,
        "tags": ["案例", "银行"], "enabled": True, "content_kind": "brand",
        "scene_channel": "offline", "scene_frequency": "low", "scene_aim": "selling",
        "sort_order": 3, "file_url": None, "file_type": None, "audience_unit_ids": []}


@pytest.mark.parametrize(("kind", "data", "file_type"), [
    ("brochure", files.plain_pdf(), "application/pdf"),
    ("video", files.mp4(), "video/mp4"),
    ("video", files.webm(), "video/webm"),
    ("file", files.plain_pdf(), "application/pdf"),
    ("file", files.png(), "image/png"),
])
def test_a_file_material_takes_its_type_and_size_from_the_stored_file(as_hq, org, kind, data,
                                                                      file_type):
    url = stored_file(org.admin, kind, data)

    made = created(as_hq, kind=kind, title="资料", file_url=url, file_name="产品手册.mp4")

    assert (made["file_url"], made["file_type"], made["file_size"], made["file_name"]) == (
        url, file_type, len(data), "产品手册.mp4")


def test_a_poster_and_a_card_need_no_body(as_hq, org):
    cover = stored_file(org.admin, "file", files.png())

    assert created(as_hq, kind="poster", title="双十一海报", cover_url=cover)["kind"] == "poster"
    assert created(as_hq, kind="card", title="我的名片")["kind"] == "card"


def test_an_audience_is_stored_as_its_units(as_hq, org, db):
    made = created(as_hq, kind="news", title="华东新闻", body=ARTICLE,
                   audience_unit_ids=[org.team_a2.id, org.branch_b.id, org.team_a2.id])

    assert made["audience_unit_ids"] == sorted([org.team_a2.id, org.branch_b.id])
    assert {a.org_unit_id for a in db.session.query(MarketingAudience)} == {
        org.team_a2.id, org.branch_b.id}


# --- refusals -------------------------------------------------------------------------------

UNSTORED = "/media/materials/ab/" + "ab" * 32 + ".pdf"

INVALID = {
    "an unknown kind": ({"kind": "flyer"}, {"kind"}),
    "no title": ({"title": "  "}, {"title"}),
    "a long title": ({"title": "长" * 101}, {"title"}),
    "a long summary": ({"summary": "字" * 301}, {"summary"}),
    "a cover that could run": ({"cover_url": "javascript:alert(1)"}, {"cover_url"}),
    "a block that is no text nor image": ({"body": [{"type": "script", "text": "x"}]},
                                          {"body"}),
    "a text block too long": ({"body": [{"type": "text", "text": "x" * 5001}]}, {"body"}),
    "too many tags": ({"tags": [f"标签{i}" for i in range(11)]}, {"tags"}),
    "a blank tag": ({"tags": [" "]}, {"tags"}),
    "an unknown content kind": ({"content_kind": "gossip"}, {"content_kind"}),
    "an unknown scene": ({"scene_aim": "viral"}, {"scene_aim"}),
    "enabled as a number": ({"enabled": 1}, {"enabled"}),
    "an intro without body": ({"body": []}, {"body"}),
    "a file on an article": ({"file_url": UNSTORED}, {"file_url"}),
    "a file url from elsewhere": ({"kind": "brochure", "file_url": "https://x.cn/a.pdf"},
                                  {"file_url"}),
    "a file never uploaded": ({"kind": "brochure", "file_url": UNSTORED}, {"file_url"}),
    "a brochure without file": ({"kind": "brochure"}, {"file_url"}),
    "a poster without image": ({"kind": "poster"}, {"cover_url"}),
    "an audience unit that does not exist": ({"audience_unit_ids": [999999]},
                                             {"audience_unit_ids"}),
    "an audience id out of range": ({"audience_unit_ids": [10**12]}, {"audience_unit_ids"}),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_a_material_that_does_not_hold_together_is_refused(as_hq, db, case):
    changes, fields = INVALID[case]
    body = {"kind": "intro", "title": "公司介绍", "body": ARTICLE, **changes}

    response = as_hq.post("/api/v1/materials", json=body)

    assert set(field_errors(response)) == fields
    assert db.session.query(Material).count() == 0


def test_a_brochure_with_a_video_file_is_refused(as_hq, org):
    video = stored_file(org.admin, "video", files.mp4())

    response = as_hq.post("/api/v1/materials", json={"kind": "brochure", "title": "手册",
                                                     "file_url": video})

    assert field_errors(response) == {"file_url": ["文件类型与素材类型不符"]}


def test_a_nul_in_a_title_is_422_not_a_database_error(as_hq):
    response = as_hq.post("/api/v1/materials", json={"kind": "intro", "title": "公司\x00介绍",
                                                     "body": ARTICLE})

    assert response.status_code == 422
    assert response.json["error"]["code"] == "unstorable_text"


def test_a_ten_megabyte_field_is_413_and_a_long_one_422(as_hq, db):
    huge = as_hq.post("/api/v1/materials", json={"kind": "intro", "title": "x" * (10 << 20),
                                                 "body": ARTICLE})
    long = as_hq.post("/api/v1/materials", json={"kind": "intro", "title": "介绍",
                                                 "summary": "x" * (1 << 20), "body": ARTICLE})

    assert huge.status_code == 413 and huge.json["error"]["code"] == "payload_too_large"
    assert set(field_errors(long)) == {"summary"}
    assert db.session.query(Material).count() == 0


# --- editing --------------------------------------------------------------------------------

def test_hq_edits_switches_off_and_retargets_a_material(as_hq, org):
    made = material(org.admin, title="旧标题", audience_unit_ids=[org.branch_a.id])

    edited = as_hq.patch(f"/api/v1/materials/{made.id}", json={
        "title": "新标题", "enabled": False, "audience_unit_ids": [org.branch_b.id]})
    kept = as_hq.patch(f"/api/v1/materials/{made.id}", json={"summary": "只改摘要"})

    assert edited.status_code == 200, edited.json
    assert (edited.json["title"], edited.json["enabled"], edited.json["audience_unit_ids"]) == (
        "新标题", False, [org.branch_b.id])
    assert (kept.json["summary"], kept.json["audience_unit_ids"]) == ("只改摘要",
                                                                     [org.branch_b.id])


def test_an_edit_is_checked_against_the_whole_material(as_hq, org):
    made = material(org.admin, "brochure")

    emptied = as_hq.patch(f"/api/v1/materials/{made.id}", json={"file_url": None})
    to_article = as_hq.patch(f"/api/v1/materials/{made.id}",
                             json={"kind": "news", "file_url": None, "body": ARTICLE})

    assert set(field_errors(emptied)) == {"file_url"}
    assert to_article.status_code == 200, to_article.json
    assert (to_article.json["file_type"], to_article.json["file_name"]) == (None, None)


# --- who finds what -------------------------------------------------------------------------

def listed(client, **query) -> list[str]:
    response = client.get("/api/v1/materials", query_string={"per_page": 100, **query})
    assert response.status_code == 200, response.json
    return [item["title"] for item in response.json["items"]]


@pytest.fixture
def library(org):
    hq = org.admin
    return {
        "everyone": material(hq, title="全员", tags=["新品"], content_kind="product"),
        "off": material(hq, title="已下架", enabled=False),
        "branch_a": material(hq, "news", title="华东", audience_unit_ids=[org.branch_a.id],
                             content_kind="activity", scene_channel="offline"),
        "team_a2": material(hq, "case", title="杭州", audience_unit_ids=[org.team_a2.id],
                            tags=["案例"]),
        "branch_b": material(hq, "video", title="华南视频", audience_unit_ids=[org.branch_b.id]),
    }


VISIBLE = {  # what each viewer finds
    "admin": {"全员", "已下架", "华东", "杭州", "华南视频"},
    "boss_a": {"全员", "华东", "杭州"},  # their branch, and a team below it
    "boss_a1": {"全员", "华东"},
    "boss_b": {"全员", "华南视频"},
    "rep_a1": {"全员", "华东"},
    "rep_a2": {"全员", "华东", "杭州"},
    "rep_b1": {"全员", "华南视频"},
}


@pytest.mark.parametrize("viewer", sorted(VISIBLE))
def test_each_viewer_lists_and_previews_exactly_what_reaches_them(app, org, library, viewer):
    client = app.test_client().sign_in_as(getattr(org, viewer))

    assert set(listed(client)) == VISIBLE[viewer]
    for made in library.values():
        expected = 200 if made.title in VISIBLE[viewer] else 404
        assert client.get(f"/api/v1/materials/{made.id}").status_code == expected, made.title


def test_hq_filters_the_list(as_hq, library):
    assert listed(as_hq, enabled="false") == ["已下架"]
    assert listed(as_hq, kind="video") == ["华南视频"]
    assert listed(as_hq, tag="案例") == ["杭州"]
    assert listed(as_hq, content_kind="activity") == ["华东"]
    assert listed(as_hq, scene_channel="offline") == ["华东"]
    assert listed(as_hq, q="华南") == ["华南视频"]
    assert set(listed(as_hq, scene_aim="seeding")) == VISIBLE["admin"]


def test_a_rep_never_lists_a_disabled_material(as_rep, library):
    assert "已下架" not in listed(as_rep, enabled="false")


def test_the_list_is_paged(as_hq, library):
    page = as_hq.get("/api/v1/materials", query_string={"per_page": 2, "page": 2}).json

    assert (page["total"], page["page"], page["per_page"], len(page["items"])) == (5, 2, 2, 2)
