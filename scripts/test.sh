#!/usr/bin/env bash
# The whole test suite: type check, unit tests, CLI tests and integration tests with real tools.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/test-deps.sh
npx tsc --noEmit -p .
# A private Docker Engine for the image tests (scripts/engine.sh), stopped on exit unless another run still uses it.
export WHALE_DEBOOTSTRAP=${WHALE_DEBOOTSTRAP:-1} WHALE_ENGINE_USER=$$
trap 'scripts/engine.sh stop' EXIT
scripts/engine.sh start
. "${W:-/tmp/whale-engine}/env"
npx vitest run "$@"
