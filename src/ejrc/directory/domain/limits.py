"""Proposals are checked against what each column holds, whoever sends them.

The forms show the same limits beside each field; this check is for every other caller (an
import, a future API) and for proposals stored before the limits existed, so that approving one
can never fail in the database. The limits themselves are the models' (``models/limits.py``).
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import EMPTY_VALUES, MaxLengthValidator
from django.db import models
from django.utils.translation import gettext as _

from ejrc.directory.models import Contact, Label, Organisation
from ejrc.directory.models.limits import DESCRIPTION_MAX_LENGTH, MAX_MEMBER_COUNT, MESSAGE_MAX_LENGTH

__all__ = ["DESCRIPTION_MAX_LENGTH", "MAX_MEMBER_COUNT", "MESSAGE_MAX_LENGTH", "check_proposal_limits"]


def _problems(model, values):
    """{field name: [messages]} for the values that ``model``'s columns cannot hold."""
    problems = {}
    for name, value in values.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if value in EMPTY_VALUES or field.is_relation:
            continue
        try:
            if isinstance(field, models.IntegerField) and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValidationError(_("Enter a whole number."))
            field.run_validators(value)
            if isinstance(field, models.TextField) and field.max_length:
                MaxLengthValidator(field.max_length)(value)
        except ValidationError as error:
            problems[name] = error.messages
    return problems


def check_proposal_limits(data):
    """Raise a ValidationError naming each field of the proposal ``data`` that is out of bounds."""
    problems = _problems(Organisation, {k: v for k, v in data.items() if k not in ("labels", "contacts")})
    for key, model, title in (("labels", Label, _("Label %(number)s")), ("contacts", Contact, _("Contact %(number)s"))):
        for number, row in enumerate(data.get(key) or [], start=1):
            for field, messages in _problems(model, row).items():
                problems.setdefault(key, []).extend(
                    f"{title % {'number': number}}, {model._meta.get_field(field).verbose_name}: {message}"
                    for message in messages
                )
    if problems:
        raise ValidationError(problems)
