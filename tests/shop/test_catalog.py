"""HQ's catalog: categories, products and their checks, spreadsheet import, image uploads."""

import csv
import io
import zipfile

import pytest
from openpyxl import Workbook
from PIL import Image
from sqlalchemy import func, select

from app.core.storage import LocalStorage
from app.shop.models import Category, Product
from tests.factories import CategoryFactory, ProductFactory


def count(db, model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


# --- categories ------------------------------------------------------------------------------

def test_categories_are_listed_in_sort_order(as_hq, as_rep):
    as_hq.post("/api/v1/categories", json={"name": "饮品", "sort_order": 5})
    as_hq.post("/api/v1/categories", json={"name": "零食", "sort_order": 1})

    assert [c["name"] for c in as_rep.get("/api/v1/categories").json] == ["零食", "饮品"]


def test_a_duplicate_category_name_is_422(as_hq):
    as_hq.post("/api/v1/categories", json={"name": "饮品"})
    other = as_hq.post("/api/v1/categories", json={"name": "零食"}).json

    created = as_hq.post("/api/v1/categories", json={"name": "饮品"})
    renamed = as_hq.patch(f"/api/v1/categories/{other['id']}", json={"name": "饮品"})
    kept = as_hq.patch(f"/api/v1/categories/{other['id']}", json={"name": "零食",
                                                                   "sort_order": 3})

    for response in (created, renamed):
        assert response.status_code == 422
        assert "name" in response.json["error"]["fields"]
    assert kept.status_code == 200 and kept.json["sort_order"] == 3


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": "  "}, {"name": "类" * 31},
                                  {"name": "饮品", "sort_order": "1"},
                                  {"name": "饮品", "sort_order": -1}])
def test_category_fields_are_checked(as_hq, body):
    assert as_hq.post("/api/v1/categories", json=body).status_code == 422


def test_a_category_in_use_cannot_be_deleted(as_hq, db):
    category = CategoryFactory()
    ProductFactory(category=category)

    response = as_hq.delete(f"/api/v1/categories/{category.id}")

    assert response.status_code == 409
    assert response.json["error"]["code"] == "category_in_use"
    assert db.session.get(Category, category.id) is not None


def test_an_empty_category_is_deleted(as_hq, db):
    category_id = CategoryFactory().id

    assert as_hq.delete(f"/api/v1/categories/{category_id}").status_code == 204
    assert db.session.get(Category, category_id) is None
    assert as_hq.delete(f"/api/v1/categories/{category_id}").status_code == 404


# --- products --------------------------------------------------------------------------------

def new_product(client, **fields):
    return client.post("/api/v1/products", json={"name": "龙井", "price": 1280, **fields})


def test_a_product_is_created_with_money_in_fen(as_hq):
    category = CategoryFactory()

    response = new_product(as_hq, category_id=category.id, list_price=1580, stock=20,
                           commission_rate_bps=800, tags=["新品"], subtitle="明前",
                           detail=[{"type": "text", "text": "好茶"},
                                   {"type": "image", "url": "/media/images/ab/x.png"}])

    assert response.status_code == 201, response.json
    body = response.json
    assert (body["price"], body["list_price"], body["stock"], body["sold"]) == (1280, 1580, 20, 0)
    assert body["category"]["id"] == category.id and body["on_sale"] is True
    assert body["commission_rate_bps"] == 800


def test_a_product_with_defaults(as_hq):
    body = new_product(as_hq).json

    assert (body["list_price"], body["stock"], body["category_id"]) == (None, None, None)
    assert body["commission_rate_bps"] is None and body["gallery"] == [] and body["tags"] == []


@pytest.mark.parametrize(("fields", "field"), [
    ({"list_price": 1279}, "list_price"),
    ({"category_id": 999_999}, "category_id"),
    ({"price": "1280"}, "price"),
    ({"price": 12.8}, "price"),
    ({"price": 1280.0}, "price"),
    ({"price": True}, "price"),
    ({"price": -1}, "price"),
    ({"price": 10**11 + 1}, "price"),
    ({"price": None}, "price"),
    ({"stock": "5"}, "stock"),
    ({"stock": -1}, "stock"),
    ({"commission_rate_bps": 5001}, "commission_rate_bps"),
    ({"commission_rate_bps": 5.5}, "commission_rate_bps"),
    ({"on_sale": 1}, "on_sale"),
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "名" * 101}, "name"),
    ({"cover_url": "http://cdn.example.com/a.png"}, "cover_url"),
    ({"gallery": ["https://a.com/1.png"] * 10}, "gallery"),
    ({"gallery": ["javascript:alert(1)"]}, "gallery"),
    ({"detail": [{"type": "text"}]}, "detail"),
    ({"detail": [{"type": "script", "text": "alert(1)"}]}, "detail"),
    ({"detail": [{"type": "image", "url": "http://a.com/x.png"}]}, "detail"),
    ({"tags": ["长" * 21]}, "tags"),
    ({"sold": 5}, "sold"),
])
def test_product_fields_are_checked(as_hq, db, fields, field):
    response = new_product(as_hq, **fields)

    assert response.status_code == 422
    assert field in response.json["error"]["fields"]
    assert count(db, Product) == 0


def test_a_number_out_of_range_is_told_the_range(as_hq):
    """A 14-digit stock was told "库存应为整数" and a 14-digit price "最多两位小数"."""
    response = new_product(as_hq, stock=10**13, price=10**15, list_price=-1)

    fields = response.json["error"]["fields"]
    assert fields == {"stock": ["应为 0 到 999999999 之间的整数"],
                      "price": ["应在 0 到 1000000000 元之间，最多两位小数"],
                      "list_price": ["应在 0 到 1000000000 元之间，最多两位小数"]}


def test_an_imported_number_out_of_range_is_told_the_range(as_hq, db):
    raw = csv_bytes([["名称", "售价", "库存"], ["茶", "12345678901234", "12345678901234"]])

    errors = import_file(as_hq, raw, "商品.csv").json["error"]["fields"]["rows"]["2"]

    assert errors == ["售价：应在 0 到 1000000000 元之间，最多两位小数",
                      "库存：应为 0 到 999999999 之间的整数"]


def test_list_price_may_equal_price(as_hq):
    assert new_product(as_hq, list_price=1280).status_code == 201


def test_an_update_is_checked_against_the_stored_values(as_hq):
    product = new_product(as_hq, list_price=1500).json
    url = f"/api/v1/products/{product['id']}"

    above_list = as_hq.patch(url, json={"price": 1600})
    below_price = as_hq.patch(url, json={"list_price": 1000})
    unknown = as_hq.patch(url, json={"category_id": 999_999})
    both = as_hq.patch(url, json={"price": 1600, "list_price": 1800})

    assert above_list.status_code == below_price.status_code == unknown.status_code == 422
    assert "list_price" in above_list.json["error"]["fields"]
    assert "category_id" in unknown.json["error"]["fields"]
    assert both.status_code == 200
    assert (both.json["price"], both.json["list_price"], both.json["name"]) == (1600, 1800, "龙井")


def test_an_empty_update_changes_nothing(as_hq):
    product = new_product(as_hq, stock=3).json

    response = as_hq.patch(f"/api/v1/products/{product['id']}", json={})

    assert response.status_code == 200 and response.json["stock"] == 3


def test_staff_other_than_hq_see_only_products_on_sale(as_hq, as_rep, as_boss):
    on, off = ProductFactory(), ProductFactory(on_sale=False)

    for client in (as_rep, as_boss):
        assert [p["id"] for p in client.get("/api/v1/products").json["items"]] == [on.id]
        assert client.get(f"/api/v1/products/{off.id}").status_code == 404
        assert client.get("/api/v1/products?on_sale=false").json["items"][0]["id"] == on.id
    assert as_hq.get(f"/api/v1/products/{off.id}").status_code == 200
    assert [p["id"] for p in as_hq.get("/api/v1/products?on_sale=false").json["items"]] \
        == [off.id]
    assert as_hq.get("/api/v1/products").json["total"] == 2


def test_products_filter_by_category_and_name(as_hq):
    tea = CategoryFactory()
    green = ProductFactory(name="龙井绿茶", category=tea)
    ProductFactory(name="普洱", category=tea)
    ProductFactory(name="绿豆糕")

    by_category = as_hq.get(f"/api/v1/products?category_id={tea.id}").json
    by_name = as_hq.get("/api/v1/products?q=绿茶").json
    wildcard = as_hq.get("/api/v1/products?q=%25").json

    assert by_category["total"] == 2
    assert [p["id"] for p in by_name["items"]] == [green.id]
    assert wildcard["total"] == 0


# --- pins ------------------------------------------------------------------------------------

def test_pinning_twice_updates_the_one_pin(as_hq, org):
    product = ProductFactory()
    body = {"product_id": product.id, "org_unit_id": org.branch_a.id}

    first = as_hq.post("/api/v1/pins", json=body)
    again = as_hq.post("/api/v1/pins", json={**body, "featured": True})

    assert first.status_code == again.status_code == 201
    assert again.json["id"] == first.json["id"] and again.json["featured"] is True
    assert [p["id"] for p in as_hq.get("/api/v1/pins").json] == [first.json["id"]]
    assert as_hq.delete(f"/api/v1/pins/{first.json['id']}").status_code == 204
    assert as_hq.get("/api/v1/pins").json == []


@pytest.mark.parametrize("unknown", ["product_id", "org_unit_id"])
def test_a_pin_of_an_unknown_product_or_unit_is_404(as_hq, org, unknown):
    body = {"product_id": ProductFactory().id, "org_unit_id": org.team_a1.id, unknown: 999_999}

    assert as_hq.post("/api/v1/pins", json=body).status_code == 404
    assert as_hq.delete("/api/v1/pins/999999").status_code == 404


# --- import ----------------------------------------------------------------------------------

CHINESE_HEADER = ["名称", "分类", "副标题", "售价", "划线价", "库存", "佣金比例", "标签", "上架",
                  "排序"]
GOOD_ROWS = [
    ["西湖龙井", "茶叶", "明前特级", "12.80", "15.00", "20", "5%", "新品，热卖", "是", "1"],
    ["云南普洱", "茶叶", "", "¥1,299.00", "", "", "3", "", "否", ""],
    ["手工饼干", "零食", "", "8", "", "0", "", "", "", "2"],
]


def csv_bytes(rows, encoding="utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def upload(client, url, raw: bytes, filename: str):
    return client.post(url, data={"file": (io.BytesIO(raw), filename)},
                       content_type="multipart/form-data")


def import_file(client, raw: bytes, filename: str):
    return upload(client, "/api/v1/products/import", raw, filename)


def assert_imported(db, response):
    assert response.status_code == 201, response.json
    assert response.json["created"] == 3
    products = {p.name: p for p in db.session.scalars(select(Product))}
    tea, puer, biscuit = products["西湖龙井"], products["云南普洱"], products["手工饼干"]
    assert (tea.price, tea.list_price, tea.stock, tea.commission_rate_bps) == (1280, 1500, 20, 500)
    assert tea.tags == ["新品", "热卖"] and tea.subtitle == "明前特级" and tea.on_sale is True
    assert (puer.price, puer.list_price, puer.stock, puer.on_sale) == (129900, None, None, False)
    assert puer.commission_rate_bps == 300
    assert (biscuit.price, biscuit.stock, biscuit.sort_order) == (800, 0, 2)
    assert tea.category.name == puer.category.name == "茶叶"
    assert biscuit.category.name == "零食"
    assert sorted(c.name for c in db.session.scalars(select(Category))) == ["茶叶", "零食"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_import_reads_chinese_headers_in_any_excel_encoding(as_hq, db, encoding):
    raw = csv_bytes([CHINESE_HEADER, *GOOD_ROWS], encoding)

    assert_imported(db, import_file(as_hq, raw, "商品.csv"))


def test_xlsx_import_reads_numbers_and_text(as_hq, db):
    book = Workbook()
    sheet = book.active
    sheet.append(CHINESE_HEADER)
    sheet.append(["西湖龙井", "茶叶", "明前特级", 12.8, 15, 20, "5%", "新品、热卖", "是", 1])
    sheet.append(["云南普洱", "茶叶", None, "¥1,299.00", None, None, 3, None, "否", None])
    sheet.append([None] * 10)  # a blank row in the middle is skipped
    sheet.append(["手工饼干", "零食", None, 8, None, 0, None, None, None, 2])
    out = io.BytesIO()
    book.save(out)

    assert_imported(db, import_file(as_hq, out.getvalue(), "商品.XLSX"))


def test_import_reads_english_headers(as_hq, db):
    raw = csv_bytes([["name", "category", "price", "stock", "on_sale"],
                     ["Tea", "Drinks", "9.90", "5", "yes"]])

    response = import_file(as_hq, raw, "products.csv")

    assert response.status_code == 201
    product = db.session.scalar(select(Product))
    assert (product.name, product.price, product.stock, product.category.name) == (
        "Tea", 990, 5, "Drinks")


def test_import_turns_a_description_into_text_blocks_and_checks_the_cover(as_hq, db):
    rows = [["名称", "售价", "描述", "封面"],
            ["龙井", "10", "第一段\n\n第二段", "https://cdn.example.com/a.png"],
            ["普洱", "10", "", "http://cdn.example.com/b.png"]]

    refused = import_file(as_hq, csv_bytes(rows), "商品.csv")
    accepted = import_file(as_hq, csv_bytes(rows[:2]), "商品.csv")

    assert refused.status_code == 422 and set(refused.json["error"]["fields"]["rows"]) == {"3"}
    assert accepted.status_code == 201
    product = db.session.scalar(select(Product))
    assert product.detail == [{"type": "text", "text": "第一段"},
                              {"type": "text", "text": "第二段"}]
    assert product.cover_url == "https://cdn.example.com/a.png"


def test_import_uses_existing_categories_and_creates_unknown_ones(as_hq, db):
    existing = CategoryFactory(name="茶叶")

    import_file(as_hq, csv_bytes([CHINESE_HEADER, *GOOD_ROWS]), "商品.csv")

    categories = {c.name: c.id for c in db.session.scalars(select(Category))}
    assert categories["茶叶"] == existing.id and set(categories) == {"茶叶", "零食"}


def test_bad_rows_are_reported_by_row_number_and_nothing_is_imported(as_hq, db):
    ProductFactory()  # the catalog is not empty
    before = count(db, Product), count(db, Category)
    rows = [CHINESE_HEADER, GOOD_ROWS[0],
            ["", "新分类", "", "10", "", "", "", "", "", ""],  # row 3: no name
            GOOD_ROWS[1],
            ["坏价格", "新分类", "", "12.345", "10", "-1", "60", "", "也许", "x"]]  # row 5

    response = import_file(as_hq, csv_bytes(rows), "商品.csv")

    assert response.status_code == 422
    errors = response.json["error"]["fields"]["rows"]
    assert set(errors) == {"3", "5"}
    assert len(errors["5"]) == 5  # price, stock, commission, on sale, sort order
    assert (count(db, Product), count(db, Category)) == before


@pytest.mark.parametrize("price", ["abc", "12.345", "-1", "NaN", "sNaN", "Infinity", "1e12"])
def test_an_unreadable_price_is_a_row_error(as_hq, db, price):
    raw = csv_bytes([["名称", "售价"], ["茶", price]])

    response = import_file(as_hq, raw, "商品.csv")

    assert response.status_code == 422, price
    assert "2" in response.json["error"]["fields"]["rows"]
    assert count(db, Product) == 0


@pytest.mark.parametrize(("raw", "filename"), [
    (b"", "empty.csv"),
    ("名称,售价\n".encode(), "header-only.csv"),
    ("分类,库存\n茶叶,5\n".encode(), "no-name-column.csv"),
    ("名称,库存\n茶,5\n".encode(), "no-price-column.csv"),
    (b"not a workbook", "broken.xlsx"),
    (b"\xff\xfe\xff\xfe\x81", "undecodable.csv"),
])
def test_an_unusable_file_is_422(as_hq, db, raw, filename):
    response = import_file(as_hq, raw, filename)

    assert response.status_code == 422
    assert "file" in response.json["error"]["fields"]
    assert count(db, Product) == 0


def leaves(messages) -> list[str]:
    """An error body's messages for one field, however deeply marshmallow nested them."""
    if isinstance(messages, dict):
        return [m for found in messages.values() for m in leaves(found)]
    return list(messages)


@pytest.mark.parametrize(("column", "cell", "field", "body"), [
    ("描述", "\n".join(f"第 {n} 段" for n in range(80)), "detail",
     [{"type": "text", "text": f"第 {n} 段"} for n in range(80)]),
    ("标签", "、".join(f"标签{n}" for n in range(11)), "tags", [f"标签{n}" for n in range(11)]),
    ("标签", "新品、" + "长" * 21, "tags", ["新品", "长" * 21]),
    ("副标题", "卖" * 201, "subtitle", "卖" * 201),
    ("名称", "茶" * 101, "name", "茶" * 101),
])
def test_an_import_row_is_refused_as_the_api_refuses_the_same_product(as_hq, db, column, cell,
                                                                        field, body):
    # given what the API says of a product with this value
    api = as_hq.post("/api/v1/products", json={"name": "茶", "price": 100, field: body})
    assert api.status_code == 422
    expected = [f"{column}：{message}" for message in leaves(api.json["error"]["fields"][field])]

    # when a file has a row with the same value in its column
    row = {"名称": "茶", "售价": "1", column: cell}
    response = import_file(as_hq, csv_bytes([list(row), list(row.values())]), "商品.csv")

    # then the row gets the API's messages, and nothing is cut to fit
    assert response.status_code == 422
    assert response.json["error"]["fields"]["rows"] == {"2": expected}
    assert count(db, Product) == 0


@pytest.fixture
def import_cap(app, monkeypatch):
    monkeypatch.setitem(app.config, "IMPORT_MAX_ROWS", 3)
    return 3


def test_an_import_past_the_row_cap_is_refused_without_reading_the_rest(as_hq, db, import_cap):
    # given 4 good rows, then one no CSV reader takes (a cell past its limit)
    rows = [["名称", "售价"]] + [[f"茶{n}", "1"] for n in range(4)] + [["x" * 131_073, "1"]]

    response = import_file(as_hq, csv_bytes(rows), "商品.csv")

    # then the cap refuses it at row 5: the unreadable row 6 was never read
    assert response.status_code == 422
    assert response.json["error"]["message"] == "一次最多导入 3 行"
    assert response.json["error"]["fields"] == {"file": ["第 5 行：超过 3 行的上限，请分批导入"]}
    assert count(db, Product) == 0


def test_an_import_at_the_row_cap_is_imported(as_hq, db, import_cap):
    rows = [["名称", "售价"]] + [[f"茶{n}", "1"] for n in range(3)]

    assert import_file(as_hq, csv_bytes(rows), "商品.csv").status_code == 201


@pytest.mark.parametrize(("raw", "filename", "problem"), [
    (csv_bytes([["名称", "售价"], ["茶", "1"], ["x" * 131_073, "1"]]), "商品.csv",
     "第 3 行：有单元格超过 131072 个字符"),
    ("名称,售价\n茶,1\n普\x00洱,1\n".encode(), "商品.csv",
     "第 3 行：含有空字符（NUL），请检查文件是否为表格文本"),
    ("名称,售价,名称\n茶,1,茶\n".encode(), "商品.csv", "第 1 行：「名称」列重复"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "商品.xls",
     "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV"),
])
def test_a_malformed_file_is_422_naming_the_row(as_hq, db, raw, filename, problem):
    response = import_file(as_hq, raw, filename)

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"file": [problem]}
    assert count(db, Product) == 0


def test_an_excel_file_renamed_csv_is_422(as_hq, db):
    book = Workbook()
    book.active.append(["名称", "售价"])
    book.active.append(["茶", 1])
    out = io.BytesIO()
    book.save(out)

    response = import_file(as_hq, out.getvalue(), "商品.csv")

    assert response.status_code == 422
    assert "不是 CSV" in response.json["error"]["fields"]["file"][0]


def test_a_zip_bomb_is_422(as_hq, db, app):
    # given an XLSX of a few kilobytes whose sheet unpacks past the bound
    limit = app.config["IMPORT_XLSX_MAX_BYTES"]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive, \
            archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
        for _ in range(limit // 2**20 + 1):
            sheet.write(b"<row/>" * (2**20 // 6 + 1))

    response = import_file(as_hq, out.getvalue(), "商品.xlsx")

    assert response.status_code == 422
    assert response.json["error"]["fields"]["file"] == [
        f"Excel 文件解压后超过 {limit // 2**20} MB，请分批导入"]


def test_import_without_a_file_is_422(as_hq):
    response = as_hq.post("/api/v1/products/import", data={}, content_type="multipart/form-data")

    assert response.status_code == 422


# --- uploads ---------------------------------------------------------------------------------

@pytest.fixture
def storage(app, tmp_path, monkeypatch):
    """Uploads go to a folder of this test."""
    root = tmp_path / "uploads"
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(root))
    monkeypatch.setitem(app.extensions, "storage", LocalStorage(root))
    return root


def png_bytes(size=(8, 6), color=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize("who", ["rep", "boss", "hq"])
def test_an_uploaded_image_is_served_from_media_for_a_year(role_clients, client, storage, who):
    data = png_bytes()

    response = upload(role_clients[who], "/api/v1/uploads", data, "photo.png")

    assert response.status_code == 201, response.json
    url = response.json["url"]
    assert url.startswith("/media/images/") and url.endswith(".png")
    served = client.get(url)
    assert served.status_code == 200 and served.data == data
    assert served.mimetype == "image/png"
    assert "immutable" in served.headers["Cache-Control"]
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert client.get(url, headers={"If-None-Match": served.headers["ETag"]}).status_code == 304


def test_the_same_image_uploaded_twice_has_one_url(as_rep, storage):
    data = png_bytes()

    first = upload(as_rep, "/api/v1/uploads", data, "a.png").json["url"]
    second = upload(as_rep, "/api/v1/uploads", data, "b.jpg").json["url"]

    assert first == second
    assert len([p for p in storage.rglob("*") if p.is_file()]) == 1


def test_a_text_file_named_png_is_a_bad_image(as_rep, storage):
    response = upload(as_rep, "/api/v1/uploads", b"just some text, not pixels", "evil.png")

    assert response.status_code == 422
    assert response.json["error"]["code"] == "bad_image"
    assert not storage.exists() or not any(storage.rglob("*.png"))


def test_an_image_over_the_size_limit_is_refused(app, as_rep, storage, monkeypatch):
    data = png_bytes(size=(64, 64))
    monkeypatch.setitem(app.config, "UPLOAD_MAX_BYTES", len(data) - 1)

    response = upload(as_rep, "/api/v1/uploads", data, "big.png")

    assert response.status_code == 422
    assert response.json["error"]["code"] == "file_too_large"


def test_an_upload_without_a_file_is_422(as_rep, storage):
    response = as_rep.post("/api/v1/uploads", data={}, content_type="multipart/form-data")

    assert response.status_code == 422


@pytest.mark.parametrize("key", ["../secret.png", "images/../../secret.png",
                                 "%2e%2e/secret.png", "..%2fsecret.png",
                                 "images/%2e%2e/%2e%2e/secret.png"])
def test_a_media_key_outside_the_upload_folder_is_404(client, storage, key):
    # given a real image just outside the upload folder
    storage.mkdir(parents=True, exist_ok=True)
    (storage.parent / "secret.png").write_bytes(png_bytes())

    response = client.get(f"/media/{key}")

    assert response.status_code == 404


@pytest.mark.parametrize("key", ["images/ab/missing.png", "images/ab/file.txt", "images"])
def test_a_missing_or_unknown_media_key_is_404(client, storage, key):
    storage.mkdir(parents=True, exist_ok=True)
    (storage / "images").mkdir()
    (storage / "images" / "ab").mkdir()
    (storage / "images" / "ab" / "file.txt").write_text("text")

    assert client.get(f"/media/{key}").status_code == 404
