"""The settings are safe by default: each case runs ``ejrc`` in a fresh process with a chosen
environment, as an operator would, because settings are read once at start-up."""

import os
import subprocess
import sys

from django.conf import settings

# What a production deployment sets (README, "Production settings").
PRODUCTION = {
    "SECRET_KEY": "k7#Qz!p9Lw2@Vx4&Rb6^Tn8*Ym1(Hd3)Jf5_Gc0+Sa-Ue/Oi=Wm",
    "ALLOWED_HOSTS": "regions.example.eu",
    "CSRF_TRUSTED_ORIGINS": "https://regions.example.eu",
    "REDIS_URL": "redis://127.0.0.1:6379/9",
}
ASKED_FOR_ELSEWHERE = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", "DATABASE_URL", "EJRC_VAR_DIR")


def run_ejrc(tmp_path, code=None, args=(), **variables):
    """``python -c code`` (settings imported) or ``python -m ejrc args``, in a clean environment."""
    env = {k: v for k, v in os.environ.items() if k not in ASKED_FOR_ELSEWHERE}
    env.update(DJANGO_SETTINGS_MODULE="ejrc.settings", EJRC_VAR_DIR=str(tmp_path / "var"), **variables)
    command = ["-c", code] if code else ["-m", "ejrc", *args]
    return subprocess.run([sys.executable, "-P", *command], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def test_importing_the_settings_writes_nothing(tmp_path):
    result = run_ejrc(tmp_path, "import ejrc.settings", DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_debug_is_off_unless_asked_for(tmp_path):
    show = "import ejrc.settings as s; print(s.DEBUG)"
    assert run_ejrc(tmp_path, show, SECRET_KEY=PRODUCTION["SECRET_KEY"]).stdout.strip() == "False"
    assert run_ejrc(tmp_path, show, DEBUG="1").stdout.strip() == "True"


def test_without_debug_a_secret_key_is_required_with_a_clear_error(tmp_path):
    result = run_ejrc(tmp_path, "import ejrc.settings")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_is_silent_with_the_production_variables(tmp_path):
    result = run_ejrc(tmp_path, args=["check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert result.stderr == ""


def test_check_deploy_warns_when_rate_limits_live_in_each_process(tmp_path):
    variables = {k: v for k, v in PRODUCTION.items() if k != "REDIS_URL"}
    result = run_ejrc(tmp_path, args=["check", "--deploy", "--fail-level", "WARNING"], **variables)
    assert result.returncode != 0
    assert "ejrc.W001" in result.stderr


def test_the_suite_runs_on_its_own_settings_with_debug_off():
    assert os.environ["DJANGO_SETTINGS_MODULE"] == "ejrc.settings_test"
    assert settings.DEBUG is False
    assert settings.SECRET_KEY.startswith("tests-only")
