#!/usr/bin/env bash
# Install the Debian packages the project needs, when they are missing.
#   system-deps.sh        what the test suite needs (browser, CJK font, PostgreSQL, venv)
#   system-deps.sh venv   only what creating the virtualenv needs
#   system-deps.sh run    what `make run` needs (a CJK and a colour emoji font for share posters)
#   system-deps.sh bench  what `make bench` needs (wrk, the load generator; chromium)
#   system-deps.sh bench-pg  what `make bench-pg` needs (wrk, chromium and PostgreSQL)
set -euo pipefail

mode="${1:-all}"
case "$mode" in
  all|venv|run|bench|bench-pg) ;;
  *) echo "unknown mode '$mode' (all, venv, run, bench, bench-pg)" >&2; exit 2 ;;
esac

missing=()
python3 -c "import ensurepip, venv" 2>/dev/null || missing+=(python3-venv)
if [ "$mode" = "all" ] || [ "$mode" = "bench" ] || [ "$mode" = "bench-pg" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
if [ "$mode" = "all" ] || [ "$mode" = "run" ]; then
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
  fc-list 2>/dev/null | grep -qi "Noto Color Emoji" || missing+=(fonts-noto-color-emoji)
fi
if [ "$mode" = "bench" ] || [ "$mode" = "bench-pg" ]; then
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
fi
if [ "$mode" = "all" ] || [ "$mode" = "bench-pg" ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
