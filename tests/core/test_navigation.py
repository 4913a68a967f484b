"""The header's menu is filled by the apps, and shows each person what they may use."""

import pytest
from directory.factories import StaffUserFactory, UserFactory, offices
from django.urls import reverse

from ejrc.core.navigation import MINE, PUBLIC, STAFF, menu_for

pytestmark = pytest.mark.django_db


def urls(groups, group):
    return [url for _label, url in groups[group]]


def test_everyone_sees_the_public_sections_in_order_and_nothing_else(client):
    from django.contrib.auth.models import AnonymousUser

    groups = menu_for(AnonymousUser())
    assert urls(groups, PUBLIC) == [reverse(name) for name in (
        "directory:search", "partnering:board", "events:list", "partnering:map", "geo:overview",
        "knowledge:library", "knowledge:funding", "helpdesk:ask", "knowledge:news")]
    assert groups[MINE] == [] and groups[STAFF] == []


def test_a_member_has_their_own_pages_but_not_the_helpdesks():
    groups = menu_for(UserFactory())
    assert reverse("directory:mine") in urls(groups, MINE) and reverse("events:agenda") in urls(groups, MINE)
    assert groups[STAFF] == []


def test_helpdesk_staff_have_the_helpdesk_menu(client):
    staff = StaffUserFactory(office=offices()["gifu"])
    assert urls(menu_for(staff), STAFF) == [reverse(name) for name in (
        "directory:validation-queue", "partnering:validation-queue", "partnering:pipeline", "directory:agreements",
        "knowledge:review-queue", "directory:import", "knowledge:newsletter-issues", "helpdesk:inbox", "failed-tasks")]
    client.force_login(staff)
    page = client.get("/ja/").content.decode()
    assert "ヘルプデスク" in page and reverse("directory:agreements", urlconf=None).replace("/en/", "/ja/") in page
