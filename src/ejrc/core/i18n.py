"""Helpers for content kept in several languages side by side (``name_en``, ``name_ja``…)."""

from django.utils.translation import get_language

CONTENT_LANGUAGES = ("en", "ja")


def current_language():
    return (get_language() or "en").split("-")[0]


def localized(obj, field, language=None):
    """The value of ``field`` in the viewer's language, falling back to English."""
    language = language or current_language()
    value = getattr(obj, f"{field}_{language}", "") if language in CONTENT_LANGUAGES else ""
    return value or getattr(obj, f"{field}_en", "")


def other_language_value(obj, field, language=None):
    """The value in the other language, shown beside the main one when it differs."""
    language = language or current_language()
    other = "en" if language == "ja" else "ja"
    value = getattr(obj, f"{field}_{other}", "")
    return value if value and value != localized(obj, field, language) else ""
