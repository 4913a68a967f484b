"""Logo files: who may fetch them, moving them out of ``pending/`` on approval, deleting the unused.

A proposed logo waits under ``logos/pending/``, where only the organisation's members and staff
may fetch it. Approval copies it to ``logos/``, which is public (a web server may serve that
folder directly, never ``pending/``). Files that no profile and no live proposal uses any more
are deleted once the transaction has committed, so that a rollback never loses a file in use.
"""

import posixpath

from django.db import transaction

from ejrc.directory.models import Organisation, OrganisationStatus, ProfileRevision

PUBLIC_FOLDER = "logos/"


def may_fetch(user, name):
    """Published profiles' logos to everyone; a proposed one to the organisation's members and staff."""
    if Organisation.objects.filter(logo=name, status=OrganisationStatus.PUBLISHED).exists():
        return True
    owners = Organisation.objects.filter(revisions__logo=name).distinct()
    return any(user.has_perm("directory.view_revisions", organisation) for organisation in owners)


def publish_logo(*, revision, organisation):
    """Give ``organisation`` the approved logo of ``revision`` in the public folder."""
    if not revision.logo:
        return
    storage, pending, replaced = revision.logo.storage, revision.logo.name, organisation.logo.name
    with storage.open(pending) as source:
        public = storage.save(PUBLIC_FOLDER + posixpath.basename(pending), source)
    organisation.logo = revision.logo = public
    _delete_when_unused([pending, replaced])


def discard_logo(revision):
    """The proposal is withdrawn or rejected: its logo goes unless another proposal kept it."""
    if revision.logo:
        _delete_when_unused([revision.logo.name])


def _delete_when_unused(names):
    storage = ProfileRevision._meta.get_field("logo").storage

    def delete():
        for name in filter(None, names):
            in_use = (Organisation.objects.filter(logo=name).exists()
                      or ProfileRevision.objects.filter(logo=name, status=ProfileRevision.Status.PENDING).exists())
            if not in_use:
                storage.delete(name)

    transaction.on_commit(delete)
