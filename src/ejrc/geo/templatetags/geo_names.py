"""``{% bilingual obj "name" %}``: a name in the reader's language with the other one beside it."""

from django import template
from django.utils.html import format_html

from ejrc.core.i18n import current_language, localized, other_language_value

register = template.Library()


@register.simple_tag
def bilingual(obj, field="name"):
    if obj is None:
        return ""
    main = localized(obj, field)
    other = other_language_value(obj, field)
    if not other:
        return main
    other_language = "en" if current_language() == "ja" else "ja"
    return format_html('{} <span class="other-language" lang="{}">{}</span>', main, other_language, other)
