"""`ejrc backup` and `ejrc restore`: every row and every uploaded file comes back in an empty database."""

import pytest
from directory.factories import (
    ContactRequestFactory,
    MembershipFactory,
    OrganisationFactory,
    StaffUserFactory,
    UserFactory,
)
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError

from ejrc.accounts.domain.consent import record_marketing_consent
from ejrc.core.activity import log_action
from ejrc.core.backup import backed_up_models

pytestmark = pytest.mark.django_db(transaction=True)


def read(name):
    with default_storage.open(name) as handle:
        return handle.read()


def every_row():
    """Each model's rows as (primary key, printable form), the way a person would check them."""
    return {
        model._meta.label_lower: sorted((str(obj.pk), str(obj)) for obj in model._base_manager.all())
        for model in backed_up_models()
    }


@pytest.fixture
def site(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    staff = StaffUserFactory(name="Staff Member")
    organisation = OrganisationFactory(name_en="Alpine Hydrogen Cluster")
    organisation.logo.save("alpine.png", ContentFile(b"\x89PNG fake but bytes are bytes"))
    membership = MembershipFactory(organisation=organisation, user=UserFactory(name="Anna Admin"))
    ContactRequestFactory(organisation=organisation, message="Bonjour, 日本から")
    record_marketing_consent(actor=membership.user, user=membership.user, given=True, language="ja")
    log_action(actor=staff, action="test.backup", subject=organisation, data={"note": "kept"})
    default_storage.save("logos/pending/other.svg", ContentFile("<svg/>"))
    return organisation


def test_restore_into_an_empty_database_finds_every_row_and_file(site, tmp_path, capsys):
    archive = tmp_path / "ejrc.tar.gz"
    before = every_row()
    files = {name: read(name) for name in ["logos/alpine.png", "logos/pending/other.svg"]}
    assert sum(len(rows) for rows in before.values()) > 10
    call_command("backup", str(archive))
    assert "file(s)" in capsys.readouterr().out

    call_command("flush", interactive=False, verbosity=0)
    for name in files:
        default_storage.delete(name)
    assert every_row() != before

    call_command("restore", str(archive))
    assert "every one was found" in capsys.readouterr().out
    assert every_row() == before
    assert {name: read(name) for name in files} == files
    # The restored database keeps working: new rows get fresh ids (sequences were reset).
    assert UserFactory().pk > max(int(pk) for pk, _ in before["accounts.user"])


def test_restore_refuses_a_database_that_is_not_empty(site, tmp_path):
    archive = tmp_path / "ejrc.tar.gz"
    call_command("backup", str(archive))
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive))


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, db):
    import tarfile

    archive = tmp_path / "other.tar.gz"
    with tarfile.open(archive, "w:gz"):
        pass
    with pytest.raises(CommandError):
        call_command("restore", str(archive))
