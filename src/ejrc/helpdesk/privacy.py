"""The helpdesk's part of people's privacy rights and its retention rule (``ejrc.core`` finds it).

Inquiries are personal data whether or not the sender has an account. A person with an
account gets theirs (signed in, or from any of their addresses) in "download my data" and
erased with the account. Everyone else's are erased two years after they were closed
(``helpdesk_inquiries``), or on request by staff in the back office.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ejrc.core.personal_data import register_personal_data
from ejrc.core.retention import register_retention_rule

from .domain.erasure import erase_inquiries, inquiries_of
from .models import Inquiry, InquiryStatus, MessageKind


def _iso(moment):
    return moment.isoformat() if moment else None


def export_for(user):
    rows = inquiries_of(user).select_related("office", "country", "prefecture").prefetch_related("messages")
    return {"helpdesk_inquiries": [
        {"reference": i.reference, "topic": i.topic, "side": i.side, "country": i.country.code,
         "prefecture": i.prefecture.code if i.prefecture_id else None, "name": i.name,
         "organisation": i.organisation_name, "email": i.email, "language": i.language, "message": i.message,
         "attachment": i.attachment_name, "office": i.office.code, "status": i.status, "sent": _iso(i.created),
         "thread": [{"from": "you" if m.kind == MessageKind.SENDER else "helpdesk", "body": m.body,
                     "sent": _iso(m.created)} for m in i.messages.all() if m.kind != MessageKind.NOTE]}
        for i in rows if i.anonymised_at is None
    ]}


def erase_for(user):
    erase_inquiries(inquiries_of(user))


def before_erasure(user):
    count = inquiries_of(user).filter(anonymised_at=None).count()
    if not count:
        return []
    return [_("Your %(count)s inquiry(ies) to the helpdesk will be erased, with the replies.") % {"count": count}]


def erase_closed_inquiries(cutoff):
    return erase_inquiries(Inquiry.objects.filter(status=InquiryStatus.CLOSED, closed_at__lt=cutoff))


register_personal_data("helpdesk", export=export_for, erase=erase_for, before_erasure=before_erasure)
register_retention_rule(
    "helpdesk_inquiries", days=730, apply=erase_closed_inquiries,
    description=gettext_lazy("Inquiries to the helpdesk: after this period from their closing, the sender's "
                             "name, address and words, the replies and the attachment are erased; only the "
                             "reference, topic, office and dates remain for the figures."),
)
