"""RSS and Atom feeds per language (the address's language): news posts and best practices."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import current_language

from .models import BestPractice, Post, ReviewStatus

ITEMS = 30


class NewsFeed(Feed):
    title = _("EU-Japan regional cooperation: news and best practices")
    description = _("News of the EU-Japan Centre's helpdesk and best practices of regions, prefectures and clusters.")

    def link(self):
        return reverse("knowledge:news")

    def items(self):
        language = current_language()
        posts = list(Post.objects.filter(published=True, language=language).order_by("-published_at")[:ITEMS])
        practices = list(BestPractice.objects.filter(status=ReviewStatus.PUBLISHED, language=language)
                         .order_by("-published_at")[:ITEMS])
        return sorted(posts + practices, key=lambda item: item.published_at, reverse=True)[:ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return strip_tags(item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_guid(self, item):
        return f"{type(item).__name__.lower()}-{item.pk}"

    item_guid_is_permalink = False

    def item_categories(self, item):
        if isinstance(item, BestPractice):
            return [str(_("Best practice"))]
        return [item.get_kind_display()]


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
