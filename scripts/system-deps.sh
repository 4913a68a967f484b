#!/usr/bin/env bash
# Installs the Debian packages the project needs when they are missing (run as root, as on
# the project's machines). Without root it says what to install and carries on.
set -u
missing=()
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Japanese glyphs for the browser journeys' screenshots.
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
# nginx: only to check the example site of deploy/nginx with `nginx -t` (tests/deploy); never started.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install these Debian packages: ${missing[*]} (browser tests are skipped without chromium)." >&2
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# RUNLEVEL=1: no service is started by the install (nginx is only checked, never run).
apt-get update -qq >/dev/null && RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || echo "apt-get could not install ${missing[*]}" >&2
