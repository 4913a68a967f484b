"""The three helpdesk offices and the Japanese areas each one validates (editable later)."""

from django.db import migrations

OFFICES = [
    {
        "code": "strasbourg", "name_en": "Strasbourg office", "name_ja": "ストラスブール事務所",
        "email": "strasbourg@eu-japan-regions.example", "time_zone": "Europe/Paris",
        "covers_europe": True, "japanese_areas": [],
    },
    {
        "code": "gifu", "name_en": "Gifu office", "name_ja": "岐阜事務所",
        "email": "gifu@eu-japan-regions.example", "time_zone": "Asia/Tokyo", "covers_europe": False,
        "japanese_areas": ["chubu", "kinki", "chugoku", "shikoku", "kyushu_okinawa"],
    },
    {
        "code": "iwate", "name_en": "Iwate office", "name_ja": "岩手事務所",
        "email": "iwate@eu-japan-regions.example", "time_zone": "Asia/Tokyo", "covers_europe": False,
        "japanese_areas": ["hokkaido", "tohoku", "kanto"],
    },
]


def create_offices(apps, schema_editor):
    Office = apps.get_model("helpdesk", "Office")
    for office in OFFICES:
        Office.objects.update_or_create(code=office["code"], defaults=office)


class Migration(migrations.Migration):
    dependencies = [("helpdesk", "0001_initial")]
    operations = [migrations.RunPython(create_offices, migrations.RunPython.noop)]
