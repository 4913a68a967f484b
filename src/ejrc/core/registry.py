"""Registries through which a higher app contributes to a lower one.

Apps stack in one-way layers (``LAYERS``, enforced by the import-linter contracts in
``pyproject.toml``): a lower app never imports a higher one. Where a lower app needs
something from above (geo's place pages list the directory's organisations; core's
``load-reference-data`` loads every app's data), it exposes a :class:`Registry` and the
higher app fills it in its ``AppConfig.ready()``::

    # ejrc/directory/apps.py
    def ready(self):
        from ejrc.core.registry import reference_data_steps
        from .reference_data import load_directory_data
        reference_data_steps.register(self.label, "directory", load_directory_data)

Contributions come back in layer order (core first), then in the order of registration.
"""

from dataclasses import dataclass

# Bottom to top; apps of one row may not import each other. tests/test_layers.py checks that
# the import-linter contract lists the same rows.
LAYERS = (
    ("core",),
    ("geo",),
    ("accounts", "helpdesk"),
    ("directory",),
    ("partnering", "events", "knowledge"),
    ("meetings",),
    ("api",),
)


def layer_of(app_label):
    """The row of ``app_label`` in ``LAYERS`` (0 for core). Raises LookupError for another app."""
    for index, row in enumerate(LAYERS):
        if app_label in row:
            return index
    raise LookupError(f"{app_label!r} is in no layer of ejrc.core.registry.LAYERS")


@dataclass(frozen=True)
class Contribution:
    app_label: str
    name: str
    value: object


class Registry:
    """Named contributions of apps, kept once per (app, name): registering again replaces."""

    def __init__(self, purpose):
        self.purpose = purpose
        self._contributions = {}

    def register(self, app_label, name, value):
        layer_of(app_label)  # an app outside the layers is a mistake: say so at start-up
        self._contributions.pop((app_label, name), None)
        self._contributions[(app_label, name)] = Contribution(app_label, name, value)

    def __iter__(self):
        ordered = sorted(self._contributions.values(), key=lambda c: layer_of(c.app_label))
        return iter(ordered)

    def __repr__(self):
        return f"<Registry {self.purpose}: {len(self._contributions)} contribution(s)>"


# Each app's step of ``ejrc load-reference-data``: ``step(*, data_dir, refresh, say)`` where
# ``say(what, summary)`` prints one line of the command's report.
reference_data_steps = Registry("reference data steps")

# Each higher app's step of ``ejrc load-demo-content``, run after the directory's own demo:
# ``step(*, say)`` where ``say(line)`` prints one line of the command's report.
demo_content_steps = Registry("demo content steps")
