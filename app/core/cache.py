"""A per-process cache for what many requests read and few writes change (the public shop)."""

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Any

from flask import current_app


class CheckedCache:
    """Values by key, each kept with the version it was built from and checked against the
    database at most once every `max_age` seconds.

    Within `max_age` of its last check a value is served from the process; after that its
    version is read again (one small query) and the value rebuilt only if the version moved.
    So every process shows a change within `max_age` seconds without being told: no writer
    needs to know the cache exists, and nothing is missed when a process starts, forks or
    loses its connection. `max_age` 0 reads the version on every get.
    """

    def __init__(self, max_age: float, size: int = 2048,
                 clock: Callable[[], float] = time.monotonic, serve_stale: bool = False):
        self.max_age, self.size, self.clock = max_age, size, clock
        # serve_stale: while one thread checks (and maybe rebuilds) a key, the others get the
        # value it had at once instead of each rebuilding it: for values slow to build and
        # read by many (the boss view), where a value a build's time older is harmless.
        self.serve_stale = serve_stale
        self._checking: set[Hashable] = set()
        self._entries: OrderedDict[Hashable, tuple[Any, Any, float]] = OrderedDict()
        self._lock = Lock()

    def get(self, key: Hashable, read_version: Callable[[], Any],
            build: Callable[[], Any]) -> tuple[Any, Any]:
        """(version, value) of `key`. When the check is due, `read_version()` (which may raise,
        e.g. NotFound) and, if the version moved, `build()` run outside the lock."""
        # Taken before the read: a value is never served longer than max_age past the moment
        # its version was read, whatever the order in which threads store their entries.
        checked = self.clock()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and checked - entry[2] < self.max_age:
                self._entries.move_to_end(key)
                return entry[0], entry[1]
            if self.serve_stale:
                if entry is not None and key in self._checking:
                    return entry[0], entry[1]
                self._checking.add(key)
        try:
            version = read_version()
            # Built after its version was read: a value is never older than the version it
            # is kept under.
            value = entry[1] if entry is not None and entry[0] == version else build()
            with self._lock:
                self._entries[key] = (version, value, checked)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        finally:
            if self.serve_stale:
                with self._lock:
                    self._checking.discard(key)
        return version, value

    def kept(self, key: Hashable, load: Callable[[], Any]) -> Any:
        """What `load()` returned for `key`, called again at most every `max_age` seconds: for
        a value that is its own version (a row as read)."""
        return self.get(key, load, _nothing)[0]

    def discard(self, key: Hashable) -> None:
        """Check `key` against the database at its next get."""
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def _nothing() -> None:
    """The build of a value kept by kept(): its version is the value."""


def process_cache(name: str, setting: str, **options) -> CheckedCache:
    """The app's CheckedCache called `name`, made on first use with `max_age` from the config
    `setting` (one per process: forked workers each make their own)."""
    cache = current_app.extensions.get(name)
    if cache is None:
        cache = current_app.extensions.setdefault(
            name, CheckedCache(current_app.config[setting], **options))
    return cache
