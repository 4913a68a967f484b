"""Consent to marketing e-mail: asked with a versioned sentence, answered and kept with it.

When the sentence changes, add a new version (never edit an old one): the answers already
given stay tied to the words people actually saw.
"""

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ejrc.accounts.models import MarketingConsent
from ejrc.core.activity import log_action

WORDINGS = {
    "2026-12": _(
        "I would like to receive the helpdesk's newsletter and invitations to EU-Japan events "
        "by e-mail. I can withdraw this consent at any time on this page."
    ),
}
CURRENT_VERSION = "2026-12"


def current_wording():
    return str(WORDINGS[CURRENT_VERSION])


def current_consent(user):
    """The person's latest answer, or None if they were never asked."""
    return MarketingConsent.objects.filter(user=user).first()


@transaction.atomic
def record_marketing_consent(*, actor, user, given, language=None):
    """Keep the answer with the exact sentence shown (in ``language``) and its version."""
    language = language or translation.get_language() or "en"
    with translation.override(language):
        wording = current_wording()
    consent = MarketingConsent.objects.create(
        user=user, given=bool(given), version=CURRENT_VERSION, language=language, wording=wording
    )
    log_action(actor=actor, action="accounts.marketing_consent." + ("give" if given else "withdraw"),
               subject=user, data={"version": CURRENT_VERSION})
    return consent
