"""Routes of the helpdesk's inquiry desk. The sender's pages are keyed by their private token."""

from django.urls import path

from .views import dashboard, faq, inbox, public

app_name = "helpdesk"

urlpatterns = [
    path("ask/", public.ask, name="ask"),
    path("track/<str:token>/", public.track, name="track"),
    path("track/<str:token>/write/", public.track_write, name="track-write"),
    path("track/<str:token>/attachment/", public.track_attachment, name="track-attachment"),
    path("faq/", faq.faq, name="faq"),
    path("faq/manage/", faq.faq_manage, name="faq-manage"),
    path("faq/new/", faq.faq_new, name="faq-new"),
    path("faq/<int:pk>/", faq.faq_edit, name="faq-edit"),
    path("inbox/", inbox.inbox, name="inbox"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("inbox/<str:reference>/", inbox.inquiry, name="inquiry"),
    path("inbox/<str:reference>/reply/", inbox.reply, name="reply"),
    path("inbox/<str:reference>/note/", inbox.note, name="note"),
    path("inbox/<str:reference>/assign/", inbox.assign, name="assign"),
    path("inbox/<str:reference>/close/", inbox.close, name="close"),
    path("inbox/<str:reference>/reopen/", inbox.reopen, name="reopen"),
    path("inbox/<str:reference>/hand-over/", inbox.hand_over, name="hand-over"),
    path("inbox/<str:reference>/attachment/", inbox.attachment, name="attachment"),
]
