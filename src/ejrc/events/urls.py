from django.urls import path

from .views import editor, event_form, organiser, pitches, public, registration

app_name = "events"

urlpatterns = [
    path("", public.event_list, name="list"),
    path("archive/", public.archive, name="archive"),
    path("new/", event_form.new_event, name="new"),
    path("my-agenda/", registration.agenda, name="agenda"),
    path("my-agenda.ics", registration.agenda_ics, name="agenda-ics"),
    path("<slug:slug>/", public.detail, name="detail"),
    path("<slug:slug>/programme/", public.programme, name="programme"),
    path("<slug:slug>/programme.ics", public.programme_ics, name="programme-ics"),
    path("<slug:slug>/register/", registration.register_view, name="register"),
    path("<slug:slug>/change/", registration.change_view, name="change"),
    path("<slug:slug>/cancel/", registration.cancel_view, name="cancel"),
    path("<slug:slug>/edit/", event_form.edit_event, name="edit"),
    path("<slug:slug>/programme/edit/", editor.edit_programme, name="edit-programme"),
    path("<slug:slug>/registrations/", organiser.registrations, name="registrations"),
    path("<slug:slug>/registrations/<int:pk>/decide/", organiser.decide, name="decide"),
    path("<slug:slug>/registrations/participants.csv", organiser.export_csv, name="export-csv"),
    path("<slug:slug>/registrations/participants.xlsx", organiser.export_xlsx, name="export-xlsx"),
    path("<slug:slug>/registrations/badges.pdf", organiser.badges, name="badges"),
    path("<slug:slug>/check-in/", organiser.check_in_list, name="check-in"),
    path("<slug:slug>/check-in/<int:pk>/", organiser.check_in_one, name="check-in-one"),
    path("<slug:slug>/dashboard/", organiser.dashboard, name="dashboard"),
    path("<slug:slug>/sessions/<int:pk>/pitch/", pitches.submit, name="pitch-submit"),
    path("<slug:slug>/sessions/<int:pk>/pitches/", pitches.manage, name="pitches"),
    path("<slug:slug>/pitches/<int:pk>/decide/", pitches.decide, name="pitch-decide"),
]
