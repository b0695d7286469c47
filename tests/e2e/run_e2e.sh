#!/bin/sh
# Runs web_form.test.mjs under node's test runner, or exits 77 (ctest's SKIP_RETURN_CODE here)
# when a prerequisite is missing: node, chromium, or the npm packages (npm ci --prefix tests/e2e).
cd "$(dirname "$0")" || exit 1
chromium="${CHROMIUM:-/usr/bin/chromium}"
if ! command -v node >/dev/null 2>&1; then
  echo "e2e: skipped: node is not installed"; exit 77
fi
if [ ! -x "$chromium" ]; then
  echo "e2e: skipped: $chromium is not installed (apt-get install chromium)"; exit 77
fi
if [ ! -f node_modules/playwright-core/package.json ]; then
  echo "e2e: skipped: tests/e2e/node_modules missing (npm ci --prefix tests/e2e)"; exit 77
fi
exec node --test --test-reporter=spec web_form.test.mjs
