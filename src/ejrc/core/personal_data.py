"""Everything the platform keeps about a person, gathered from every app.

Each app that keeps personal data adds a section in its own ``privacy`` module::

    register_personal_data("directory", export=export_for, erase=erase_for, before_erasure=warnings_for)

``export(user)`` returns JSON-ready data; ``erase(user)`` removes or anonymises it just before the
account itself is deleted; ``before_erasure(user)`` returns sentences telling the person what
will happen (for example to an organisation whose last administrator they are).
"""

from dataclasses import dataclass

from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class PersonalDataSection:
    name: str
    export: object
    erase: object
    before_erasure: object


_sections = {}


def register_personal_data(name, *, export, erase=None, before_erasure=None):
    _sections[name] = PersonalDataSection(name, export, erase, before_erasure)


def personal_data_sections():
    autodiscover_modules("privacy")
    return [_sections[name] for name in sorted(_sections)]
