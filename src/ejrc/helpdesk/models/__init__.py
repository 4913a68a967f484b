from .faq import FaqEntry
from .inquiry import Inquiry, InquiryCounter, InquiryMessage, InquiryStatus, MessageKind, Side, Topic
from .office import Office

__all__ = ["FaqEntry", "Inquiry", "InquiryCounter", "InquiryMessage", "InquiryStatus", "MessageKind", "Office",
           "Side", "Topic"]
