"""CheckedCache: values kept per process, their version checked at most every max_age; with
serve_stale, one thread rebuilds a key while the others serve what it had."""

import threading

import pytest

from app.core.cache import CheckedCache
from tests.clock import Clock


def test_while_one_thread_rebuilds_the_others_get_the_old_value_at_once():
    clock = Clock()
    cache = CheckedCache(2.0, clock=clock, serve_stale=True)
    assert cache.get("k", lambda: 1, lambda: "old") == (1, "old")
    clock.now += 5  # the check is due, and the version has moved
    building, release = threading.Event(), threading.Event()

    def slow_build():
        building.set()
        release.wait(5)
        return "new"

    rebuilt = []
    rebuilder = threading.Thread(target=lambda: rebuilt.append(
        cache.get("k", lambda: 2, slow_build)))
    rebuilder.start()
    assert building.wait(5)

    # a second reader while the rebuild runs: the old value, no second build
    builds = []
    assert cache.get("k", lambda: 2, lambda: builds.append(1) or "twice") == (1, "old")
    assert builds == []

    release.set()
    rebuilder.join(5)
    assert rebuilt == [(2, "new")]
    assert cache.get("k", lambda: 2, lambda: "again") == (2, "new")


def test_without_serve_stale_every_reader_checks_for_itself():
    clock = Clock()
    cache = CheckedCache(2.0, clock=clock)
    cache.get("k", lambda: 1, lambda: "old")
    clock.now += 5

    assert cache.get("k", lambda: 2, lambda: "new") == (2, "new")


def test_a_failed_check_lets_the_next_reader_check_again():
    clock = Clock()
    cache = CheckedCache(2.0, clock=clock, serve_stale=True)
    cache.get("k", lambda: 1, lambda: "old")
    clock.now += 5

    def broken():
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        cache.get("k", broken, lambda: "never")
    assert cache.get("k", lambda: 2, lambda: "new") == (2, "new")
