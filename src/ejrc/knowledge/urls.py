"""Routes of knowledge, under /knowledge/."""

from django.urls import path

from .feeds import AtomNewsFeed, NewsFeed
from .views import content, funding, news, newsletter, practices

app_name = "knowledge"

urlpatterns = [
    path("", content.index, name="index"),
    path("practices/", practices.library, name="library"),
    path("practices/new/", practices.create, name="practice-create"),
    path("practices/review/", practices.queue, name="review-queue"),
    path("practices/<int:pk>/", practices.practice, name="practice"),
    path("practices/<int:pk>/translate/", practices.translate, name="practice-translate"),
    path("practices/<int:pk>/approve/", practices.approve, name="practice-approve"),
    path("practices/<int:pk>/reject/", practices.reject, name="practice-reject"),
    path("funding/", funding.funding, name="funding"),
    path("funding/calendar/", funding.calendar, name="funding-calendar"),
    path("funding/deadlines.ics", funding.calendar_ics, name="funding-ics"),
    path("funding/rit-check/", funding.rit_check, name="rit-check"),
    path("funding/pair/", funding.pair_suggestions, name="pair-suggestions"),
    path("funding/for/<slug:slug>/", funding.organisation_suggestions, name="organisation-suggestions"),
    path("funding/<slug:slug>/", funding.instrument, name="instrument"),
    path("initiatives/", content.initiatives, name="initiatives"),
    path("initiatives/<slug:slug>/", content.initiative, name="initiative"),
    path("epa/", content.epa, name="epa"),
    path("epa/<slug:slug>/", content.epa_guide, name="epa-guide"),
    path("news/", news.news, name="news"),
    path("news/feed/rss/", NewsFeed(), name="feed-rss"),
    path("news/feed/atom/", AtomNewsFeed(), name="feed-atom"),
    path("news/<int:pk>/", news.post, name="post"),
    path("newsletter/", newsletter.subscribe, name="subscribe"),
    path("newsletter/confirm/<str:token>/", newsletter.confirm, name="subscribe-confirm"),
    path("newsletter/unsubscribe/<str:token>/", newsletter.unsubscribe, name="unsubscribe"),
    path("newsletter/issues/", newsletter.issues, name="newsletter-issues"),
    path("newsletter/issues/<int:pk>/send/", newsletter.send, name="newsletter-send"),
]
