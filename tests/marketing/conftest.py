"""Fixtures of the marketing tests: uploads in a folder of each test."""

import pytest

from tests.marketing.builders import use_storage


@pytest.fixture(autouse=True)
def storage(app, tmp_path, monkeypatch):
    root = tmp_path / "uploads"
    use_storage(app, root, monkeypatch)
    return root
