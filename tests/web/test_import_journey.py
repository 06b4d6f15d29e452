"""Browser journey: HQ imports products and customers, and reads what is wrong with a file."""

import re

from playwright.sync_api import expect

from tests.web.browser import browser_test, sign_in


def csv_file(text: str) -> dict:
    return {"name": "导入.csv", "mimeType": "text/csv", "buffer": text.encode()}


@browser_test
def test_hq_sees_each_bad_row_and_each_unreadable_file(live_server, phone):
    page, problems = phone
    sign_in(page, live_server, "admin")
    expect(page).not_to_have_url(re.compile(r"/login(\?|$)"))

    # given the products page, when HQ imports a file with a row the API would refuse
    page.goto(f"{live_server}/hq/products")
    tags = "、".join(f"标签{n}" for n in range(11))
    with page.expect_response(re.compile(r"/api/v1/products/import$")) as refused:
        page.locator("input[type=file]").set_input_files(
            csv_file(f"名称,售价,标签\n龙井,12.8,\n普洱,abc,{tags}\n"))

    # then the row is listed with each of its messages
    assert refused.value.status == 422
    errors = page.locator(".import-errors")
    expect(errors).to_contain_text("1 行有错误，未导入任何数据")
    expect(errors.locator("li")).to_have_text(
        ["第 3 行：售价：应为金额（元），最多两位小数；标签：长度不能超过 10"])

    # when the file cannot be read at all (a cell past what a CSV reader takes)
    with page.expect_response(re.compile(r"/api/v1/products/import$")) as unreadable:
        page.locator("input[type=file]").set_input_files(
            csv_file("名称,售价\n龙井,1\n" + "x" * 131_073 + ",1\n"))

    # then the file's problem names its row
    assert unreadable.value.status == 422
    expect(errors.locator("li")).to_have_text(["第 3 行：有单元格超过 131072 个字符"])

    # and the customer import page shows a row's messages the same way
    page.goto(f"{live_server}/hq/customers/import")
    with page.expect_response(re.compile(r"/api/v1/customers/import$")) as customers:
        page.locator("input[type=file]").set_input_files(
            csv_file("姓名,手机,性别,所属员工\n甲,1380000,未知,rep_a1\n"))
    assert customers.value.status == 422
    expect(page.locator(".import-errors li")).to_have_text(
        ["第 2 行：手机：请输入 11 位手机号；性别：应填 男 或 女"])
    assert [p for p in problems if "status of 422" not in p] == []
