"""Who hears of what in the helpdesk. Every message goes through core's outbox, after commit.

The sender is written to in the language they wrote in, always with their private link; an
office at its address, in English for Strasbourg and in Japanese for the Japanese offices, and
the assignee (if any) in their own language.
"""

from ejrc.core.mail import send_mail_to


def office_language(office):
    return "en" if office.covers_europe else "ja"


def _track_link(inquiry):
    return ("helpdesk:track", {"token": inquiry.token})


def _staff_link(inquiry):
    return ("helpdesk:inquiry", {"reference": inquiry.reference})


def _office_and_assignee(inquiry):
    recipients = [(inquiry.office.email, office_language(inquiry.office))]
    if inquiry.assignee_id and inquiry.assignee.is_active:
        recipients.append(inquiry.assignee)
    return recipients


def inquiry_received(inquiry):
    send_mail_to([(inquiry.email, inquiry.language)], template="helpdesk/email/inquiry_received",
                 context={"inquiry": inquiry}, link=_track_link(inquiry))
    send_mail_to([(inquiry.office.email, office_language(inquiry.office))], template="helpdesk/email/inquiry_new",
                 context={"inquiry": inquiry}, link=_staff_link(inquiry))


def replied(inquiry, message):
    send_mail_to([(inquiry.email, inquiry.language)], template="helpdesk/email/reply",
                 context={"inquiry": inquiry, "message": message}, link=_track_link(inquiry))


def sender_wrote(inquiry, message):
    send_mail_to(_office_and_assignee(inquiry), template="helpdesk/email/sender_wrote",
                 context={"inquiry": inquiry, "message": message}, link=_staff_link(inquiry))


def assigned(inquiry):
    send_mail_to([inquiry.assignee], template="helpdesk/email/assigned", context={"inquiry": inquiry},
                 link=_staff_link(inquiry))


def handed_over(inquiry, *, previous_office, note):
    send_mail_to([(inquiry.office.email, office_language(inquiry.office))], template="helpdesk/email/handed_over",
                 context={"inquiry": inquiry, "previous_office": previous_office, "note": note},
                 link=_staff_link(inquiry))
