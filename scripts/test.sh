#!/usr/bin/env bash
# The whole test suite: type check, unit tests, CLI tests and integration tests with real tools.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/test-deps.sh
npx tsc --noEmit -p .
npx vitest run "$@"
