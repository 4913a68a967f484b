"""Reusable querysets of knowledge."""

from django.db.models import Exists, OuterRef, Prefetch, Q

from ejrc.core.i18n import current_language

from ..models import BestPractice, Post, PracticePartner, ReviewStatus


def practice_for_page(pk):
    return (
        BestPractice.objects.select_related("organisation__country", "office")
        .prefetch_related("sectors", "figures", "attachments",
                          Prefetch("partners", queryset=PracticePartner.objects.select_related("organisation")))
        .get(pk=pk)
    )


def versions_of(practice):
    """The other language versions of the case (any status: the page shows only what may be seen)."""
    return list(BestPractice.objects.filter(translation_key=practice.translation_key).exclude(pk=practice.pk))


def review_queue():
    return (BestPractice.objects.filter(status=ReviewStatus.PENDING)
            .select_related("organisation__country", "office", "created_by").order_by("updated"))


def published_posts(language=None):
    """Published posts, one per translation: the viewer's language where it exists."""
    language = language or current_language()
    in_language = Post.objects.filter(translation_key=OuterRef("translation_key"), language=language, published=True)
    return Post.objects.filter(published=True).filter(Q(language=language) | ~Exists(in_language))


def post_for_page(pk):
    return Post.objects.prefetch_related("tags").get(pk=pk)
