from .content import EpaGuide, Initiative
from .funding import Currency, Deadline, Instrument
from .news import NewsletterDelivery, NewsletterIssue, Post, PostKind, Subscriber, Tag
from .practice import (
    LANGUAGES,
    BestPractice,
    PracticeAttachment,
    PracticeFigure,
    PracticePartner,
    ReviewStatus,
    Side,
)

__all__ = [
    "LANGUAGES", "BestPractice", "Currency", "Deadline", "EpaGuide", "Initiative", "Instrument",
    "NewsletterDelivery", "NewsletterIssue", "Post", "PostKind", "PracticeAttachment", "PracticeFigure",
    "PracticePartner", "ReviewStatus", "Side", "Subscriber", "Tag",
]
