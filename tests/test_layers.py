"""The apps stack in one-way layers, and the meeting solver imports no Django.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``; ``lint-imports`` runs them
by hand too); this test runs them with the suite, so ``make test`` fails on a violation.
"""

import sys
import tempfile
import textwrap
import tomllib
from pathlib import Path

import pytest
from django.apps import apps
from importlinter.cli import lint_imports

from ejrc.core.registry import LAYERS, layer_of

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def contracts():
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def contract_rows(contract):
    """The contract's layers, bottom first, as tuples of app names."""
    rows = [tuple(name.strip(" ()") for name in row.split("|")) for row in contract["layers"]]
    return list(reversed(rows))


def test_the_code_keeps_every_contract(capsys):
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True) == 0, capsys.readouterr().out


def test_the_contract_and_the_registries_share_one_order_of_layers():
    layers = next(c for c in contracts() if c["id"] == "layers")
    assert contract_rows(layers) == list(LAYERS)
    ours = {c.label: layer_of(c.label) for c in apps.get_app_configs() if c.name.startswith("ejrc.")}
    assert ours["core"] < ours["geo"] < ours["accounts"] == ours["helpdesk"] < ours["directory"] < ours["meetings"]
    with pytest.raises(LookupError):
        layer_of("unknown")


PACKAGE = "layered_sample"
CLEAN = {
    "core/__init__.py": "",
    "geo/__init__.py": f"from {PACKAGE} import core\n",
    "accounts/__init__.py": f"from {PACKAGE} import geo\n",
    "helpdesk/__init__.py": "",
    "directory/__init__.py": f"from {PACKAGE} import accounts, helpdesk\n",
    "meetings/__init__.py": f"from {PACKAGE} import directory\n",
    "meetings/scheduling/__init__.py": "import math\n",
}


def lint_sample(files, contract_id):
    """Run one of the project's own contracts on a throw-away package; 0 when it is kept."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, text in {"__init__.py": "", **files}.items():
            path = root / PACKAGE / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        contract = next(c for c in contracts() if c["id"] == contract_id)
        config = textwrap.dedent(f"""
            [tool.importlinter]
            root_packages = ["{PACKAGE}"]
            include_external_packages = true
            [[tool.importlinter.contracts]]
        """) + "\n".join(f"{key} = {value!r}".replace("'", '"') for key, value in contract.items())
        config = config.replace('"ejrc.', f'"{PACKAGE}.').replace('["ejrc"]', f'["{PACKAGE}"]')
        (root / "sample.toml").write_text(config, encoding="utf-8")
        sys.path.insert(0, folder)
        try:
            return lint_imports(config_filename=str(root / "sample.toml"), no_cache=True, no_logo=True)
        finally:
            sys.path.remove(folder)


@pytest.mark.parametrize(("violation", "contract_id"), [
    ({"geo/__init__.py": f"from {PACKAGE} import directory\n"}, "layers"),  # upwards
    ({"core/__init__.py": f"import {PACKAGE}.geo\n"}, "layers"),
    ({"accounts/__init__.py": f"from {PACKAGE} import helpdesk\n"}, "layers"),  # same row
    ({"meetings/scheduling/__init__.py": "from django.db import models\n"}, "solver"),
])
def test_a_deliberate_violation_is_caught(violation, contract_id, capsys):
    assert lint_sample(CLEAN, contract_id) == 0
    assert "KEPT" in capsys.readouterr().out
    assert lint_sample({**CLEAN, **violation}, contract_id) == 1
    assert "BROKEN" in capsys.readouterr().out
