"""Newsletter: subscribe (double opt-in), confirm and unsubscribe by signed link without
signing in; staff send an issue (in background batches)."""

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required

from ..domain import newsletter
from ..forms import SubscribeForm
from ..models import NewsletterIssue


SUBSCRIPTIONS_PER_HOUR = 10  # per network address: the double opt-in must not become a way to mail people


def _over_the_limit(request):
    key = f"knowledge-subscribe:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, timeout=3600)
    return cache.incr(key) > SUBSCRIPTIONS_PER_HOUR


def subscribe(request):
    form = SubscribeForm(request.POST or None, initial={"language": request.LANGUAGE_CODE})
    if request.method == "POST" and _over_the_limit(request):
        form.add_error(None, _("Too many subscriptions from your network in the last hour; please try again later."))
        return render(request, "knowledge/subscribe.html", {"form": form}, status=429)
    if request.method == "POST" and form.is_valid():
        if not form.cleaned_data["website"]:  # the honeypot: robots get the same answer and no mail
            newsletter.subscribe(email=form.cleaned_data["email"], language=form.cleaned_data["language"])
        return render(request, "knowledge/subscribe_sent.html", {"email": form.cleaned_data["email"]})
    return render(request, "knowledge/subscribe.html", {"form": form})


def confirm(request, token):
    try:
        subscriber = newsletter.confirm(token=token)
    except ValidationError as error:
        return render(request, "knowledge/subscription_link.html", {"error": " ".join(error.messages)}, status=400)
    return render(request, "knowledge/subscription_link.html", {"confirmed": subscriber})


@csrf_exempt  # the signed token is the secret; mail clients' one-click POST (RFC 8058) carries no cookie
def unsubscribe(request, token):
    try:
        subscriber = newsletter.unsubscribe(token=token)
    except ValidationError as error:
        return render(request, "knowledge/subscription_link.html", {"error": " ".join(error.messages)}, status=400)
    return render(request, "knowledge/subscription_link.html", {"unsubscribed": subscriber})


@permission_required("knowledge.send_newsletter")
def issues(request):
    return render(request, "knowledge/newsletter_issues.html", {
        "issues": NewsletterIssue.objects.order_by("-created")[:50]})


@permission_required("knowledge.send_newsletter")
@require_POST
def send(request, pk):
    issue = get_object_or_404(NewsletterIssue, pk=pk)
    try:
        newsletter.start_sending(actor=request.user, issue=issue)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The newsletter is being sent in the background."))
    return redirect("knowledge:newsletter-issues")
