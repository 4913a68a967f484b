from .alerts import SavedSearch
from .interest import ExpressionOfInterest, InterestMessage
from .matching import MatchVector
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
    "MatchVector",
    "Opportunity",
    "OpportunityKind",
    "OpportunityPartnerKind",
    "OpportunityStatus",
    "Outcome",
    "OutcomeStage",
    "PartnerSide",
    "ReferenceCounter",
    "SavedSearch",
]
