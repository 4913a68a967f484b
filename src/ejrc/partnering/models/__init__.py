from .alerts import SavedSearch
from .interest import ExpressionOfInterest, InterestMessage
from .matching import MatchKey, MatchVector
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
    "MatchKey",
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
