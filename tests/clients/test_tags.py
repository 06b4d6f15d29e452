"""The tag vocabulary HQ keeps, reps tagging their customers, the tag history and counters, the
customer list's tag filter and search, and profile edits."""

import pytest
from sqlalchemy import func, select

from app.clients.models import CustomerTag, CustomerTagChange, Tag, TagGroup
from app.customers.models import Customer
from tests.clients.builders import customer, group_named, tagged, vocabulary
from tests.shop.builders import batch, counters, events

# --- the vocabulary --------------------------------------------------------------------------


def new_group(client, name: str, **extra):
    return client.post("/api/v1/tag-groups", json={"name": name, **extra})


def new_tag(client, group_id: int, name: str, **extra):
    return client.post("/api/v1/tags", json={"group_id": group_id, "name": name, **extra})


def field_errors(response) -> dict:
    assert response.status_code == 422, response.json
    assert response.json["error"]["code"] == "validation_error"
    return response.json["error"]["fields"]


def test_hq_builds_the_vocabulary_and_every_staff_member_reads_it(as_hq, as_rep, as_boss):
    # given HQ adds two groups, the second to be shown first, and tags in them
    stage = new_group(as_hq, "阶段", sort_order=2)
    interest = new_group(as_hq, "兴趣", sort_order=1)
    late = new_tag(as_hq, stage.json["id"], "成交", color="#FF0000", sort_order=5)
    early = new_tag(as_hq, stage.json["id"], "意向", sort_order=1)
    skin = new_tag(as_hq, interest.json["id"], "护肤", color="#00aa00")

    assert (stage.status_code, interest.status_code) == (201, 201)
    assert (late.status_code, early.status_code, skin.status_code) == (201, 201, 201)
    assert late.json == {"id": late.json["id"], "group_id": stage.json["id"], "name": "成交",
                         "color": "#FF0000", "sort_order": 5}
    assert early.json["color"] is None

    for client in (as_rep, as_boss, as_hq):
        # when any staff member reads the vocabulary
        response = client.get("/api/v1/tag-groups")

        # then groups and their tags come in their sort order
        assert response.status_code == 200
        assert [(g["name"], [t["name"] for t in g["tags"]]) for g in response.json] == [
            ("兴趣", ["护肤"]), ("阶段", ["意向", "成交"])]


def test_a_tag_name_is_unique_within_its_group_but_not_across_groups(as_hq):
    # given two groups, one with the tag "活跃"
    first = new_group(as_hq, "活跃度").json["id"]
    second = new_group(as_hq, "社群").json["id"]
    assert new_tag(as_hq, first, "活跃").status_code == 201

    # when HQ adds "活跃" again to the same group, and to the other group
    again = new_tag(as_hq, first, "活跃")
    elsewhere = new_tag(as_hq, second, "活跃")

    # then the same group refuses it, the other group takes it
    assert "name" in field_errors(again)
    assert elsewhere.status_code == 201
    assert len(as_hq.get("/api/v1/tag-groups").json[0]["tags"]) == 1


def test_a_group_name_is_unique(as_hq):
    new_group(as_hq, "阶段")

    response = new_group(as_hq, "阶段")

    assert "name" in field_errors(response)


def test_a_tag_for_an_unknown_group_is_refused(as_hq, db):
    response = new_tag(as_hq, 999999, "孤儿")

    assert "group_id" in field_errors(response)
    assert db.session.scalar(select(func.count()).select_from(Tag)) == 0


@pytest.mark.parametrize("color", ["#1A2b3C", None])
def test_a_tag_color_may_be_hex_or_none(as_hq, color):
    group_id = new_group(as_hq, "颜色").json["id"]

    response = new_tag(as_hq, group_id, "标签", color=color)

    assert response.status_code == 201, response.json
    assert response.json["color"] == color


@pytest.mark.parametrize("color", ["red", "#fff", "#GGGGGG", "1A2B3C", "#1A2B3C4",
                                   "#1A2B3C\n", ""])
def test_a_tag_color_must_be_hash_and_six_hex_digits(as_hq, db, color):
    group_id = new_group(as_hq, "颜色").json["id"]

    response = new_tag(as_hq, group_id, "标签", color=color)

    assert "color" in field_errors(response)
    assert db.session.scalar(select(func.count()).select_from(Tag)) == 0


@pytest.mark.parametrize("name", ["", "   ", "太" * 21])
def test_a_tag_name_is_not_blank_and_fits(as_hq, name):
    group_id = new_group(as_hq, "组").json["id"]

    assert "name" in field_errors(new_tag(as_hq, group_id, name))


def test_hq_renames_recolours_and_moves_a_tag(org, as_hq):
    tags = vocabulary(org.admin, {"阶段": ["意向"], "兴趣": ["护肤"]})
    interest = group_named("兴趣")

    response = as_hq.patch(f"/api/v1/tags/{tags['意向'].id}",
                           json={"name": "彩妆", "color": "#123456", "group_id": interest.id})

    assert response.status_code == 200, response.json
    assert response.json == {"id": tags["意向"].id, "group_id": interest.id, "name": "彩妆",
                             "color": "#123456", "sort_order": 0}



def test_a_tag_cannot_be_renamed_onto_a_name_taken_in_its_group(org, as_hq):
    tags = vocabulary(org.admin, {"阶段": ["意向", "成交"]})

    response = as_hq.patch(f"/api/v1/tags/{tags['意向'].id}", json={"name": "成交"})

    assert "name" in field_errors(response)


def test_a_tag_cannot_move_into_a_group_that_has_its_name(org, as_hq):
    # given "意向" in both groups
    tags = vocabulary(org.admin, {"阶段": ["意向"], "兴趣": ["护肤"]})
    twin = new_tag(as_hq, group_named("兴趣").id, "意向").json["id"]

    # when HQ moves the second one into the first group
    response = as_hq.patch(f"/api/v1/tags/{twin}", json={"group_id": tags["意向"].group_id})

    # then it is refused
    assert "name" in field_errors(response)


def test_a_tag_cannot_move_into_an_unknown_group(org, as_hq):
    tags = vocabulary(org.admin, {"阶段": ["意向"]})

    response = as_hq.patch(f"/api/v1/tags/{tags['意向'].id}", json={"group_id": 999999})

    assert "group_id" in field_errors(response)


def test_a_group_cannot_be_renamed_onto_a_taken_name(org, as_hq):
    vocabulary(org.admin, {"阶段": [], "兴趣": []})

    response = as_hq.patch(f"/api/v1/tag-groups/{group_named('兴趣').id}", json={"name": "阶段"})

    assert "name" in field_errors(response)


def test_hq_renames_and_reorders_a_group(org, as_hq):
    vocabulary(org.admin, {"阶段": []})
    group_id = group_named("阶段").id

    response = as_hq.patch(f"/api/v1/tag-groups/{group_id}",
                           json={"name": "客户阶段", "sort_order": 9})

    assert response.status_code == 200
    assert (response.json["name"], response.json["sort_order"]) == ("客户阶段", 9)


@pytest.mark.parametrize("url", ["/api/v1/tags/999999", "/api/v1/tag-groups/999999"])
@pytest.mark.parametrize("method", ["PATCH", "DELETE"])
def test_an_unknown_tag_or_group_is_404(as_hq, method, url):
    response = as_hq.open(url, method=method, json={})

    assert response.status_code == 404


def test_a_group_with_tags_cannot_be_deleted(org, as_hq, db):
    # given a group with a tag nobody carries
    tags = vocabulary(org.admin, {"阶段": ["意向"]})
    group_id = tags["意向"].group_id

    # when HQ deletes the group
    refused = as_hq.delete(f"/api/v1/tag-groups/{group_id}")

    # then it is refused while the tag is in it, and goes once the tag is gone
    assert refused.status_code == 409
    assert refused.json["error"]["code"] == "tag_group_in_use"
    assert db.session.get(TagGroup, group_id) is not None
    assert as_hq.delete(f"/api/v1/tags/{tags['意向'].id}").status_code == 204
    assert as_hq.delete(f"/api/v1/tag-groups/{group_id}").status_code == 204
    assert db.session.get(TagGroup, group_id) is None
    assert as_hq.get("/api/v1/tag-groups").json == []


def test_a_tag_a_customer_carries_cannot_be_deleted(org, as_hq, as_rep, db):
    # given rep A1's customer carrying "意向"
    tag_id = vocabulary(org.admin, {"阶段": ["意向"]})["意向"].id
    mine = tagged(org.rep_a1, customer(org.rep_a1), db.session.get(Tag, tag_id))

    # when HQ deletes the tag
    refused = as_hq.delete(f"/api/v1/tags/{tag_id}")

    # then it is refused while carried, and goes once the rep took it off
    assert refused.status_code == 409
    assert refused.json["error"]["code"] == "tag_in_use"
    assert db.session.get(Tag, tag_id) is not None
    assert as_rep.delete(f"/api/v1/customers/{mine.id}/tags/{tag_id}").status_code == 200
    assert as_hq.delete(f"/api/v1/tags/{tag_id}").status_code == 204
    assert db.session.get(Tag, tag_id) is None
    # and the customer's history keeps what happened, under the tag's name
    changes = as_rep.get(f"/api/v1/customers/{mine.id}/tag-changes").json
    assert [(c["tag_id"], c["tag_name"], c["action"]) for c in changes] == [
        (None, "意向", "remove"), (None, "意向", "add")]


def test_the_database_refuses_to_delete_a_carried_tag(org, db):
    # given a tag a customer carries (as if tagged after the service counted none)
    from sqlalchemy.exc import IntegrityError

    tag = vocabulary(org.admin, {"阶段": ["意向"]})["意向"]
    tagged(org.rep_a1, customer(org.rep_a1), tag)

    # when it is deleted behind the service's back, then the foreign key refuses
    db.session.delete(tag)
    with pytest.raises(IntegrityError):
        db.session.flush()
    db.session.rollback()


# --- tagging a customer ----------------------------------------------------------------------

@pytest.fixture
def tags(org):
    return vocabulary(org.admin, {"阶段": ["意向", "成交"], "兴趣": ["护肤", "彩妆"]})


@pytest.fixture
def mine(org):
    return customer(org.rep_a1, name="王芳")


def history(client, customer_id: int) -> list[tuple]:
    response = client.get(f"/api/v1/customers/{customer_id}/tag-changes")
    assert response.status_code == 200
    return [(c["tag_name"], c["action"], c["source"], c["actor_name"]) for c in response.json]


def change_rows(db, customer_id: int) -> int:
    return db.session.scalar(select(func.count()).where(
        CustomerTagChange.customer_id == customer_id))


def test_a_rep_tags_their_customer(org, as_rep, tags, mine, db):
    # when rep A1 puts "意向" on their customer
    response = as_rep.post(f"/api/v1/customers/{mine.id}/tags",
                           json={"tag_id": tags["意向"].id})

    # then the customer carries it, put there by hand by the rep
    assert response.status_code == 200, response.json
    [applied] = response.json["tags"]
    assert {k: applied[k] for k in ("tag_id", "name", "group_id", "color", "source")} == {
        "tag_id": tags["意向"].id, "name": "意向", "group_id": tags["意向"].group_id,
        "color": None, "source": "manual"}
    assert applied["applied_at"]
    row = db.session.get(CustomerTag, (mine.id, tags["意向"].id))
    assert row.applied_by == org.rep_a1.id
    assert history(as_rep, mine.id) == [("意向", "add", "manual", org.rep_a1.name)]


def test_tagging_is_counted_for_the_rep(org, as_rep, tags, mine):
    # when the rep puts two tags on the customer
    for name in ("意向", "护肤"):
        as_rep.post(f"/api/v1/customers/{mine.id}/tags", json={"tag_id": tags[name].id})

    # then two customer_tag events are logged and the day's counter says 2
    logged = events("customer_tag")
    assert [(e.actor_id, e.rep_id, e.customer_id, e.object_type, e.object_id) for e in logged] \
        == [(org.rep_a1.id, org.rep_a1.id, mine.id, "tag", tags[name].id)
            for name in ("意向", "护肤")]
    assert counters(org.rep_a1)["customer_tag"] == 2


def test_tagging_twice_changes_nothing_the_second_time(org, as_rep, tags, mine, db):
    # given the customer already carries "意向"
    url = f"/api/v1/customers/{mine.id}/tags"
    first = as_rep.post(url, json={"tag_id": tags["意向"].id})

    # when the rep taps it again
    second = as_rep.post(url, json={"tag_id": tags["意向"].id})

    # then the customer carries it once, with one history row, one event and one count
    assert second.status_code == 200
    assert second.json["tags"] == first.json["tags"]
    assert [t["name"] for t in second.json["tags"]] == ["意向"]
    assert change_rows(db, mine.id) == 1
    assert len(events("customer_tag")) == 1
    assert counters(org.rep_a1)["customer_tag"] == 1


def test_a_rep_takes_a_tag_off(org, as_rep, tags, mine, db):
    # given the customer carries "意向" and "护肤"
    tagged(org.rep_a1, mine, tags["意向"], tags["护肤"])

    # when the rep takes "意向" off
    response = as_rep.delete(f"/api/v1/customers/{mine.id}/tags/{tags['意向'].id}")

    # then only "护肤" is left, and the removal is in the history
    assert response.status_code == 200
    assert [t["name"] for t in response.json["tags"]] == ["护肤"]
    assert db.session.get(CustomerTag, (mine.id, tags["意向"].id)) is None
    assert history(as_rep, mine.id)[0] == ("意向", "remove", "manual", org.rep_a1.name)


def test_taking_off_a_tag_the_customer_does_not_carry_is_404(org, as_rep, tags, mine, db):
    tagged(org.rep_a1, mine, tags["护肤"])

    response = as_rep.delete(f"/api/v1/customers/{mine.id}/tags/{tags['意向'].id}")

    assert response.status_code == 404
    assert change_rows(db, mine.id) == 1  # only the add of 护肤


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_an_unknown_tag_is_404(as_rep, mine, db, method):
    url = f"/api/v1/customers/{mine.id}/tags"
    response = (as_rep.post(url, json={"tag_id": 999999}) if method == "POST"
                else as_rep.delete(f"{url}/999999"))

    assert response.status_code == 404
    assert change_rows(db, mine.id) == 0


@pytest.mark.parametrize("body", [{}, {"tag_id": "1"}, {"tag_id": 0}, {"tag_id": None},
                                  {"tag_id": 1, "source": "rule"}])
def test_a_malformed_tag_request_is_422(as_rep, mine, body):
    response = as_rep.post(f"/api/v1/customers/{mine.id}/tags", json=body)

    assert response.status_code == 422


def test_the_history_lists_changes_newest_first(org, as_rep, as_boss, tags, mine):
    # given the rep added 意向, added 护肤, then removed 意向
    url = f"/api/v1/customers/{mine.id}/tags"
    as_rep.post(url, json={"tag_id": tags["意向"].id})
    as_rep.post(url, json={"tag_id": tags["护肤"].id})
    as_rep.delete(f"{url}/{tags['意向'].id}")

    # when the rep or their boss reads the history
    for client in (as_rep, as_boss):
        response = client.get(f"/api/v1/customers/{mine.id}/tag-changes")

        # then the changes come newest first, each with the tag, actor and source
        rep = org.rep_a1.name
        assert [(c["tag_id"], c["tag_name"], c["action"], c["source"], c["actor_name"])
                for c in response.json] == [
            (tags["意向"].id, "意向", "remove", "manual", rep),
            (tags["护肤"].id, "护肤", "add", "manual", rep),
            (tags["意向"].id, "意向", "add", "manual", rep)]
        moments = [c["at"] for c in response.json]
        assert moments == sorted(moments, reverse=True)


def test_a_tag_put_on_by_a_rule_has_no_actor_and_no_count(org, as_rep, tags, mine):
    # given an auto-tag rule tagged the customer (no acting user)
    from app.clients import services
    from tests.shop.builders import save

    services.add_tag(None, mine, tags["成交"], source="rule")
    save()

    # then the history shows the rule, the customer shows the tag, and nobody is credited
    assert history(as_rep, mine.id) == [("成交", "add", "rule", None)]
    detail = as_rep.get(f"/api/v1/customers/{mine.id}").json
    assert [(t["name"], t["source"]) for t in detail["tags"]] == [("成交", "rule")]
    assert "customer_tag" not in counters(org.rep_a1)


# --- the tag filter --------------------------------------------------------------------------

@pytest.fixture
def book(org, tags):
    """Rep A1's customers with tag combinations over two groups (阶段, 兴趣), and one untagged;
    and rep A1b's customer carrying every tag, whom A1 must never see."""
    with batch():
        rep = org.rep_a1
        data = {
            "keen_skin": tagged(rep, customer(rep), tags["意向"], tags["护肤"]),
            "won_makeup": tagged(rep, customer(rep), tags["成交"], tags["彩妆"]),
            "keen_only": tagged(rep, customer(rep), tags["意向"]),
            "skin_only": tagged(rep, customer(rep), tags["护肤"]),
            "untagged": customer(rep),
        }
        tagged(org.rep_a1b, customer(org.rep_a1b), *tags.values())
    return data


FILTERS = {
    ("意向",): {"keen_skin", "keen_only"},
    ("意向", "成交"): {"keen_skin", "won_makeup", "keen_only"},  # one group: any
    ("意向", "护肤"): {"keen_skin"},  # two groups: both
    ("护肤", "彩妆"): {"keen_skin", "won_makeup", "skin_only"},
    ("意向", "成交", "护肤"): {"keen_skin"},
    ("意向", "成交", "护肤", "彩妆"): {"keen_skin", "won_makeup"},
    ("成交", "护肤"): set(),
    ("意向", "意向"): {"keen_skin", "keen_only"},  # a repeated id is one
    (): {"keen_skin", "won_makeup", "keen_only", "skin_only", "untagged"},
}


@pytest.mark.parametrize("chosen", list(FILTERS), ids=["+".join(c) or "none" for c in FILTERS])
def test_the_tag_filter_ors_within_a_group_and_ands_across(as_rep, tags, book, chosen):
    query = "".join(f"&tag_ids={tags[name].id}" for name in chosen)

    response = as_rep.get(f"/api/v1/customers?per_page=100{query}")

    assert response.status_code == 200, response.json
    expected = {book[name].id for name in FILTERS[chosen]}
    assert {c["id"] for c in response.json["items"]} == expected
    assert response.json["total"] == len(expected)


def test_listed_customers_carry_their_tags_in_vocabulary_order(as_rep, tags, book):
    response = as_rep.get(f"/api/v1/customers?tag_ids={tags['成交'].id}")

    [item] = response.json["items"]
    # 阶段 was created before 兴趣, so its tags come first
    assert [t["name"] for t in item["tags"]] == ["成交", "彩妆"]


def test_filtering_by_an_unknown_tag_is_422(as_rep, tags, book):
    response = as_rep.get(f"/api/v1/customers?tag_ids={tags['意向'].id}&tag_ids=999999")

    assert "tag_ids" in field_errors(response)


@pytest.mark.parametrize("value", ["abc", "0", "-1"])
def test_a_malformed_tag_id_in_the_filter_is_422(as_rep, value):
    assert as_rep.get(f"/api/v1/customers?tag_ids={value}").status_code == 422


def test_the_tag_filter_takes_at_most_20_tags(as_rep):
    query = "&".join(f"tag_ids={n}" for n in range(1, 22))

    assert as_rep.get(f"/api/v1/customers?{query}").status_code == 422


# --- search ----------------------------------------------------------------------------------

@pytest.fixture
def people(org):
    with batch():
        rep = org.rep_a1
        data = {
            "zhang": customer(rep, name="张三丰", phone="13812345678"),
            "li": customer(rep, name="李四", nickname="Snow小雪", phone="13999990000"),
            "wang": customer(rep, nickname="王五", phone="13700001234"),
            "nobody": customer(rep),
        }
        customer(org.rep_a1b, name="张三丰", phone="13812345678")  # not A1's
    return data


SEARCHES = {
    "张三": {"zhang"},  # name
    "小雪": {"li"},  # nickname
    "snow": {"li"},  # nickname, any case
    "1234": {"zhang", "wang"},  # phone
    "王": {"wang"},
    "%": set(),  # a wildcard is a plain character
    "_": set(),
    "没有的人": set(),
}


@pytest.mark.parametrize("needle", list(SEARCHES))
def test_q_searches_name_nickname_and_phone(as_rep, people, needle):
    response = as_rep.get("/api/v1/customers", query_string={"q": needle, "per_page": 100})

    assert response.status_code == 200
    assert {c["id"] for c in response.json["items"]} == {people[n].id for n in SEARCHES[needle]}


def test_search_and_tag_filter_combine(org, as_rep, tags, people):
    tagged(org.rep_a1, people["zhang"], tags["意向"])
    tagged(org.rep_a1, people["wang"], tags["成交"])

    response = as_rep.get("/api/v1/customers",
                          query_string={"q": "1234", "tag_ids": [tags["意向"].id]})

    assert {c["id"] for c in response.json["items"]} == {people["zhang"].id}


# --- the profile -----------------------------------------------------------------------------

PROFILE = {"name": "王芳", "phone": "13912345678", "nickname": "芳芳",
           "avatar_url": "https://thirdwx.qlogo.cn/a.png", "gender": "female", "region": "上海",
           "birthday": "1990-05-20", "notes": "喜欢护肤"}


def test_a_rep_edits_their_customers_profile(org, as_rep, tags, mine, db):
    # given the customer carries a tag
    tagged(org.rep_a1, mine, tags["护肤"])

    # when the rep fills in the profile
    response = as_rep.patch(f"/api/v1/customers/{mine.id}", json=PROFILE)

    # then the answer is the whole profile with the tags, and it is stored
    assert response.status_code == 200, response.json
    assert {k: response.json[k] for k in PROFILE} == PROFILE
    assert [t["name"] for t in response.json["tags"]] == ["护肤"]
    stored = db.session.get(Customer, mine.id)
    assert (stored.name, stored.gender, stored.birthday.isoformat()) == (
        "王芳", "female", "1990-05-20")
    assert as_rep.get(f"/api/v1/customers/{mine.id}").json["nickname"] == "芳芳"


def test_a_partial_edit_keeps_the_other_fields(as_rep, mine):
    as_rep.patch(f"/api/v1/customers/{mine.id}", json=PROFILE)

    response = as_rep.patch(f"/api/v1/customers/{mine.id}", json={"region": "杭州"})

    assert response.status_code == 200
    assert {k: response.json[k] for k in PROFILE} == {**PROFILE, "region": "杭州"}


def test_nullable_fields_can_be_cleared(as_rep, mine):
    as_rep.patch(f"/api/v1/customers/{mine.id}", json=PROFILE)
    cleared = ("phone", "nickname", "avatar_url", "gender", "region", "birthday")

    response = as_rep.patch(f"/api/v1/customers/{mine.id}", json=dict.fromkeys(cleared))

    assert response.status_code == 200, response.json
    assert all(response.json[k] is None for k in cleared)
    assert response.json["notes"] == "喜欢护肤"


@pytest.mark.parametrize("avatar_url", ["https://cdn.example.com/a.jpg", "/media/ab/cd.png"])
def test_an_avatar_is_https_or_our_media(as_rep, mine, avatar_url):
    response = as_rep.patch(f"/api/v1/customers/{mine.id}", json={"avatar_url": avatar_url})

    assert response.status_code == 200
    assert response.json["avatar_url"] == avatar_url


@pytest.mark.parametrize(("field", "value"), [
    ("gender", "other"), ("gender", "Male"), ("gender", ""),
    ("birthday", "1990-13-01"), ("birthday", "yesterday"), ("birthday", 19900520),
    ("phone", "1391234567"), ("phone", "139123456789"), ("phone", "23912345678"),
    ("phone", "1391234567a"), ("phone", "13912345678\n"), ("phone", "+8613912345678"),
    ("avatar_url", "http://example.com/a.png"), ("avatar_url", "javascript:alert(1)"),
    ("avatar_url", "//evil.example/a.png"), ("avatar_url", "https://"),
    ("name", "   "), ("name", "名" * 51), ("nickname", "名" * 51), ("region", "区" * 51),
    ("notes", None), ("notes", "字" * 2001),
    ("rep_id", 1), ("status", "customer"), ("tags", []),  # not editable here
])
def test_an_invalid_profile_edit_is_refused(as_rep, mine, db, field, value):
    response = as_rep.patch(f"/api/v1/customers/{mine.id}", json={field: value})

    assert field in field_errors(response)
    stored = db.session.get(Customer, mine.id)
    assert (stored.rep_id, stored.gender, stored.phone) == (mine.rep_id, None, None)
