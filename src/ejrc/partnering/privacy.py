"""Partnering's part of people's privacy rights ("download my data", "delete my account").

Found by ``ejrc.core.personal_data`` (each app's ``privacy`` module). What a person wrote on
behalf of an organisation (interests, messages, opportunities) stays with the organisations
when the account goes, without the author (the foreign keys are set to NULL).
"""

from ejrc.core.personal_data import register_personal_data

from .models import ExpressionOfInterest, InterestMessage, Opportunity


def _iso(moment):
    return moment.isoformat() if moment else None


def export_for(user):
    return {
        "opportunities_created": [
            {"reference": o.reference, "title_en": o.title_en, "title_ja": o.title_ja, "status": o.status,
             "created": _iso(o.created)}
            for o in Opportunity.objects.filter(created_by=user)
        ],
        "interests_expressed": [
            {"opportunity": i.opportunity.reference, "organisation": i.organisation.slug, "message": i.message,
             "status": i.status, "sent": _iso(i.created)}
            for i in ExpressionOfInterest.objects.filter(created_by=user).select_related("opportunity", "organisation")
        ],
        "messages_written": [
            {"opportunity": m.interest.opportunity.reference, "body": m.body, "sent": _iso(m.created)}
            for m in InterestMessage.objects.filter(author=user).select_related("interest__opportunity")
        ],
    }


register_personal_data("partnering", export=export_for)
