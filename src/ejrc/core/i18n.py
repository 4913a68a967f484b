"""Helpers for content kept in several languages side by side (``name_en``, ``name_ja``…)."""

from dataclasses import dataclass

from django.utils.translation import get_language

CONTENT_LANGUAGES = ("en", "ja")


def current_language():
    return (get_language() or "en").split("-")[0]


def localized(obj, field, language=None):
    """The value of ``field`` in the viewer's language, falling back to English."""
    language = language or current_language()
    value = getattr(obj, f"{field}_{language}", "") if language in CONTENT_LANGUAGES else ""
    return value or getattr(obj, f"{field}_en", "")


@dataclass(frozen=True)
class Bilingual:
    """A text in the viewer's language (``text``, in ``lang``) and, beside it, the other one.

    ``other`` is empty when the other language has no text or says the same thing.
    ``str()`` gives the main text, so ``{{ name }}`` still reads well in a template.
    """

    text: str
    lang: str
    other: str = ""
    other_lang: str = ""

    def __str__(self):
        return self.text


def bilingual(obj, field, language=None):
    """``field`` of ``obj`` in the viewer's language, with the other language beside it.

    When the viewer's language is empty the other language becomes the main text, and ``lang``
    says so: a Japanese reader of a region without a Japanese name sees the English one, marked
    ``lang="en"``.
    """
    language = language or current_language()
    if language not in CONTENT_LANGUAGES:
        language = "en"
    other_language = "en" if language == "ja" else "ja"
    main = getattr(obj, f"{field}_{language}", "") or ""
    other = getattr(obj, f"{field}_{other_language}", "") or ""
    if not main:
        return Bilingual(text=other, lang=other_language if other else language)
    return Bilingual(text=main, lang=language, other=other if other != main else "", other_lang=other_language)
