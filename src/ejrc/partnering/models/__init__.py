from .interest import ExpressionOfInterest, InterestMessage
from .outcome import Outcome, OutcomeStage
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
    "Outcome",
    "OutcomeStage",
    "PartnerSide",
    "ReferenceCounter",
]
