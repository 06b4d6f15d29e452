"""The training journey on phones (Debian's chromium): HQ publishes a quiz from the bank 产品知识
and an action task (让客户打开 the demo's 龙井) for 上海一队 through the task form; a rep of the
team finds both in 我的任务, passes the quiz with every answer right and earns its points; a
customer with no login opens the rep's link to the tea and the action task's page counts it
within its refresh; the branch's boss reads both reports and finds the rep on the
leaderboard. Each phone runs against `live_server` (the demo seeded) at 375x667 and fails on
any console error. Screenshots go to $SHOTS_DIR.
"""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from playwright.sync_api import expect
from sqlalchemy import func, select

from tests.web.browser import assert_fits_phone, browser_test, phone_page, screenshot, sign_in
from tests.web.test_marketing_journey import shared_link

QUIZ = "龙井产品知识小测"
ACTION = "让 2 位客户打开龙井礼盒"
# the year after the phones' (and the company's) today: the picker offers years by it
NEXT_YEAR = datetime.now(ZoneInfo("Asia/Shanghai")).year + 1


def go_back(page) -> None:
    page.locator(".van-nav-bar__left").tap()


def settled(page) -> None:
    """Every sheet closed and toast gone, for the screenshot of what is under them."""
    expect(page.locator(".van-popup:visible, .van-toast:visible")).to_have_count(0)


def pick_due_next_year(page) -> None:
    """截止时间 a year from today at 23:59 (the field's default clock): the date picker's
    year column, then 下一步 to the time and 确定."""
    field = page.locator(".datetime-field", has_text="截止时间")
    field.tap()
    picker = page.locator(".datetime-field__picker")
    year = str(NEXT_YEAR)
    picker.locator(".van-picker-column").first.locator(
        ".van-picker-column__item", has_text=year).tap()
    picker.get_by_role("button", name="下一步").tap()
    picker.get_by_role("button", name="确定").tap()
    expect(field.locator("input")).to_have_value(re.compile(rf"^{year}-\d\d-\d\d 23:59$"))


def pick_audience(page, unit) -> None:
    page.locator(".audience-field").tap()
    sheet = page.locator(".audience-sheet")
    sheet.locator(f".van-cell[data-unit-id='{unit.id}']").tap()
    sheet.get_by_role("button", name="确定").tap()
    expect(page.locator(".audience-field input")).to_have_value(unit.name)


def save_and_publish(page) -> int:
    """Tap 保存并发布: the draft is written, then published; the report page opens."""
    with page.expect_response(re.compile(r"/api/v1/training/tasks/\d+/publish$")) as published:
        page.get_by_test_id("save-publish").tap()
    assert published.value.status == 200, published.value.text()
    task_id = published.value.json()["id"]
    expect(page).to_have_url(re.compile(rf"/hq/training/{task_id}$"))
    expect(page.locator(".report-head")).to_have_attribute("data-state", "published")
    expect(page.locator(".van-toast")).to_contain_text("已发布")
    settled(page)
    return task_id


@browser_test
def test_hq_publishes_a_quiz_and_an_action_task_a_rep_does_both_and_the_boss_follows(
    live_server, phone, browser, db
):
    from app.org.models import OrgUnit, User
    from app.shop.models import Product
    from app.training.models import Question, QuestionBank, TaskAudience, TrainingTask

    team = db.session.scalar(select(OrgUnit).filter_by(name="上海一队"))
    rep = db.session.scalar(select(User).filter_by(username="rep01"))
    assert rep.org_unit_id == team.id
    tea = db.session.scalar(select(Product).where(Product.name.contains("龙井")))
    bank = db.session.scalar(select(QuestionBank).filter_by(name="产品知识"))
    questions = list(db.session.scalars(select(Question).where(
        Question.bank_id == bank.id, Question.enabled.is_(True)).order_by(Question.id)))
    answers = {q.id: [q.options[key] for key in q.answer] for q in questions}
    team_reps = db.session.scalar(select(func.count()).select_from(User).where(
        User.org_unit_id == team.id, User.role == "rep", User.active.is_(True)))
    team_id, team_name, rep_id, tea_id, tea_name = team.id, team.name, rep.id, tea.id, tea.name
    db.session.commit()
    page, problems = phone

    # given HQ on 培训任务, opened from the HQ home
    sign_in(page, live_server, "admin")
    expect(page).to_have_url(re.compile(r"/hq$"))
    page.locator(".training-entries").get_by_text("培训任务").tap()
    expect(page).to_have_url(re.compile(r"/hq/training$"))
    expect(page.locator(".training-admin__list")).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "training-hq-tasks")

    # when HQ makes a quiz of the bank 产品知识 for 上海一队, due a year from now
    page.locator(".van-nav-bar").get_by_role("button", name="新建任务").tap()
    expect(page).to_have_url(re.compile(r"/hq/training/new$"))
    page.get_by_role("radio", name="测验").tap()
    expect(page.get_by_role("radio", name="测验")).to_have_attribute("aria-checked", "true")
    page.get_by_label("标题", exact=True).fill(QUIZ)
    pick_due_next_year(page)
    pick_audience(page, team)
    page.get_by_test_id("pick-questions").tap()
    sheet = page.locator(".question-picker")
    sheet.get_by_role("button", name=f"产品知识（{len(questions)}）").tap()
    expect(sheet.get_by_role("button", name=re.compile("^产品知识"))).to_have_attribute(
        "aria-pressed", "true")
    for question in questions:
        sheet.locator(f".van-cell[data-question-id='{question.id}']").tap()
    screenshot(page, "training-hq-pick-questions")
    sheet.get_by_role("button", name=f"完成（已选 {len(questions)} 道）").tap()
    chosen = page.locator(".quiz-questions .van-cell[data-question-id]")
    expect(chosen).to_have_count(len(questions))
    expect(chosen.first).to_contain_text(f"1. {questions[0].stem}")
    settled(page)
    assert_fits_phone(page)
    screenshot(page, "training-hq-quiz-form")
    quiz_id = save_and_publish(page)

    # then the quiz is published for the team with those questions, first pass worth 10
    expect(page.locator(".report-head")).to_contain_text(QUIZ)
    expect(page.get_by_test_id("completion")).to_contain_text(f"0 / {team_reps} 人已完成")
    screenshot(page, "training-hq-quiz-report")
    course_id = db.session.scalar(select(TrainingTask.id).where(
        TrainingTask.title == "新品龙井冲泡课"))
    quiz = db.session.get(TrainingTask, quiz_id)
    assert (quiz.kind, quiz.title, quiz.state, quiz.pass_percent, quiz.attempt_points) == (
        "quiz", QUIZ, "published", 80, [10, 7, 5, 2])
    assert quiz.due_at.year == NEXT_YEAR
    assert db.session.execute(select(TaskAudience.kind, TaskAudience.ref_id).filter_by(
        task_id=quiz_id)).all() == [("unit", team_id)]
    db.session.commit()

    # when HQ makes an action task the same way: 2 customers to open the tea, for the team
    go_back(page)
    expect(page).to_have_url(re.compile(r"/hq/training$"))
    page.locator(".van-nav-bar").get_by_role("button", name="新建任务").tap()
    expect(page).to_have_url(re.compile(r"/hq/training/new$"))
    page.get_by_role("radio", name="行动任务").tap()
    page.get_by_label("标题", exact=True).fill(ACTION)
    pick_due_next_year(page)
    pick_audience(page, team)
    page.get_by_placeholder("选择要完成的事").tap()
    page.locator(".van-action-sheet").get_by_role("button", name="让 N 位客户打开…").tap()
    page.get_by_placeholder("如 20").fill("2")
    page.locator(".van-field", has_text="指定商品").tap()
    picker = page.locator(".search-picker", has_text="选择商品")
    picker.get_by_placeholder("搜索名称").fill("龙井")
    picker.get_by_placeholder("搜索名称").press("Enter")
    picker.locator(".van-cell", has_text=tea_name).tap()
    expect(page.locator(".goal-fields__preview")).to_have_text(
        f"员工看到：让 2 位客户打开{tea_name}")
    settled(page)
    assert_fits_phone(page)
    screenshot(page, "training-hq-action-form")
    action_id = save_and_publish(page)

    # then it counts customers opening that product, for the team
    expect(page.locator(".report-head")).to_contain_text(f"让 2 位客户打开{tea_name}")
    action = db.session.get(TrainingTask, action_id)
    assert (action.kind, action.goal, action.goal_target, action.goal_object_type,
            action.goal_object_id) == ("action", "customer_opens", 2, "product", tea_id)
    assert db.session.execute(select(TaskAudience.kind, TaskAudience.ref_id).filter_by(
        task_id=action_id)).all() == [("unit", team_id)]
    db.session.commit()
    assert problems == []

    with phone_page(browser) as (staff, staff_problems):
        # when a rep of 上海一队 opens 我的任务 from their home
        staff.clock.install()  # the action task's page reads its count again every 30 s
        sign_in(staff, live_server, "rep01")
        expect(staff).to_have_url(re.compile(r"/rep$"))
        staff.locator(".entry-grid").get_by_text("我的任务").tap()
        expect(staff).to_have_url(re.compile(r"/training$"))

        # then both new tasks are there to do
        quiz_card = staff.locator(f".task-card[data-task-id='{quiz_id}']")
        action_card = staff.locator(f".task-card[data-task-id='{action_id}']")
        expect(quiz_card).to_contain_text(QUIZ)
        expect(quiz_card).to_contain_text("10 积分")  # one attempt: its pass earns 10
        expect(quiz_card.get_by_test_id("task-state")).to_have_text("待完成")
        expect(action_card).to_contain_text(ACTION)
        expect(action_card).to_contain_text("0/2")
        quiz_card.scroll_into_view_if_needed()
        assert_fits_phone(staff)
        screenshot(staff, "training-rep-tasks")

        # when they open the quiz and start it
        quiz_card.tap()
        expect(staff).to_have_url(re.compile(rf"/training/{quiz_id}$"))
        panel = staff.locator(".quiz-panel")
        expect(panel).to_contain_text(f"{len(questions)} 道")
        expect(panel.locator(".van-cell", has_text="通过积分")).to_contain_text("第 1 次 10")
        expect(panel).not_to_contain_text("第 2 次")  # one try only
        screenshot(staff, "training-rep-quiz")
        staff.get_by_test_id("start-quiz").tap()
        expect(staff).to_have_url(re.compile(r"/training/attempts/\d+$"))

        # and answer every question right (the options are shown by key, in the bank's order)
        cards = staff.locator(".quiz-question")
        expect(cards).to_have_count(len(questions))
        for question_id, right in answers.items():
            card = staff.locator(f".quiz-question[data-question-id='{question_id}']")
            for text in right:
                option = card.locator(".quiz-option", has_text=re.compile(
                    rf"^\s*[A-H]\. {re.escape(text)}\s*$"))
                option.tap()
                expect(option).to_have_attribute("aria-checked", "true")
            expect(card.locator(".quiz-option[aria-checked='true']")).to_have_count(len(right))
        expect(staff.locator(".attempt-bar")).to_contain_text("已全部作答")
        screenshot(staff, "training-rep-answering")
        with staff.expect_response(re.compile(r"/api/v1/training/attempts/\d+/submit$")) as sent:
            staff.get_by_test_id("submit-attempt").tap()
        assert sent.value.status == 200, sent.value.text()

        # then it is a pass, every answer right, with the first pass's points
        result = staff.get_by_test_id("attempt-result")
        expect(result).to_contain_text("100 分")
        expect(result).to_contain_text("通过")
        expect(result).to_contain_text(f"答对 {len(questions)}/{len(questions)} 题")
        expect(result).to_contain_text("获得 10 积分")
        expect(staff.locator(".quiz-question[data-correct='true']")).to_have_count(len(questions))
        assert_fits_phone(staff)
        screenshot(staff, "training-rep-quiz-passed")

        # when they go back to 我的任务 and open the action task
        go_back(staff)
        expect(staff).to_have_url(re.compile(rf"/training/{quiz_id}$"))
        expect(staff.locator(".quiz-attempts")).to_contain_text("+10 积分")
        go_back(staff)
        expect(staff).to_have_url(re.compile(r"/training$"))
        action_card.tap()
        expect(staff).to_have_url(re.compile(rf"/training/{action_id}$"))
        goal = staff.get_by_test_id("action-goal")
        expect(goal).to_contain_text(f"让 2 位客户打开{tea_name}")
        expect(goal.locator(".action-goal__figure")).to_have_text("0 / 2")
        screenshot(staff, "training-rep-action")

        # and the rep shares the tea from the task (去分享) and a customer with no login opens
        # the link
        with staff.expect_response(re.compile(r"/api/v1/shares$")) as made:
            goal.get_by_role("button", name="去分享").tap()
        assert made.value.request.post_data_json == {
            "object_type": "product", "object_id": tea_id, "channel": "link"}
        link = shared_link(staff)
        screenshot(staff, "training-rep-share")
        staff.locator(".van-overlay").last.tap(position={"x": 20, "y": 20})
        settled(staff)
        with phone_page(browser) as (customer, customer_problems):
            with customer.expect_response(re.compile(r"/api/v1/shops/[^/]+/visits$")) as visit:
                customer.goto(link)
            assert visit.value.ok and visit.value.json()["recorded"], visit.value.text()
            expect(customer.get_by_role("heading", name=tea_name)).to_be_visible()
            assert_fits_phone(customer)
            screenshot(customer, "training-customer-product")
            assert customer_problems == []

        # then, within the page's refresh, the action task counts 1 of 2
        staff.clock.fast_forward(31_000)
        expect(goal.locator(".action-goal__figure")).to_have_text("1 / 2")
        expect(goal.locator(".van-progress__pivot")).to_have_text("50%")
        assert_fits_phone(staff)
        screenshot(staff, "training-rep-action-counted")
        assert staff_problems == []

    with phone_page(browser) as (boss, boss_problems):
        # when the boss of 华东分公司 opens 培训任务 and the quiz's report
        sign_in(boss, live_server, "boss01")
        expect(boss).to_have_url(re.compile(r"/boss$"))
        boss.locator(".entry-grid").get_by_text("培训任务").tap()
        expect(boss).to_have_url(re.compile(r"/boss/training$"))
        expect(boss.locator(f".van-cell[data-task-id='{action_id}']")).to_contain_text(ACTION)
        screenshot(boss, "training-boss-tasks")
        boss.locator(f".van-cell[data-task-id='{quiz_id}']").tap()
        expect(boss).to_have_url(re.compile(rf"/boss/training/{quiz_id}$"))

        # then the rep is done, with the score and the points
        expect(boss.locator(".van-nav-bar__title")).to_have_text("任务完成情况")
        expect(boss.get_by_test_id("completion")).to_contain_text(f"1 / {team_reps} 人已完成")
        row = boss.locator(f".report-people .van-cell[data-user-id='{rep_id}']")
        expect(row).to_contain_text("已完成")
        expect(row).to_contain_text(f"{team_name} · 最高 100 分 · 测验 1 次 · 10 积分")
        expect(boss.locator(".score-band[data-range='90-100']")).to_contain_text("1 人")
        row.scroll_into_view_if_needed()
        assert_fits_phone(boss)
        screenshot(boss, "training-boss-quiz-report")

        # when they open the action task's report, then the rep is at 1 of 2
        go_back(boss)
        expect(boss).to_have_url(re.compile(r"/boss/training$"))
        boss.locator(f".van-cell[data-task-id='{action_id}']").tap()
        expect(boss).to_have_url(re.compile(rf"/boss/training/{action_id}$"))
        row = boss.locator(f".report-people .van-cell[data-user-id='{rep_id}']")
        expect(row).to_contain_text("待完成")
        expect(row).to_contain_text(f"{team_name} · 1/2")
        expect(boss.get_by_test_id("completion")).to_contain_text(f"0 / {team_reps} 人已完成")
        assert_fits_phone(boss)
        screenshot(boss, "training-boss-action-report")

        # and the demo's course, for every team: its report narrows to one team and back
        go_back(boss)
        expect(boss).to_have_url(re.compile(r"/boss/training$"))
        boss.locator(f".van-cell[data-task-id='{course_id}']").tap()
        units = boss.locator(".report-units .van-cell")
        expect(units).to_have_count(2)
        units.filter(has_text="杭州二队").tap()
        expect(boss).to_have_url(re.compile(rf"/boss/training/{course_id}\?unit_id=\d+$"))
        expect(units).to_have_count(1)
        expect(boss.locator(".report-people .van-cell").first).to_contain_text("杭州二队")
        screenshot(boss, "training-boss-course-team")
        boss.get_by_test_id("report-all-units").tap()
        expect(units).to_have_count(2)

        # when they open 积分排行 from their home
        go_back(boss)
        expect(boss).to_have_url(re.compile(r"/boss/training$"))
        go_back(boss)
        expect(boss).to_have_url(re.compile(r"/boss$"))
        boss.locator(".entry-grid").get_by_text("积分排行").tap()
        expect(boss).to_have_url(re.compile(r"/training/leaderboard$"))

        # then this month's board lists the rep with the quiz's points
        board = boss.locator(".leaderboard")
        expect(board.locator(".page-tip")).to_contain_text("华东分公司")
        mine = boss.locator(f".leaderboard__row[data-user-id='{rep_id}']")
        expect(mine.locator(".leaderboard__points")).to_have_text("10")
        screenshot(boss, "training-boss-leaderboard-month")

        # and today's puts them first, with the gold medal
        boss.locator(".status-tabs").get_by_role("tab", name="今日").tap()
        first = boss.locator(".leaderboard__row").first
        expect(first).to_have_attribute("data-user-id", str(rep_id))
        expect(first).to_have_attribute("data-rank", "1")
        expect(first).to_have_class(re.compile(r"leaderboard__row--top"))
        expect(first.locator(".leaderboard__points")).to_have_text("10")
        expect(first.locator(".leaderboard__medal")).to_have_text("🥇")
        boss.locator(".status-tabs .van-tabs__line").evaluate(
            "el => Promise.all(el.getAnimations().map((a) => a.finished))")
        assert_fits_phone(boss)
        screenshot(boss, "training-boss-leaderboard-today")

        # and the board of the rep's team alone, picked from the boss's tree
        boss.get_by_test_id("leaderboard-unit").tap()
        boss.locator(".search-picker .van-cell", has_text="上海一队").tap()
        expect(board.locator(".page-tip")).to_contain_text("上海一队")
        expect(boss.locator(".leaderboard__row").first).to_have_attribute(
            "data-user-id", str(rep_id))
        settled(boss)
        screenshot(boss, "training-boss-leaderboard-team")
        assert boss_problems == []
