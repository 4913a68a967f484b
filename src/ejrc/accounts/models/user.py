import zoneinfo

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import current_language


def time_zone_choices():
    preferred = ["Europe/Brussels", "Europe/Paris", "Asia/Tokyo", "UTC"]
    rest = sorted(zoneinfo.available_timezones() - set(preferred) - {"localtime"})
    return [(name, name.replace("_", " ")) for name in preferred + rest]


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)


class User(AbstractUser):
    """A person. Logs in with the e-mail address; reads the site in their language and zone.

    Helpdesk staff are the users attached to an office; organisation roles live on
    :class:`ejrc.directory.models.Membership`.
    """

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(_("name"), max_length=150, blank=True)
    name_ja = models.CharField(_("name in Japanese"), max_length=150, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=[("en", "English"), ("ja", "日本語")], default="en"
    )
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    office = models.ForeignKey(
        "helpdesk.Office",
        verbose_name=_("helpdesk office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff",
        help_text=_("Set for helpdesk staff: the office this person works for."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []
    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]

    def __str__(self):
        if self.name_ja and current_language() == "ja":
            return self.name_ja
        return self.name or self.name_ja or self.email

    def get_full_name(self):
        return self.name

    def get_short_name(self):
        return self.name or self.email.split("@")[0]

    @property
    def is_helpdesk_staff(self):
        return self.is_active and self.office_id is not None
