"""The one bilingual display helper: the viewer's language first, the other beside it."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from ejrc.core.i18n import Bilingual, bilingual

GIFU = SimpleNamespace(name_en="Gifu", name_ja="岐阜県")


def render(template, **context):
    return Template("{% load display %}" + template).render(Context(context))


@pytest.mark.parametrize(("language", "expected"), [
    ("en", Bilingual(text="Gifu", lang="en", other="岐阜県", other_lang="ja")),
    ("ja", Bilingual(text="岐阜県", lang="ja", other="Gifu", other_lang="en")),
])
def test_the_viewers_language_comes_first(language, expected):
    with translation.override(language):
        assert bilingual(GIFU, "name") == expected
        assert str(bilingual(GIFU, "name")) == expected.text


@pytest.mark.parametrize(("language", "name_en", "name_ja", "expected"), [
    ("ja", "Occitanie", "", Bilingual(text="Occitanie", lang="en")),
    ("en", "", "岐阜県", Bilingual(text="岐阜県", lang="ja")),
    ("en", "Tokyo", "Tokyo", Bilingual(text="Tokyo", lang="en", other="", other_lang="ja")),
    ("ja", "", "", Bilingual(text="", lang="ja")),
])
def test_an_empty_or_identical_language_falls_back_and_is_not_repeated(language, name_en, name_ja, expected):
    place = SimpleNamespace(name_en=name_en, name_ja=name_ja)
    with translation.override(language):
        assert bilingual(place, "name") == expected


def test_tag_marks_each_language():
    with translation.override("ja"):
        assert render("{% bilingual place %}", place=GIFU) == (
            '<span lang="ja">岐阜県</span> <span lang="en" class="other">Gifu</span>')
    with translation.override("en"):
        assert render("{% bilingual place %}", place=GIFU) == (
            '<span lang="en">Gifu</span> <span lang="ja" class="other">岐阜県</span>')


def test_tag_reads_any_field_and_shows_a_lone_language_alone():
    place = SimpleNamespace(capital_en="Gifu", capital_ja="")
    with translation.override("ja"):
        assert render('{% bilingual place "capital" %}', place=place) == '<span lang="en">Gifu</span>'
    assert render("{% bilingual place %}", place=None) == ""
    assert render("{% bilingual place %}", place=SimpleNamespace(name_en="", name_ja="")) == ""


def test_tag_escapes_the_text():
    place = SimpleNamespace(name_en="<b>R&D</b>", name_ja="")
    with translation.override("en"):
        assert render("{% bilingual place %}", place=place) == '<span lang="en">&lt;b&gt;R&amp;D&lt;/b&gt;</span>'


def test_parts_tag_gives_a_layout_of_ones_own():
    template = ('{% bilingual_parts place "name" as name %}'
                '<h1 lang="{{ name.lang }}">{{ name }}</h1><p lang="{{ name.other_lang }}">{{ name.other }}</p>')
    with translation.override("ja"):
        assert render(template, place=GIFU) == '<h1 lang="ja">岐阜県</h1><p lang="en">Gifu</p>'
