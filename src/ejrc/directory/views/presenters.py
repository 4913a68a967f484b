"""What the profile page shows, prepared from a profile loaded by ``queries.profile_for_page``."""

from itertools import groupby

from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import bilingual
from ejrc.directory.domain import queries
from ejrc.directory.domain.abilities import profile_abilities
from ejrc.directory.domain.agreements import agreements_of
from ejrc.directory.models import CooperationLink, OrganisationRelation, ProfileRevision, SectorScheme
from ejrc.directory.domain.places import links_for_place, with_places


def place_url(organisation):
    """The place page of the profile's prefecture or region, when the geo pages exist."""
    try:
        if organisation.prefecture_id:
            return reverse("geo:prefecture", args=[organisation.prefecture.code])
        if organisation.region_id:
            return reverse("geo:region", args=[organisation.region.code])
    except NoReverseMatch:
        return ""
    return ""


def grouped_sectors(organisation):
    names = dict(SectorScheme.choices)
    order = list(names)
    sectors = sorted(organisation.sectors.all(), key=lambda s: (order.index(s.scheme), s.position))
    return [(names.get(scheme, scheme), list(items)) for scheme, items in groupby(sectors, key=lambda s: s.scheme)]


def cooperation_links(organisation, *, leave_out=()):
    """Links of the profile's place, then those naming the organisation itself, without repeats
    and without those in ``leave_out`` (its agreements, shown apart)."""
    place_links = list(links_for_place(prefecture=organisation.prefecture, region=organisation.region)) if (
        organisation.prefecture_id or organisation.region_id) else []
    own = with_places(CooperationLink.objects.filter(Q(eu_organisation=organisation) | Q(jp_organisation=organisation)))
    shown, links = {link.pk for link in leave_out}, []
    for link in [*place_links, *own]:
        if link.pk not in shown:
            shown.add(link.pk)
            links.append(link)
    return links


OUTGOING = {
    OrganisationRelation.Kind.MEMBER_OF: _("Member of {}"),
    OrganisationRelation.Kind.PART_OF: _("Part of {}"),
    OrganisationRelation.Kind.PARTNER_OF: _("Partner of {}"),
}
INCOMING = {
    OrganisationRelation.Kind.MEMBER_OF: _("Member: {}"),
    OrganisationRelation.Kind.PART_OF: _("Includes {}"),
    OrganisationRelation.Kind.PARTNER_OF: _("Partner: {}"),
}


def relation_phrases(organisation):
    """Sentences with a link to the other published profile, worded for each direction.

    Only confirmed relations (prefetched by ``queries.profile_for_page``) are shown.
    """
    def link(other):
        return format_html('<a href="{}">{}</a>', other.get_absolute_url(), other)

    out = [format_html(OUTGOING[r.kind], link(r.target)) for r in organisation.confirmed_relations_out
           if r.target.is_published]
    return out + [format_html(INCOMING[r.kind], link(r.source)) for r in organisation.confirmed_relations_in
                  if r.source.is_published]


def profile_context(organisation, user):
    today = timezone.localdate()
    abilities = profile_abilities(viewer=user, organisation=organisation)
    labels = [(label, bool(label.expires_on and label.expires_on < today)) for label in organisation.labels.all()]
    agreements = agreements_of(organisation)
    return {
        "organisation": organisation,
        "name": bilingual(organisation, "name"),
        "description": bilingual(organisation, "description"),
        "place_url": place_url(organisation),
        "sector_groups": grouped_sectors(organisation),
        "labels": labels,
        "relations": relation_phrases(organisation),
        "agreements": agreements,
        "links": cooperation_links(organisation, leave_out=agreements),
        "latest_revision": queries.latest_revision(organisation) if abilities["can_see_revisions"] else None,
        "revision_status": ProfileRevision.Status,
        **abilities,
    }
