from django.urls import path

from .views import agenda, organiser, participant

app_name = "meetings"

urlpatterns = [
    path("<slug:slug>/", participant.marketplace, name="marketplace"),
    path("<slug:slug>/profile/", participant.profile, name="profile"),
    path("<slug:slug>/participants/<int:pk>/request/", participant.ask, name="ask"),
    path("<slug:slug>/requests/", participant.request_list, name="requests"),
    path("<slug:slug>/requests/<int:pk>/answer/", participant.answer, name="answer"),
    path("<slug:slug>/requests/<int:pk>/withdraw/", participant.withdraw, name="withdraw"),
    path("<slug:slug>/meetings/<int:pk>/book/", participant.book, name="book"),
    path("<slug:slug>/meetings/<int:pk>/cancel/", participant.cancel, name="cancel"),
    path("<slug:slug>/meetings/<int:pk>/feedback/", participant.feedback, name="feedback"),
    path("<slug:slug>/availability/", participant.unavailable, name="availability"),
    path("<slug:slug>/agenda/", agenda.agenda, name="agenda"),
    path("<slug:slug>/agenda.ics", agenda.agenda_ics, name="agenda-ics"),
    path("<slug:slug>/agenda.pdf", agenda.agenda_print, name="agenda-pdf"),
    path("<slug:slug>/setup/", organiser.setup, name="setup"),
    path("<slug:slug>/runs/", organiser.run_list, name="runs"),
    path("<slug:slug>/runs/<int:pk>/", organiser.run_page, name="run"),
    path("<slug:slug>/runs/<int:pk>/progress/", organiser.run_progress, name="progress"),
    path("<slug:slug>/runs/<int:pk>/stop/", organiser.stop, name="stop"),
    path("<slug:slug>/runs/<int:pk>/edit/", organiser.edit, name="edit"),
    path("<slug:slug>/runs/<int:pk>/publish/", organiser.publish, name="publish"),
    path("<slug:slug>/responsiveness/", organiser.responsiveness, name="responsiveness"),
    path("<slug:slug>/organiser-meeting/", organiser.organiser_meeting, name="organiser-meeting"),
    path("<slug:slug>/interpreters/", organiser.interpreters, name="interpreters"),
    path("<slug:slug>/table-plan.pdf", organiser.table_plan, name="table-plan"),
    path("<slug:slug>/check-in/", organiser.check_in, name="check-in"),
    path("<slug:slug>/check-in/<int:pk>/", organiser.check_in_one, name="check-in-one"),
]
