"""Generated rows for bench/load: organisations and opportunities with real search documents.

Profiles are half Japanese (written in Japanese only, in every prefecture), half European (in
English, in NUTS regions of France, Germany, Italy and Spain). Their search columns come from
the search engine's own ``search_columns`` (readings included), fed with the same values the
directory's ``refresh_search_text`` reads, without a query per row.
"""

import random
from datetime import date, timedelta

TOPICS = [
    ("Hydrogen", "hydrogen fuel cells and electrolysers for clean mobility", "水素", "水素と燃料電池によるクリーンな移動"),
    ("Aerospace", "aerospace composites and aircraft parts machining", "航空宇宙", "航空宇宙の複合材料と航空機部品の加工"),
    ("Sake", "sake brewing rice and regional food exports", "日本酒", "日本酒の醸造と地域食品の輸出"),
    ("Medtech", "medical devices and care robots for an ageing society", "医療機器", "高齢社会のための医療機器と介護ロボット"),
    ("Wind", "offshore wind turbines and grid storage batteries", "洋上風力", "洋上風力発電と蓄電池"),
    ("Chips", "semiconductors and power electronics", "半導体", "半導体とパワーエレクトロニクス"),
    ("Timber", "forestry, timber construction and wooden buildings", "木材", "林業と木造建築"),
    ("Tourism", "tourism, hot springs and cultural heritage routes", "観光", "観光と温泉と文化遺産"),
    ("Agritech", "smart agriculture, drones and precision farming", "農業", "スマート農業とドローン"),
    ("Ceramics", "ceramics, tableware design and crafts", "陶磁器", "陶磁器と食器のデザインと工芸"),
]
KINDS = ["cluster", "region", "city", "support", "cluster_network"]
OPPORTUNITY_KINDS = ["business", "technology", "research", "investment", "tourism", "mobility"]
EUROPE = ["FR", "DE", "IT", "ES"]


def _places():
    from ejrc.geo.models import Country, Prefecture, Region

    countries = {c.code: c for c in Country.objects.filter(code__in=["JP", *EUROPE])}
    prefectures = list(Prefecture.objects.order_by("code"))
    regions = {code: list(Region.objects.filter(country=countries[code], level=2).select_related("parent"))
               for code in EUROPE}
    return countries, prefectures, regions


def _prefecture_values(prefecture):
    from ejrc.directory.domain.search import _prefecture_names

    return _prefecture_names(prefecture)


def _without_search_indexes(tables):
    """Drop the search indexes while rows are inserted in bulk, and build them once at the end
    (updating two GIN indexes row by row is many times slower)."""
    import importlib
    from contextlib import contextmanager

    from django.db import connection

    migration = importlib.import_module("ejrc.directory.migrations.0007_search_indexes")

    @contextmanager
    def block():
        with connection.cursor() as cursor:
            for table in tables:
                for statement in migration.drop_statements(table):
                    cursor.execute(statement)
        yield
        with connection.cursor() as cursor:
            for table in tables:
                for statement in migration.index_statements(table):
                    cursor.execute(statement)
    return block()


def generate(*, organisations, opportunities, seed=13, say=print):
    """Create the rows (in one transaction); returns nothing, the database holds them."""
    from django.db import transaction

    from ejrc.directory.domain.search_engine import search_columns
    from ejrc.directory.models import Organisation, Sector
    from ejrc.helpdesk.models import Office
    from ejrc.partnering.models import Opportunity, ReferenceCounter

    rng = random.Random(seed)
    countries, prefectures, regions = _places()
    offices = {o.code: o for o in Office.objects.all()}
    sectors = list(Sector.objects.filter(scheme="cluster").order_by("code")[:40])
    prefecture_names = {p.pk: _prefecture_values(p) for p in prefectures}
    rows, chosen = [], []
    for i in range(organisations):
        topic = TOPICS[(i // 2) % len(TOPICS)]  # every topic on both sides
        japanese = i % 2 == 0
        kind = KINDS[i % len(KINDS)]
        picked = rng.sample(sectors, 2)
        if japanese:
            prefecture = prefectures[(i // 2) % len(prefectures)]
            names = [f"Organisation {i}", f"{prefecture.name_ja}{topic[2]}協議会{i}"]
            places = [countries["JP"].name_en, countries["JP"].name_ja, *prefecture_names[prefecture.pk]]
            other = [f"{prefecture.name_ja}の{topic[3]}を進める組織です。"]
            row = Organisation(slug=f"load-{i}", kind=kind, status="published", name_en=names[0], name_ja=names[1],
                               description_en="-", description_ja=other[0], country=countries["JP"],
                               prefecture=prefecture, office=offices.get("gifu"))
        else:
            code = EUROPE[(i // 2) % len(EUROPE)]
            region = rng.choice(regions[code]) if regions[code] else None
            names = [f"{topic[0]} {region.name_en if region else code} {i}"]
            places = [countries[code].name_en, countries[code].name_ja,
                      *([region.name_en, region.parent.name_en] if region else [])]
            other = [f"A {kind.replace('_', ' ')} working on {topic[1]}."]
            row = Organisation(slug=f"load-{i}", kind=kind, status="published", name_en=names[0],
                               description_en=other[0], country=countries[code], region=region,
                               office=offices.get("strasbourg"))
        topics = [value for sector in picked for value in (sector.name_en, sector.name_ja, sector.code)]
        for column, value in search_columns(names=names, places=places, topics=topics, other=other).items():
            setattr(row, column, value)
        rows.append(row)
        chosen.append(picked)
        if (i + 1) % 10000 == 0:
            say(f"  {i + 1} organisations built")
    through = Organisation.sectors.through
    # the indexes are built after the commit: PostgreSQL refuses while deferred FK checks are pending
    with _without_search_indexes(["directory_organisation", "partnering_opportunity"]), transaction.atomic():
        created = Organisation.objects.bulk_create(rows, batch_size=2000)
        through.objects.bulk_create([through(organisation_id=o.pk, sector_id=s.pk)
                                     for o, picked in zip(created, chosen) for s in picked], batch_size=10000)
        say(f"  {len(created)} organisations saved")
        expires = date.today() + timedelta(days=180)
        made = []
        for number in range(1, opportunities + 1):
            owner = created[rng.randrange(len(created))]
            topic = TOPICS[number % len(TOPICS)]
            kind = OPPORTUNITY_KINDS[number % len(OPPORTUNITY_KINDS)]
            title_en, title_ja = f"{topic[0]} partner wanted {number}", f"{topic[2]}のパートナー募集{number}"
            reference = f"EJ-OPP-2026-{number:06d}"
            opportunity = Opportunity(reference=reference, organisation_id=owner.pk,
                                      direction="offer" if number % 2 else "request", kind=kind,
                                      title_en=title_en, title_ja=title_ja, summary_en=topic[1], summary_ja=topic[3],
                                      status="published", office=owner.office, expires_on=expires,
                                      published_at=owner.created,
                                      call_identifier="HORIZON-CL5-2026-BENCH" if kind == "research" else "")
            columns = search_columns(names=[title_en, title_ja, reference], places=[],
                                     topics=[kind], other=[topic[1], topic[3], owner.name_en, owner.name_ja])
            for column, value in columns.items():
                setattr(opportunity, column, value)
            made.append(opportunity)
        Opportunity.objects.bulk_create(made, batch_size=5000)
        ReferenceCounter.objects.update_or_create(year=2026, defaults={"last": opportunities})
        say(f"  {len(made)} opportunities saved")
