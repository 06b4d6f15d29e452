"""The harness of `make bench` (bench/run.py) on captured wrk 4.1 output and made-up figures: no
server."""

from email.message import Message

import pytest

from bench.run import (
    SCALE_HELLO,
    BenchError,
    WrkParseError,
    check_wrk_errors,
    cookies_set,
    first_product_id,
    goal_outcomes,
    parse_targets_override,
    parse_wrk,
    target_rows,
)

# wrk -t2 -c32 -d3s --latency -s bench/report.lua http://127.0.0.1:18081/
WITH_REPORT = """\
Running 3s test @ http://127.0.0.1:18081/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.47ms    6.50ms  95.07ms   92.82%
    Req/Sec     3.67k   781.54     5.10k    65.00%
  Latency Distribution
     50%    3.98ms
     75%    5.11ms
     90%    9.56ms
     99%   35.58ms
  22038 requests in 3.02s, 3.59MB read
Requests/sec:   7287.09
Transfer/sec:      1.19MB
WRK_JSON {"requests": 22038, "duration_us": 3024254, "bytes": 3768498, "errors": {"connect": 0, \
"read": 0, "write": 0, "status": 0, "timeout": 0}, "latency_us": {"p50": 3984, "p90": 9560, \
"p99": 35577, "max": 95065, "mean": 5472.94}}
"""

# wrk -t2 -c32 -d2s --latency http://127.0.0.1:18081/nope (no lua script: the text report)
NOT_FOUND = """\
Running 2s test @ http://127.0.0.1:18081/nope
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     7.04ms    7.95ms 115.10ms   91.20%
    Req/Sec     2.82k     0.88k    5.70k    63.41%
  Latency Distribution
     50%    6.23ms
     75%    7.98ms
     90%   13.77ms
     99%   39.85ms
  11540 requests in 2.11s, 4.11MB read
  Non-2xx or 3xx responses: 11540
Requests/sec:   5480.27
Transfer/sec:      1.95MB
"""

# The text report in other units, with socket errors.
SLOW_WITH_SOCKET_ERRORS = """\
Running 10s test @ http://127.0.0.1:5000/
  2 threads and 32 connections
  Latency Distribution
     50%  812.00us
     75%    1.20ms
     90%  900.50ms
     99%    1.52s
  1000 requests in 10.00s, 1.00MB read
  Socket errors: connect 0, read 3, write 0, timeout 8
Requests/sec:    100.00
"""


def test_reads_the_json_line_of_report_lua():
    figures = parse_wrk(WITH_REPORT)
    assert figures["rps"] == pytest.approx(22038 / 3.024254)
    assert figures["p50_ms"] == pytest.approx(3.984)
    assert figures["p99_ms"] == pytest.approx(35.577)
    assert figures["requests"] == 22038
    assert figures["errors"] == dict.fromkeys(("connect", "read", "write", "status", "timeout"), 0)
    check_wrk_errors("hello", figures)


def test_falls_back_on_the_text_report_and_agrees_with_it():
    text_only = WITH_REPORT.split("WRK_JSON")[0]
    figures = parse_wrk(text_only)
    assert figures["rps"] == pytest.approx(7287.09)
    assert figures["p50_ms"] == pytest.approx(3.98)
    assert figures["p99_ms"] == pytest.approx(35.58)
    json_figures = parse_wrk(WITH_REPORT)
    assert figures["rps"] == pytest.approx(json_figures["rps"], rel=1e-3)
    assert figures["p99_ms"] == pytest.approx(json_figures["p99_ms"], abs=0.01)


def test_non_2xx_responses_are_an_error():
    figures = parse_wrk(NOT_FOUND)
    assert figures["errors"]["status"] == 11540
    with pytest.raises(BenchError, match="11540 of 11540 responses were not 2xx"):
        check_wrk_errors("shop_json", figures)


def test_time_units_and_socket_errors():
    figures = parse_wrk(SLOW_WITH_SOCKET_ERRORS)
    assert figures["p50_ms"] == pytest.approx(0.812)
    assert figures["p99_ms"] == pytest.approx(1520.0)
    assert figures["errors"]["read"] == 3
    assert figures["errors"]["timeout"] == 8
    with pytest.raises(BenchError, match="11 socket errors in 1000 requests"):
        check_wrk_errors("shop_json", figures)


@pytest.mark.parametrize("output", [
    "",
    "unable to connect to 127.0.0.1:5000 Connection refused\n",
    NOT_FOUND.replace("Requests/sec:   5480.27\n", ""),
    NOT_FOUND.replace("     99%   39.85ms\n", ""),
    'WRK_JSON {"requests": 1}\n',
])
def test_unreadable_output_is_an_error_not_a_zero(output):
    with pytest.raises(WrkParseError):
        parse_wrk(output)


def test_targets_override_and_product_id():
    assert parse_targets_override("shop_json=/a, product_page=/s/{shop_code}") == {
        "shop_json": "/a", "product_page": "/s/{shop_code}"}
    assert parse_targets_override("") == {}
    for bad in ("shop_json", "shop_json=a", "hello=/"):
        with pytest.raises(BenchError):
            parse_targets_override(bad)
    assert first_product_id({"featured": [{"id": 7}], "categories": []}) == 7
    assert first_product_id({"featured": [], "categories": [
        {"id": 1, "name": "x", "products": []}, {"id": 2, "name": "y", "products": [{"id": 9}]},
    ]}) == 9
    with pytest.raises(BenchError):
        first_product_id({"featured": [], "categories": []})


def figures(rps, p99_ms):
    return {"rps": rps, "p50_ms": p99_ms / 4, "p99_ms": p99_ms, "requests": int(rps * 10)}


def test_each_server_s_targets_are_against_its_own_hello_world():
    demo = target_rows({"hello": figures(4000, 20), "shop_json": figures(2400, 40)}, "hello", 32)
    scale = target_rows({SCALE_HELLO: figures(3000, 10), "dashboard": figures(900, 30),
                         "rep_table": figures(600, 80)}, SCALE_HELLO, 16)

    ratios = {t["name"]: (t["ratio"], t["connections"]) for t in demo + scale}
    assert ratios == {"hello": (1.0, 32), "shop_json": (0.6, 32), SCALE_HELLO: (1.0, 16),
                      "dashboard": (0.3, 16), "rep_table": (0.2, 16)}
    goals = {g["target"]: (g["met"], g["connections"], g["comparable"])
             for g in goal_outcomes(demo + scale)}
    assert goals == {"shop_json": (True, 32, True), "dashboard": (True, 16, True),
                     "rep_table": (False, 16, True)}  # under 25% and p99 over 50 ms


def test_a_goal_measured_at_other_connections_is_not_comparable():
    rows = target_rows({"hello": figures(4000, 20), "shop_json": figures(2400, 40)}, "hello", 8)
    assert [g["comparable"] for g in goal_outcomes(rows)] == [False]


def test_the_cookies_of_every_set_cookie_header():
    headers = Message()
    headers["Set-Cookie"] = "qg_session=abc.def; Secure; HttpOnly; Path=/; SameSite=Lax"
    headers["Set-Cookie"] = "qg_visitor=v1; Path=/"
    assert cookies_set(headers) == {"qg_session": "abc.def", "qg_visitor": "v1"}
    assert cookies_set(Message()) == {}


def test_a_scale_target_may_be_overridden_with_a_query():
    assert parse_targets_override("dashboard=/api/v1/dashboard/today?period=month&x=1") == {
        "dashboard": "/api/v1/dashboard/today?period=month&x=1"}


def test_a_warm_up_may_complete_nothing_but_a_measured_run_may_not():
    nothing = parse_wrk(WITH_REPORT.replace('"requests": 22038', '"requests": 0'))

    check_wrk_errors("rep_table (warm-up)", nothing, warmup=True)
    with pytest.raises(BenchError, match="completed no request"):
        check_wrk_errors("rep_table", nothing)
