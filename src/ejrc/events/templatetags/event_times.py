"""``{% event_time moment event %}``: a time in the event's zone with the viewer's beside it.

The viewer's zone is the one ``UserTimezoneMiddleware`` activated (their profile, else their
browser's); for an event in Strasbourg read from Japan it gives ``10:00 CEST (17:00 JST)``.
"""

from django import template
from django.utils import timezone
from django.utils.html import format_html

from ejrc.events.domain.times import in_two_zones

register = template.Library()


@register.simple_tag
def event_time(moment, event, with_date=False):
    pair = in_two_zones(moment, event_zone=event.zone, viewer_zone=timezone.get_current_timezone())
    pattern = "%Y-%m-%d %H:%M %Z" if with_date else "%H:%M %Z"
    here = format_html('<time datetime="{}">{}</time>', pair.here.isoformat(), pair.here.strftime(pattern))
    if pair.there is None:
        return here
    there_pattern = pattern if with_date or pair.there.date() == pair.here.date() else "%m-%d %H:%M %Z"
    return format_html('{} <span class="other-zone">({})</span>', here, pair.there.strftime(there_pattern))


@register.simple_tag
def clock(moment, zone):
    """``{% clock moment zone %}``: the time of day in ``zone`` with its abbreviation."""
    return timezone.localtime(moment, zone).strftime("%H:%M %Z")
