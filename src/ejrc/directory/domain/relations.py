"""Standing relations between profiles, e.g. a cluster that is a member of a network."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.directory.models import OrganisationRelation


@transaction.atomic
def add_relation(*, actor, source, target, kind):
    """``source`` declares a relation to ``target`` (its admins may do so)."""
    if not actor.has_perm("directory.change_organisation", source):
        raise PermissionDenied
    if source.pk == target.pk:
        raise ValidationError(_("An organisation cannot be related to itself."))
    relation, _created = OrganisationRelation.objects.get_or_create(source=source, target=target, kind=kind)
    log_action(actor=actor, action="directory.relation.add", subject=source,
               data={"target": target.pk, "kind": kind})
    return relation


@transaction.atomic
def remove_relation(*, actor, relation):
    if not actor.has_perm("directory.change_organisation", relation.source):
        raise PermissionDenied
    log_action(actor=actor, action="directory.relation.remove", subject=relation.source,
               data={"target": relation.target_id, "kind": relation.kind})
    relation.delete()
