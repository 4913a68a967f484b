import zoneinfo

from django.utils import timezone

TIMEZONE_COOKIE = "ejrc_tz"


def viewer_timezone(request):
    """The viewer's own zone: their profile's, else the one their browser reported, else UTC."""
    user = getattr(request, "user", None)
    name = getattr(user, "time_zone", "") if user and user.is_authenticated else ""
    name = name or request.COOKIES.get(TIMEZONE_COOKIE, "")
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
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
