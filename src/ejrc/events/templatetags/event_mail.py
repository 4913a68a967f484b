"""``{% mail_time moment event_zone participant_zone %}``: plain text for e-mails."""

from django import template

from ejrc.events.domain.times import in_two_zones

register = template.Library()


@register.simple_tag
def mail_time(moment, event_zone, participant_zone):
    pair = in_two_zones(moment, event_zone=event_zone, viewer_zone=participant_zone)
    here = pair.here.strftime("%Y-%m-%d %H:%M %Z")
    return f"{here} ({pair.there:%Y-%m-%d %H:%M %Z})" if pair.there else here
