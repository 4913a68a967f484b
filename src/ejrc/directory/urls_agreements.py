"""Routes of the agreements screen (helpdesk staff only)."""

from django.urls import path

from .views import agreements

urlpatterns = [
    path("agreements/", agreements.agreement_list, name="agreements"),
    path("agreements/new/", agreements.agreement_create, name="agreement-create"),
    path("agreements/<int:pk>/", agreements.agreement_edit, name="agreement-edit"),
    path("agreements/<int:pk>/remove/", agreements.agreement_remove, name="agreement-remove"),
]
