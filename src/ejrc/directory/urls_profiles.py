"""Routes of profiles, their editing and validation, members and contact requests."""

from django.urls import path

from .views import contacts, members, profiles, validation

urlpatterns = [
    path("mine/", profiles.mine, name="mine"),
    path("new/", profiles.create, name="create"),
    path("validation/", validation.queue, name="validation-queue"),
    path("validation/<int:pk>/", validation.revision, name="revision"),
    path("validation/<int:pk>/approve/", validation.approve, name="revision-approve"),
    path("validation/<int:pk>/reject/", validation.reject, name="revision-reject"),
    path("requests/", contacts.inbox, name="requests"),
    path("requests/<int:pk>/answer/", contacts.answer, name="request-answer"),
    path("invitations/<int:pk>/answer/", members.answer, name="invitation-answer"),
    path("<slug:slug>/", profiles.profile, name="profile"),
    path("<slug:slug>/edit/", profiles.edit, name="edit"),
    path("<slug:slug>/confirm/", profiles.confirm, name="confirm"),
    path("<slug:slug>/contact/", contacts.ask, name="request-contact"),
    path("<slug:slug>/members/", members.members, name="members"),
    path("<slug:slug>/members/<int:pk>/remove/", members.remove, name="member-remove"),
    path("<slug:slug>/invitations/<int:pk>/withdraw/", members.withdraw, name="invitation-withdraw"),
    path("<slug:slug>/relations/", members.relate, name="relations"),
    path("<slug:slug>/relations/<int:pk>/remove/", members.unrelate, name="relation-remove"),
    path("<slug:slug>/relations/<int:pk>/answer/", members.answer_relation, name="relation-answer"),
]
