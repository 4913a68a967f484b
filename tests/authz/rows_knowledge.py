"""Rows of knowledge. ``world.organisation`` (member, org_admin; a French cluster whose office is
Strasbourg, office_staff) has a published best practice and a pending one; other_staff works
for Gifu and may read but not decide. Everything else of knowledge is public but the staff's
review queue and newsletters."""

from authz.matrix import LOGIN, STAFF, Row, everyone, only

OWNERS = ("member", "org_admin")


def knowledge(world):
    """The world's rows of knowledge, made once per test."""
    if not hasattr(world, "knowledge"):
        from knowledge.factories import instrument, post, published_practice, submitted_practice

        from ejrc.knowledge.domain.newsletter import CONFIRM_SALT, UNSUBSCRIBE_SALT
        from ejrc.knowledge.models import EpaGuide, Initiative, NewsletterIssue, Subscriber
        from django.core import signing

        author = world.people["member"]
        subscriber = Subscriber.objects.create(email="reader@example.org", language="en")
        world.knowledge = {
            "published": published_practice(author=author, organisation=world.organisation,
                                            reviewer=world.people["office_staff"], title="Matrix published case"),
            "pending": submitted_practice(author=author, organisation=world.organisation, title="Matrix pending case"),
            "instrument": instrument("matrix-programme"),
            "initiative": Initiative.objects.create(slug="matrix-initiative", name_en="Matrix initiative",
                                                    offers_en="Offers.", connection_en="Connects."),
            "guide": EpaGuide.objects.create(slug="matrix-guide", title_en="Matrix guide", body_en="<p>Guide.</p>"),
            "post": post("Matrix news"),
            "issue": NewsletterIssue.objects.create(language="en", subject="Matrix issue"),
            "confirm": signing.dumps(subscriber.pk, salt=CONFIRM_SALT),
            "unsubscribe": signing.dumps(subscriber.pk, salt=UNSUBSCRIBE_SALT),
        }
    return world.knowledge


def subscription(world):
    """The form, from a network that has not reached its hourly limit (counted in the cache)."""
    from django.core.cache import cache

    cache.clear()
    return {"email": "new@example.org", "language": "en"}


def pk_of(which):
    return lambda world: {"pk": knowledge(world)[which].pk}


def slug_of(which):
    return lambda world: {"slug": knowledge(world)[which].slug}


def token(which):
    return lambda world: {"token": knowledge(world)[which]}


PUBLIC = ["knowledge:index", "knowledge:library", "knowledge:funding", "knowledge:funding-calendar",
          "knowledge:funding-ics", "knowledge:rit-check", "knowledge:pair-suggestions", "knowledge:initiatives",
          "knowledge:epa", "knowledge:news", "knowledge:feed-rss", "knowledge:feed-atom", "knowledge:subscribe"]
PAGE = ("member", "org_admin", *STAFF)

ROWS = [
    *[Row(name, everyone(200), kwargs=lambda world: (knowledge(world), {})[1]) for name in PUBLIC],
    Row("knowledge:subscribe", everyone(200), method="POST", label="subscribe", data=subscription),
    Row("knowledge:instrument", everyone(200), kwargs=slug_of("instrument")),
    Row("knowledge:initiative", everyone(200), kwargs=slug_of("initiative")),
    Row("knowledge:epa-guide", everyone(200), kwargs=slug_of("guide")),
    Row("knowledge:post", everyone(200), kwargs=pk_of("post")),
    Row("knowledge:organisation-suggestions", everyone(200), kwargs=lambda world: {"slug": world.organisation.slug}),
    Row("knowledge:organisation-suggestions", only(200, *PAGE, anonymous=404), label="pending profile",
        kwargs=lambda world: {"slug": world.pending_organisation.slug}),
    Row("knowledge:practice", everyone(200), kwargs=pk_of("published"), label="published"),
    Row("knowledge:practice", only(200, *PAGE, anonymous=404), kwargs=pk_of("pending"), label="pending"),
    Row("knowledge:practice-create", everyone(200, anonymous=LOGIN)),
    Row("knowledge:practice-translate", only(200, *OWNERS), kwargs=pk_of("pending")),
    Row("knowledge:review-queue", only(200, *STAFF)),
    Row("knowledge:practice-approve", only(302, "office_staff"), method="POST", kwargs=pk_of("pending")),
    Row("knowledge:practice-reject", only(302, "office_staff"), method="POST", kwargs=pk_of("pending"),
        data=lambda world: {"reason": "Add figures."}),
    Row("knowledge:subscribe-confirm", everyone(200), kwargs=token("confirm")),
    Row("knowledge:unsubscribe", everyone(200), kwargs=token("unsubscribe")),
    Row("knowledge:newsletter-issues", only(200, *STAFF)),
    Row("knowledge:newsletter-send", only(302, *STAFF), method="POST", kwargs=pk_of("issue")),
]
