"""Changing one's registration through the pages, in both languages."""

import pytest
from django.urls import reverse
from django.utils import translation
from events.factories import organisation_of, site_visit

from ejrc.events.domain.registration import register
from ejrc.events.models import EventQuestion, SessionChoice

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"events:{name}", kwargs=kwargs)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_the_form_starts_from_the_registration_and_saves_the_change(client, event, organiser, cluster_manager):
    question = EventQuestion.objects.create(event=event, label_en="Dietary needs")
    port = site_visit(event, organiser=organiser, start=9, end=12, title_en="Port")
    bioparc = site_visit(event, organiser=organiser, start=14, end=16, title_en="Bioparc")
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager),
             answers={str(question.pk): "None"}, sessions=[port])
    client.force_login(cluster_manager)
    form = client.get(url("change", slug=event.slug)).context["form"]
    assert "organisation" not in form.fields
    assert (form[f"question_{question.pk}"].value(), form["sessions"].value()) == ("None", [port.pk])
    response = client.post(url("change", slug=event.slug),
                           {f"question_{question.pk}": "Vegetarian", "sessions": [bioparc.pk]}, follow=True)
    assert response.redirect_chain[-1][0] == url("agenda")
    assert messages_of(response) == ["Your registration is changed; we have sent you the new agenda."]
    assert list(SessionChoice.objects.values_list("session__title_en", "status")) == [("Bioparc", "confirmed")]


def test_overlapping_picks_show_on_the_form_and_change_nothing(client, event, organiser, cluster_manager):
    port = site_visit(event, organiser=organiser, start=9, end=12, title_en="Port")
    bioparc = site_visit(event, organiser=organiser, start=10, end=11, title_en="Bioparc")
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager), sessions=[port])
    client.force_login(cluster_manager)
    response = client.post(url("change", slug=event.slug), {"sessions": [port.pk, bioparc.pk]})
    assert response.context["form"].errors == {
        "sessions": ["“Port” and “Bioparc” take place at the same time: pick one of them."]}
    assert list(SessionChoice.objects.values_list("session__title_en", flat=True)) == ["Port"]


def test_a_full_site_visit_says_so_in_japanese(client, event, organiser, cluster_manager, prefecture_officer):
    port = site_visit(event, organiser=organiser, title_en="Port", title_ja="港の視察")
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager), sessions=[port])
    register(actor=prefecture_officer, event=event, organisation=organisation_of(prefecture_officer))
    client.force_login(prefecture_officer)
    page = client.get(url("change", "ja", slug=event.slug)).content.decode()
    assert "登録内容の変更" in page
    response = client.post(url("change", "ja", slug=event.slug), {"sessions": [port.pk]}, follow=True)
    assert messages_of(response) == ["登録内容を変更しました。新しい日程をメールでお送りしました。",
                                     "「港の視察」は満席のため、キャンセル待ちに登録されました。"]


def test_nothing_changed_says_so(client, event, cluster_manager):
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager))
    client.force_login(cluster_manager)
    response = client.post(url("change", slug=event.slug), {}, follow=True)
    assert messages_of(response) == ["Nothing to change: your registration stays as it was."]


def test_without_a_registration_the_page_sends_back_to_the_event(client, event, cluster_manager):
    client.force_login(cluster_manager)
    response = client.get(url("change", slug=event.slug), follow=True)
    assert response.redirect_chain[-1][0] == event.get_absolute_url()
    assert messages_of(response) == ["You are not registered for this event."]


def test_the_agenda_and_the_event_page_link_to_the_change(client, event, cluster_manager):
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager))
    client.force_login(cluster_manager)
    for page in (url("agenda"), url("detail", slug=event.slug)):
        assert url("change", slug=event.slug) in client.get(page).content.decode()


@pytest.mark.parametrize("count", [1, 5])
def test_the_register_and_change_forms_read_the_same_number_of_queries(client, django_assert_num_queries, event,
                                                                       organiser, cluster_manager,
                                                                       prefecture_officer, count):
    visits = [site_visit(event, organiser=organiser, day=index % 3, start=8 + index, end=9 + index,
                         title_en=f"Visit {index}") for index in range(count)]
    for index in range(count):
        EventQuestion.objects.create(event=event, label_en=f"Question {index}")
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager), sessions=visits)
    client.force_login(cluster_manager)
    with django_assert_num_queries(11):
        assert client.get(url("change", slug=event.slug)).status_code == 200
    client.force_login(prefecture_officer)
    with django_assert_num_queries(9):
        assert client.get(url("register", slug=event.slug)).status_code == 200
