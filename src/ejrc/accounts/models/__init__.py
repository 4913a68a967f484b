from .consent import MarketingConsent
from .user import User

__all__ = ["MarketingConsent", "User"]
