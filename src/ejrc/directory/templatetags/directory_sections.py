"""``{% page_sections "profile" organisation %}``: the sections higher apps add to a page."""

from django import template
from django.utils.safestring import mark_safe

from ejrc.directory.page_sections import render_page_sections

register = template.Library()


@register.simple_tag(takes_context=True)
def page_sections(context, name, subject):
    return mark_safe("".join(render_page_sections(name, subject, context["request"])))
