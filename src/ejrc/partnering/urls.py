"""Routes of partnering. Fixed paths come before the opportunities' references."""

from django.urls import path

from .views import alerts, board, cooperation_map, interests, manage, matching, outcomes, validation

app_name = "partnering"

urlpatterns = [
    path("", board.board, name="board"),
    path("mine/", manage.mine, name="mine"),
    path("new/", manage.create, name="create"),
    path("validation/", validation.queue, name="validation-queue"),
    path("interests/<int:pk>/", interests.interest, name="interest"),
    path("interests/<int:pk>/answer/", interests.answer, name="interest-answer"),
    path("interests/<int:pk>/withdraw/", interests.withdraw, name="interest-withdraw"),
    path("interests/<int:pk>/message/", interests.message, name="interest-message"),
    path("interests/<int:pk>/outcomes/", outcomes.record, name="outcome-record"),
    path("pipeline/", outcomes.office_pipeline, name="pipeline"),
    path("map/", cooperation_map.map_page, name="map"),
    path("alerts/", alerts.alerts, name="alerts"),
    path("alerts/<int:pk>/delete/", alerts.delete, name="alert-delete"),
    path("unsubscribe/<str:token>/", alerts.unsubscribe_by_link, name="unsubscribe"),
    path("matches/<slug:slug>/", matching.organisation_matches, name="organisation-matches"),
    path("matches/<slug:slug>/alert/", alerts.save_profile_alert, name="matching-profile-alert"),
    path("<str:reference>/", board.opportunity, name="opportunity"),
    path("<str:reference>/edit/", manage.edit, name="edit"),
    path("<str:reference>/renew/", manage.renew, name="renew"),
    path("<str:reference>/withdraw/", manage.withdraw, name="withdraw"),
    path("<str:reference>/approve/", validation.approve, name="approve"),
    path("<str:reference>/reject/", validation.reject, name="reject"),
    path("<str:reference>/interest/", interests.express, name="express-interest"),
    path("<str:reference>/matches/", matching.opportunity_matches, name="opportunity-matches"),
]
