"""Which strategies fit a customer, and the reasons the rep reads: every condition a strategy
sets must hold, any of a condition's values is enough, disabled ones never fit, and the
highest priority comes first."""

import pytest

from app.strategies.models import Strategy
from app.strategies.services import Facts, matched_on, matching
from tests.strategies.builders import strategy


def unsaved(asks: dict) -> Strategy:
    """A strategy as matching reads it (its tag ids need not exist)."""
    return Strategy(name="策略", **asks)


def facts(segment="important_retain", stage="interested", tags=None, flags=(),
          follow_state="in_progress") -> Facts:
    return Facts(segment=segment, stage=stage, tags=tags or {}, flags=tuple(flags),
                 follow_state=follow_state)


CASES = {  # condition: (what the strategy asks, a customer it fits, one it does not, the line)
    "segments": ({"segments": ["important_retain", "important_keep"]},
                 facts(segment="important_retain"), facts(segment="general_retain"),
                 "分层：重要挽留"),
    "stages": ({"stages": ["interested"]}, facts(stage="interested"), facts(stage="deal"),
               "阶段：兴趣"),
    "tag_ids": ({"tag_ids": [7, 8]}, facts(tags={3: "老客", 8: "首单"}), facts(tags={3: "老客"}),
                "标签：首单"),
    "flags": ({"flags": ["fading"]}, facts(flags=["fading"]), facts(flags=["high_potential"]),
              "标记：渐退出"),
    "follow_states": ({"follow_states": ["lost", "no_interest"]}, facts(follow_state="lost"),
                      facts(follow_state="won"), "跟进状态：已流失"),
}


@pytest.mark.parametrize("condition", sorted(CASES))
def test_each_condition_alone(condition):
    # given a strategy with that one condition
    asks, fits, misses, line = CASES[condition]
    made = unsaved(asks)

    # then a customer who meets it fits, with the reason; one who does not, does not
    assert matched_on(made, fits) == [{"condition": condition, "text": line}]
    assert matched_on(made, misses) is None


def test_every_condition_set_must_hold():
    # given a strategy for 重要挽留 customers at stage 兴趣 who carry 首单
    asks = unsaved({"segments": ["important_retain"], "stages": ["interested"],
                     "tag_ids": [8]})

    # then a customer meeting all three fits, with one line per condition in a fixed order
    assert matched_on(asks, facts(tags={8: "首单"})) == [
        {"condition": "segments", "text": "分层：重要挽留"},
        {"condition": "stages", "text": "阶段：兴趣"},
        {"condition": "tag_ids", "text": "标签：首单"},
    ]
    # and missing any one of them is enough not to fit
    assert matched_on(asks, facts(tags={})) is None
    assert matched_on(asks, facts(stage="need", tags={8: "首单"})) is None
    assert matched_on(asks, facts(segment="important_keep", tags={8: "首单"})) is None


def test_a_customer_without_a_segment_does_not_fit_a_segment_strategy():
    assert matched_on(unsaved({"segments": ["general_retain"]}), facts(segment=None)) is None


def test_every_value_that_fits_is_named():
    asks = unsaved({"tag_ids": [1, 2, 5], "flags": ["fading", "high_potential"]})

    lines = matched_on(asks, facts(tags={1: "首单", 2: "老客", 3: "意向"},
                                   flags=["fading", "high_potential"]))

    assert lines == [{"condition": "tag_ids", "text": "标签：首单、老客"},
                     {"condition": "flags", "text": "标记：渐退出、高潜力"}]


def test_enabled_strategies_that_fit_come_highest_priority_first(org):
    # given strategies of several priorities, one disabled, one for another segment
    low = strategy(org.admin, "低", priority=10, stages=["interested"])
    high = strategy(org.admin, "高", priority=90, segments=["important_retain"])
    tie = strategy(org.admin, "同级", priority=10, follow_states=["in_progress"])
    strategy(org.admin, "停用", priority=99, stages=["interested"], enabled=False)
    strategy(org.admin, "别的分层", priority=95, segments=["important_value"])

    # when a 重要挽留 customer at stage 兴趣, in progress, is matched
    found = matching(facts())

    # then the enabled ones that fit come by priority, ties by age, each with its reason
    assert [(s.id, lines) for s, lines in found] == [
        (high.id, [{"condition": "segments", "text": "分层：重要挽留"}]),
        (low.id, [{"condition": "stages", "text": "阶段：兴趣"}]),
        (tie.id, [{"condition": "follow_states", "text": "跟进状态：跟进中"}]),
    ]
