"""News posts: the list (by kind and tag) and a post's page."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from ..domain.queries import post_for_page, published_posts
from ..models import Post, PostKind, Tag

PAGE_SIZE = 20


def news(request):
    posts = published_posts().prefetch_related("tags")
    kind = request.GET.get("kind", "")
    if kind in PostKind.values:
        posts = posts.filter(kind=kind)
    tag = Tag.objects.filter(slug=request.GET.get("tag", "")[:60]).first() if request.GET.get("tag") else None
    if tag is not None:
        posts = posts.filter(tags=tag)
    page = Paginator(posts, PAGE_SIZE).get_page(request.GET.get("page", 1))
    return render(request, "knowledge/news.html", {
        "page": page, "kinds": PostKind.choices, "kind": kind, "tag": tag, "tags": Tag.objects.all(),
    })


def post(request, pk):
    try:
        item = post_for_page(pk)
    except Post.DoesNotExist:
        raise Http404 from None
    if not item.published and not (request.user.is_authenticated and request.user.is_helpdesk_staff):
        raise Http404
    versions = Post.objects.filter(translation_key=item.translation_key, published=True).exclude(pk=item.pk)
    return render(request, "knowledge/post.html", {"post": item, "versions": versions})
