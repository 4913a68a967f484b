"""The audit trail becomes append-only: view permission only, and on PostgreSQL a trigger that
refuses UPDATE and DELETE (except clearing the actor when that person's account is deleted)."""

from django.db import migrations

CREATE_TRIGGER = """
CREATE OR REPLACE FUNCTION core_activitylog_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.actor_id IS NULL
       AND (NEW.id, NEW.timestamp, NEW.action, NEW.content_type_id, NEW.object_id, NEW.data)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.timestamp, OLD.action, OLD.content_type_id, OLD.object_id, OLD.data) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'core_activitylog is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER core_activitylog_append_only
    BEFORE UPDATE OR DELETE ON core_activitylog
    FOR EACH ROW EXECUTE FUNCTION core_activitylog_append_only();
"""
DROP_TRIGGER = """
DROP TRIGGER IF EXISTS core_activitylog_append_only ON core_activitylog;
DROP FUNCTION IF EXISTS core_activitylog_append_only();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_TRIGGER, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_TRIGGER, params=None)


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="activitylog",
            options={"default_permissions": ["view"], "ordering": ["-timestamp", "-id"],
                     "verbose_name": "activity", "verbose_name_plural": "activity log"},
        ),
        migrations.RunPython(create_trigger, drop_trigger),
    ]
