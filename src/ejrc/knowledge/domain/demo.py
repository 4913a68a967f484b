"""The knowledge demo: real public programmes, initiatives, EPA guides, news and two best
practices (one in both languages, one in English only). Runs after the directory's demo and is
idempotent: rows found by their slug or title are left alone."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ejrc.accounts.models import User
from ejrc.directory.models import Organisation, Sector

from ..models import BestPractice, Deadline, EpaGuide, Initiative, Instrument, Post, Tag
from . import demo_data
from .practices import add_translation, approve_practice, submit_practice


def _sectors(keys):
    wanted = [key.split(":") for key in keys]
    return [s for s in Sector.objects.filter(code__in=[code for _s, code in wanted]) if [s.scheme, s.code] in wanted]


def _instruments(today):
    made = 0
    for position, spec in enumerate(demo_data.INSTRUMENTS):
        spec = dict(spec)
        deadlines = spec.pop("deadlines")
        instrument, created = Instrument.objects.get_or_create(slug=spec.pop("slug"), defaults={**spec, "position": position})
        if created:
            made += 1
            Deadline.objects.bulk_create(Deadline(instrument=instrument, closes_on=today + timedelta(days=days),
                                                  label_en=en, label_ja=ja) for days, en, ja in deadlines)
    return made


def _content():
    made = 0
    for position, (slug, name_en, name_ja, offers_en, offers_ja, conn_en, conn_ja, url) in enumerate(demo_data.INITIATIVES):
        made += Initiative.objects.get_or_create(slug=slug, defaults=dict(
            name_en=name_en, name_ja=name_ja, offers_en=offers_en, offers_ja=offers_ja, connection_en=conn_en,
            connection_ja=conn_ja, url=url, position=position))[1]
    for position, (slug, title_en, title_ja, sectors, body_en, body_ja) in enumerate(demo_data.EPA_GUIDES):
        guide, created = EpaGuide.objects.get_or_create(slug=slug, defaults=dict(
            title_en=title_en, title_ja=title_ja, body_en=body_en, body_ja=body_ja, position=position))
        if created:
            guide.sectors.set(_sectors(sectors))
            made += 1
    return made


def _news(now):
    tags = {slug: Tag.objects.get_or_create(slug=slug, defaults={"name_en": en, "name_ja": ja})[0]
            for slug, en, ja in demo_data.TAGS}
    made = 0
    for days, kind, tag_slugs, title_en, summary_en, title_ja, summary_ja in demo_data.NEWS:
        if Post.objects.filter(title=title_en).exists():
            continue
        english = Post.objects.create(language="en", kind=kind, title=title_en, summary=summary_en,
                                      body=f"<p>{summary_en}</p>", published=True,
                                      published_at=now - timedelta(days=days))
        japanese = Post.objects.create(language="ja", kind=kind, title=title_ja, summary=summary_ja,
                                       body=f"<p>{summary_ja}</p>", published=True, translation_key=english.translation_key,
                                       published_at=now - timedelta(days=days))
        for post in (english, japanese):
            post.tags.set([tags[slug] for slug in tag_slugs])
        made += 2
    return made


def _partners(names, side, organisations):
    return [{"side": side, "organisation": organisations.get(name), "name": name} for name in names]


def _practices():
    reviewer = User.objects.filter(is_superuser=True, email="admin@demo.example").first()
    made = 0
    for spec in demo_data.PRACTICES:
        if BestPractice.objects.filter(title=spec["en"][0]).exists():
            continue
        organisations = {o.slug: o for o in Organisation.objects.filter(slug__startswith="demo-")}
        organisation = organisations.get(spec["organisation"])
        author = organisation and User.objects.filter(memberships__organisation=organisation).first()
        if organisation is None or author is None or reviewer is None:
            continue
        title, summary, results, lessons = spec["en"]
        data = {"title": title, "summary": summary, "results": results, "lessons": lessons,
                "cooperation_type": spec["type"], "sectors": _sectors(spec["sectors"]),
                "partners": _partners(spec["partners_eu"], "europe", organisations)
                + _partners(spec["partners_ja"], "japan", organisations),
                "figures": [{"label": label, "value": value, "unit": unit} for label, value, unit in spec["figures"]],
                "links": []}
        practice = submit_practice(actor=author, organisation=organisation, language="en", data=data)
        approve_practice(actor=reviewer, practice=practice)
        made += 1
        if spec["ja"]:
            title, summary, results, lessons = spec["ja"]
            version = add_translation(actor=author, practice=practice, language="ja", data={
                "title": title, "summary": summary, "results": results, "lessons": lessons})
            approve_practice(actor=reviewer, practice=version)
            made += 1
    return made


@transaction.atomic
def load_knowledge_demo(*, say):
    now = timezone.now()
    say(f"knowledge: {_instruments(timezone.localdate())} funding instruments, {_content()} initiatives and EPA "
        f"guides, {_news(now)} news posts, {_practices()} best-practice versions added")
