"""Showing content kept in both languages: the viewer's language first, the other beside it.

``{% load display %}`` then:

- ``{% bilingual place %}`` (or ``{% bilingual obj "capital" %}``): inline, as
  ``<span lang="ja">岐阜県</span> <span lang="en" class="other">Gifu</span>``;
- ``{% bilingual_parts organisation "description" as description %}``: the parts
  (``description.text``, ``.lang``, ``.other``, ``.other_lang``) for a layout of one's own.
"""

from django import template
from django.utils.html import format_html

from ejrc.core.i18n import bilingual as bilingual_value

register = template.Library()


@register.simple_tag
def bilingual(obj, field="name"):
    if obj is None:
        return ""
    value = bilingual_value(obj, field)
    if not value.text:
        return ""
    main = format_html('<span lang="{}">{}</span>', value.lang, value.text)
    if not value.other:
        return main
    return format_html('{} <span lang="{}" class="other">{}</span>', main, value.other_lang, value.other)


@register.simple_tag
def bilingual_parts(obj, field="name"):
    return bilingual_value(obj, field)
