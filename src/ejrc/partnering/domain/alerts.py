"""Saved searches and their e-mail digests: what is new since the last one, in the reader's language.

Each saved search is handled in a transaction of its own that moves ``sent_until`` forward
(claimed by one UPDATE from the value it had) and writes the digest into the mail outbox. A
run that stops half-way has sent the digests it committed and left the others due: run again,
nobody gets the same digest twice and nobody is skipped.

A matching profile (target ``matches``: an organisation's profile instead of a query) takes
the same path; only what counts as new differs (:mod:`.match_alerts`).
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.core.mail import send_mail_to, site_url
from ejrc.directory.domain.search import DIRECTORY_FACETS
from ejrc.directory.domain.search_engine import matching_rows
from ejrc.directory.domain.search_facets import FACET_KEYS
from ejrc.directory.domain.search_params import SearchParams
from ejrc.directory.models import Organisation, OrganisationStatus
from ejrc.directory.rules import role_in

from ..models import SavedSearch
from .match_alerts import new_matches
from .search import BOARD_FACETS, BOARD_KEYS, open_opportunities

PERIODS = {SavedSearch.Frequency.DAILY: timedelta(days=1), SavedSearch.Frequency.WEEKLY: timedelta(days=7)}
# A run may start a little earlier than the last one did: still due within this margin.
MARGIN = timedelta(hours=2)
MAX_ITEMS = 20
MAX_SAVED = 20
SEARCH_TARGETS = (SavedSearch.Target.OPPORTUNITIES, SavedSearch.Target.ORGANISATIONS)


def _params(saved_search):
    keys = BOARD_KEYS if saved_search.target == SavedSearch.Target.OPPORTUNITIES else FACET_KEYS
    return SearchParams.from_querydict(QueryDict(saved_search.query_string), keys=keys)


@transaction.atomic
def save_search(*, actor, target, query_string, frequency, name=""):
    """Save a search of the board or the directory (its query string, cleaned) for digests."""
    if not actor.is_authenticated:
        raise PermissionDenied
    if target not in SEARCH_TARGETS or frequency not in SavedSearch.Frequency.values:
        raise ValidationError(_("Choose what to watch and how often."))
    if SavedSearch.objects.filter(user=actor).count() >= MAX_SAVED:
        raise ValidationError(_("You have %(count)s saved searches already: delete one first.") % {"count": MAX_SAVED})
    saved = SavedSearch(user=actor, target=target, frequency=frequency, sent_until=timezone.now())
    saved.query_string = query_string or ""
    params = _params(saved)
    saved.query_string = params.query_string()
    saved.name = (name or params.query or str(SavedSearch.Target(target).label)).strip()[:120]
    saved.save()
    log_action(actor=actor, action="partnering.saved_search.create", subject=saved)
    return saved


@transaction.atomic
def save_matching_profile(*, actor, organisation, frequency):
    """Watch for new partners matching ``organisation``'s profile (the actor must be its member);
    saving it again changes the frequency and resumes a stopped one."""
    if not actor.is_authenticated or role_in(actor, organisation) is None:
        raise PermissionDenied
    if frequency not in SavedSearch.Frequency.values:
        raise ValidationError(_("Choose what to watch and how often."))
    saved = SavedSearch.objects.select_for_update().filter(user=actor, organisation=organisation).first()
    if saved is None:
        if SavedSearch.objects.filter(user=actor).count() >= MAX_SAVED:
            raise ValidationError(_("You have %(count)s saved searches already: delete one first.") % {
                "count": MAX_SAVED})
        saved = SavedSearch(user=actor, organisation=organisation, target=SavedSearch.Target.MATCHES,
                            sent_until=timezone.now(), name=(_("Partners for %(name)s") % {"name": organisation})[:120])
    saved.frequency, saved.active = frequency, True
    saved.save()
    log_action(actor=actor, action="partnering.saved_search.matching_profile", subject=saved)
    return saved


def new_items(saved_search, *, since, until):
    """What the saved search finds that was published after ``since`` and up to ``until``."""
    if saved_search.target == SavedSearch.Target.MATCHES:
        return new_matches(saved_search, since=since, until=until, limit=MAX_ITEMS)
    if saved_search.target == SavedSearch.Target.OPPORTUNITIES:
        rows = matching_rows(queryset=open_opportunities(), params=_params(saved_search), facets=BOARD_FACETS)
        rows = rows.select_related("organisation")
    else:
        rows = matching_rows(queryset=Organisation.objects.filter(status=OrganisationStatus.PUBLISHED),
                             params=_params(saved_search), facets=DIRECTORY_FACETS).select_related("country")
    return list(rows.filter(published_at__gt=since, published_at__lte=until).order_by("-published_at")[:MAX_ITEMS])


def _links(saved_search):
    """The results page and the one-click unsubscribe, in the reader's language."""
    with translation.override(saved_search.user.preferred_language or "en"):
        if saved_search.target == SavedSearch.Target.MATCHES:
            return (site_url("partnering:organisation-matches", slug=saved_search.organisation.slug),
                    site_url("partnering:unsubscribe", token=saved_search.token))
        name = "partnering:board" if saved_search.target == SavedSearch.Target.OPPORTUNITIES else "directory:search"
        results = site_url(name) + (f"?{saved_search.query_string}" if saved_search.query_string else "")
        return results, site_url("partnering:unsubscribe", token=saved_search.token)


def due(*, frequency, now):
    return SavedSearch.objects.filter(active=True, frequency=frequency, sent_until__lte=now - PERIODS[frequency] + MARGIN)


def send_digest(saved_search_id, *, now):
    """Send one saved search's digest if it is still due; True when a mail was written."""
    with transaction.atomic():
        saved = SavedSearch.objects.select_related("user", "organisation").get(pk=saved_search_id)
        since = saved.sent_until
        claimed = due(frequency=saved.frequency, now=now).filter(pk=saved.pk, sent_until=since).update(sent_until=now)
        if not claimed:
            return False
        items = new_items(saved, since=since, until=now)
        if not items:
            return False
        results, unsubscribe = _links(saved)
        send_mail_to([saved.user], template="partnering/email/digest", context={
            "saved_search": saved, "items": items, "results_url": results, "unsubscribe_url": unsubscribe,
            "opportunities": saved.target == SavedSearch.Target.OPPORTUNITIES,
            "matches": saved.target == SavedSearch.Target.MATCHES,
        })
        return True


def send_digests(*, frequency, now=None, stop_after=None):
    """Send the due digests of ``frequency``; ``stop_after`` ends the run early (as a crash
    would), for tests and for spreading a large run. Returns how many mails were written."""
    now = now or timezone.now()
    sent = 0
    for handled, pk in enumerate(due(frequency=frequency, now=now).order_by("pk").values_list("pk", flat=True)):
        if stop_after is not None and handled >= stop_after:
            break
        sent += send_digest(pk, now=now)
    return sent


@transaction.atomic
def unsubscribe(*, token, active=False):
    """Stop (or, with ``active``, resume) the digests of the saved search holding ``token``."""
    saved = SavedSearch.objects.select_for_update().get(token=token)
    saved.active = active
    if active:
        saved.sent_until = max(saved.sent_until, timezone.now())
    saved.save(update_fields=["active", "sent_until", "updated"])
    return saved


@transaction.atomic
def delete_saved_search(*, actor, saved_search):
    if saved_search.user_id != actor.pk:
        raise PermissionDenied
    saved_search.delete()
