from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils import translation

from ejrc.core.mail import send_rendered_mail


class AccountAdapter(DefaultAccountAdapter):
    """Signs people in to the site in their own language, and writes e-mail in it."""

    def get_login_redirect_url(self, request):
        language = getattr(request.user, "preferred_language", "") or translation.get_language()
        with translation.override(language):
            return reverse("home")

    def add_message(self, request, level, message_template=None, *args, **kwargs):
        """The sign-in greeting is read on the page people land on: in their own language."""
        language = getattr(request.user, "preferred_language", "")
        if message_template != "account/messages/logged_in.txt" or not language:
            return super().add_message(request, level, message_template, *args, **kwargs)
        with translation.override(language):
            return super().add_message(request, level, message_template, *args, **kwargs)

    def send_mail(self, template_prefix, email, context):
        """allauth's messages (address confirmation, password reset…) wait in the outbox too,
        so an outage of the mail server delays them instead of failing the request."""
        message = self.render_mail(template_prefix, email, context)
        send_rendered_mail(to=email, subject=message.subject, body=message.body,
                           language=translation.get_language(), template=template_prefix)

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.preferred_language = (translation.get_language() or "en").split("-")[0]
        if commit:
            user.save()
        return user
