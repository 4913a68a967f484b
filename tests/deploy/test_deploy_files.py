"""The example files of deploy/ that can be checked on this machine (docs/deployment.md says which).

- gunicorn starts with deploy/gunicorn.conf.py and serves /healthz and /readyz;
- the systemd units pass ``systemd-analyze verify`` (paths pointed at this checkout);
- the nginx site passes ``nginx -t`` (Debian's nginx-light, scripts/system-deps.sh; never started).
The compose file is not tested: there is no container engine with compose here.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
BIN = Path(sys.executable).parent


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read().decode()


def test_gunicorn_serves_the_site_with_the_configuration_file(tmp_path):
    port = _free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ejrc.settings", "DEBUG": "0",
           "SECRET_KEY": "deploy-test-not-secret-0123456789abcdefghijklmnopqrstuvwxyz",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", "EJRC_VAR_DIR": str(tmp_path),
           "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1", "GUNICORN_THREADS": "2",
           "SECURE_SSL_REDIRECT": "0", "ALLOWED_HOSTS": "127.0.0.1"}
    env.pop("CELERY_BROKER_URL", None)
    env.pop("REDIS_URL", None)
    with open(tmp_path / "gunicorn.log", "w") as log:
        server = subprocess.Popen([str(BIN / "gunicorn"), "-c", str(DEPLOY / "gunicorn.conf.py"),
                                   "ejrc.wsgi:application"],
                                  env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = _get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
                assert time.monotonic() < deadline, "gunicorn did not answer within 60 s"
                time.sleep(0.3)
        assert (status, body) == (200, '{"status": "ok"}')
        status, body = _get(f"http://127.0.0.1:{port}/readyz")
        assert status == 200 and '"down": []' in body
        assert "gthread" in (tmp_path / "gunicorn.log").read_text()
    finally:
        server.terminate()
        server.wait(timeout=40)
    assert server.returncode == 0


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
@pytest.mark.parametrize("unit, as_name", [("ejrc-web.service", "ejrc-web.service"),
                                           ("ejrc-worker@.service", "ejrc-worker@mail.service"),
                                           ("ejrc-beat.service", "ejrc-beat.service")])
def test_the_systemd_units_verify(tmp_path, unit, as_name):
    text = (DEPLOY / "systemd" / unit).read_text()
    text = text.replace("/srv/ejrc/app/.venv/bin", str(BIN)).replace("/srv/ejrc/app", str(REPO))
    text = text.replace("/etc/ejrc/env", str(DEPLOY / "env.example"))
    (tmp_path / as_name).write_text(text)
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(tmp_path / as_name)],
                            capture_output=True, text=True, timeout=60)
    problems = [line for line in result.stderr.splitlines() if "ejrc" in line]
    assert result.returncode == 0 and not problems, result.stderr


def _nginx():
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@pytest.mark.skipif(_nginx() is None and not os.environ.get("CI"), reason="nginx is not installed")
def test_the_nginx_site_passes_nginx_t(tmp_path):
    assert _nginx(), "scripts/system-deps.sh installs nginx-light"
    key, certificate = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=regions.example.eu",
                    "-days", "1", "-keyout", str(key), "-out", str(certificate)], check=True, capture_output=True)
    site = (DEPLOY / "nginx" / "ejrc.conf").read_text()
    site = site.replace("/etc/letsencrypt/live/regions.example.eu/fullchain.pem", str(certificate))
    site = site.replace("/etc/letsencrypt/live/regions.example.eu/privkey.pem", str(key))
    site = site.replace("/etc/nginx/ejrc_proxy_params", str(DEPLOY / "nginx" / "ejrc_proxy_params"))
    (tmp_path / "ejrc.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  client_body_temp_path {tmp_path}/body;\n  proxy_temp_path {tmp_path}/proxy;\n"
        f"  include {tmp_path}/ejrc.conf;\n}}\n")
    result = subprocess.run([_nginx(), "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "syntax is ok" in result.stderr, result.stderr
