"""The organiser's dashboard: a handful of figures, each one aggregate query, drawn as SVG bars."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils.translation import gettext as _

from ejrc.core.i18n import localized
from ejrc.directory.models import OrganisationKind
from ejrc.events.models import RegistrationStatus, SessionChoiceStatus
from ejrc.events.models.registration import ACTIVE_STATUSES
from ejrc.geo.models import Country, CountryGroup


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    share: float  # of the chart's longest bar, 0-100
    note: str = ""


@dataclass(frozen=True)
class Chart:
    caption: str
    bars: list

    @property
    def height(self):
        return 10 * max(len(self.bars), 1)


def _bars(pairs):
    pairs = list(pairs)
    longest = max((value for _label, value in pairs), default=0) or 1
    return [Bar(label, value, round(100 * value / longest, 1)) for label, value in pairs]


def dashboard(event):
    active = event.registrations.filter(status__in=ACTIVE_STATUSES)
    per_day = (active.annotate(day=TruncDate("created", tzinfo=event.zone)).values("day")
               .annotate(count=Count("id")).order_by("day"))
    running, over_time = 0, []
    for row in per_day:
        running += row["count"]
        over_time.append((row["day"].isoformat(), running))
    by_country = list(active.values("organisation__country").annotate(count=Count("id")).order_by("-count"))
    countries = Country.objects.in_bulk([row["organisation__country"] for row in by_country])
    kinds = dict(OrganisationKind.choices)
    by_kind = active.values("organisation__kind").annotate(count=Count("id")).order_by("-count")
    groups = active.aggregate(eu=Count("id", filter=Q(organisation__country__group=CountryGroup.EU)),
                              japan=Count("id", filter=Q(organisation__country__group=CountryGroup.JAPAN)),
                              total=Count("id"))
    visits = event.sessions.filter(capacity__isnull=False).annotate(
        taken=Count("choices", filter=Q(choices__status=SessionChoiceStatus.CONFIRMED)),
        waiting=Count("choices", filter=Q(choices__status=SessionChoiceStatus.WAITING))).order_by("starts_at")
    return {
        "total": groups["total"],
        "confirmed": active.filter(status=RegistrationStatus.CONFIRMED).count(),
        "charts": [
            Chart(_("Registrations over time"), _bars(over_time)),
            Chart(_("By country"), _bars((localized(countries[row["organisation__country"]], "name"), row["count"])
                                         for row in by_country)),
            Chart(_("By kind of organisation"), _bars(
                (str(kinds.get(row["organisation__kind"], row["organisation__kind"])), row["count"])
                for row in by_kind)),
            Chart(_("EU / Japan balance"), _bars([
                (_("European Union"), groups["eu"]), (_("Japan"), groups["japan"]),
                (_("Others"), groups["total"] - groups["eu"] - groups["japan"])])),
            Chart(_("Site-visit places"), [
                Bar(localized(visit, "title"), visit.taken, round(100 * visit.taken / visit.capacity, 1),
                    _("%(taken)s of %(capacity)s places, %(waiting)s waiting") % {
                        "taken": visit.taken, "capacity": visit.capacity, "waiting": visit.waiting})
                for visit in visits]),
        ],
    }
