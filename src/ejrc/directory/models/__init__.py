from .contact import Contact, ContactRequest, Visibility
from .invitation import Invitation
from .link import CooperationLink
from .membership import Membership
from .organisation import (
    CooperationInterest,
    Organisation,
    OrganisationInterest,
    OrganisationKind,
    OrganisationStatus,
)
from .profile_details import Label, OrganisationRelation
from .revision import ProfileRevision
from .sector import Sector, SectorScheme

__all__ = [
    "Contact",
    "ContactRequest",
    "CooperationInterest",
    "CooperationLink",
    "Invitation",
    "Label",
    "Membership",
    "Organisation",
    "OrganisationInterest",
    "OrganisationKind",
    "OrganisationRelation",
    "OrganisationStatus",
    "ProfileRevision",
    "Sector",
    "SectorScheme",
    "Visibility",
]
