#!/usr/bin/env bash
# Installs the real tools the integration tests drive, from Debian's packages, when they are missing:
#   pre-commit   the hook runner (test/integration/pre-commit.test.ts)
#   shellcheck   the optional ShellCheck backend (test/lint/shellcheck.test.ts)
#   chromium     the headless browser that renders the HTML reports (test/integration/html-chromium.test.ts)
# Tests that need a missing tool fail; they never skip.
set -euo pipefail
need=()
command -v pre-commit >/dev/null || need+=(pre-commit)
command -v shellcheck >/dev/null || need+=(shellcheck)
command -v chromium >/dev/null || need+=(chromium)
command -v git >/dev/null || need+=(git)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "test-deps: missing ${need[*]}; install them (Debian: apt-get install ${need[*]}) or run as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
