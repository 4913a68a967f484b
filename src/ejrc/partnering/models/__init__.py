from .interest import ExpressionOfInterest, InterestMessage
from .opportunity import (
    Direction,
    Opportunity,
    OpportunityKind,
    OpportunityPartnerKind,
    OpportunityStatus,
    PartnerSide,
    ReferenceCounter,
)

__all__ = [
    "Direction",
    "ExpressionOfInterest",
    "InterestMessage",
    "Opportunity",
    "OpportunityKind",
    "OpportunityPartnerKind",
    "OpportunityStatus",
    "PartnerSide",
    "ReferenceCounter",
]
