"""Fixtures of the core tests: committing in a test, and the test-only e-mail templates."""

from pathlib import Path

import pytest


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit when the block ends, as the real commit of a request would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def test_templates(settings):
    """``tests/email/greeting``: a subject with a translated word and a body with a link."""
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [Path(__file__).parent / "templates"]}]
