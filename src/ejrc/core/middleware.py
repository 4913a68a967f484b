import functools
import zoneinfo

from django.utils import timezone

TIMEZONE_COOKIE = "ejrc_tz"


@functools.cache
def known_zones():
    """The IANA zone names: only these are looked up, so no value ever reaches the file system."""
    return frozenset(zoneinfo.available_timezones())


def viewer_timezone(request):
    """The viewer's own zone: their profile's, else the one their browser reported, else UTC.

    The cookie is whatever the browser sends (``Europe``, ``../``, 300 characters…): a name that
    is not a known zone is ignored.
    """
    user = getattr(request, "user", None)
    candidates = [getattr(user, "time_zone", "") if user and user.is_authenticated else ""]
    candidates.append(request.COOKIES.get(TIMEZONE_COOKIE, ""))
    for name in candidates:
        if name in known_zones():
            return zoneinfo.ZoneInfo(name)
    return None


class UserTimezoneMiddleware:
    """Activates the viewer's time zone so that templates show times in their own zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = viewer_timezone(request)
        if zone:
            timezone.activate(zone)
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
