"""Erasing an inquiry's personal data, on request or when its retention period ends.

What identifies or was written by the sender, and what staff wrote back, is blanked; the
attachment is deleted; the private link stops working (404). What remains (reference, topic,
office, side, country and the dates) keeps the helpdesk's figures right and says nothing of
the person. FAQ entries started from a reply lose their link to it (and were written anew).
"""

import secrets

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..models import FaqEntry, Inquiry, InquiryMessage, InquiryStatus


def erase_inquiries(inquiries):
    """Blank ``inquiries`` (a queryset); how many were erased."""
    now = timezone.now()
    rows = list(inquiries.filter(anonymised_at=None))
    files = [inquiry.attachment.name for inquiry in rows if inquiry.attachment]
    for inquiry in rows:
        inquiry.name = inquiry.organisation_name = inquiry.email = inquiry.message = inquiry.attachment_name = ""
        inquiry.attachment = ""
        inquiry.region = inquiry.sender_user = None
        inquiry.token = f"erased-{secrets.token_hex(16)}"
        inquiry.anonymised_at = now
        if inquiry.status != InquiryStatus.CLOSED:
            inquiry.status, inquiry.closed_at = InquiryStatus.CLOSED, now
    Inquiry.objects.bulk_update(rows, ["name", "organisation_name", "email", "message", "attachment_name",
                                       "attachment", "region", "sender_user", "token", "anonymised_at", "status",
                                       "closed_at"])
    FaqEntry.objects.filter(source__inquiry__in=rows).update(source=None)
    InquiryMessage.objects.filter(inquiry__in=rows).delete()
    storage = Inquiry._meta.get_field("attachment").storage
    transaction.on_commit(lambda: [storage.delete(name) for name in files])
    return len(rows)


def inquiries_of(user):
    """The inquiries a person sent: signed in, or from one of their addresses."""
    addresses = {user.email.lower()} | {a.lower() for a in user.emailaddress_set.values_list("email", flat=True)}
    by_address = Q()
    for address in addresses:
        by_address |= Q(email__iexact=address)
    return Inquiry.objects.filter(Q(sender_user=user) | by_address)
