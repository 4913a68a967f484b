from directory.factories import MembershipFactory, OrganisationFactory, UserFactory


def test_factories_build_a_published_profile_with_an_admin(db):
    membership = MembershipFactory()
    assert membership.organisation.is_published
    assert membership.user.check_password("a-good-password-1")
    japanese = OrganisationFactory(japanese=True)
    assert japanese.country.code == "JP" and japanese.prefecture.name_en == "Gifu"
    first, second = UserFactory(), UserFactory()
    assert first.email != second.email and second.check_password("a-good-password-1")
