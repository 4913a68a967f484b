from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def hours(value):
    """A duration in hours, readable: ``40 min``, ``5.5 h`` or ``3.2 days``; ``—`` when unknown."""
    if value is None:
        return "—"
    if value < 1:
        return _("%(minutes)d min") % {"minutes": round(value * 60)}
    if value < 48:
        return _("%(hours).1f h") % {"hours": value}
    return _("%(days).1f days") % {"days": value / 24}
