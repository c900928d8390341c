#!/usr/bin/env bash
# The whole test suite, in the order a reviewer would want failures reported:
# lint, type check, dataset validation, unit + component tests (Jest), then the
# production build driven by Playwright in Debian's Chromium.
# Every stage runs even when an earlier one fails; the last line is the total
# "N passed, N failed" that CI reads.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results_dir="test-results/summary"
mkdir -p "$results_dir"
rm -f "$results_dir"/*.json

bash scripts/ensure-chromium.sh || echo "warning: could not install chromium; end-to-end tests will fail" >&2

stage_pass=0
stage_fail=0
stage() {
  local name="$1"; shift
  echo "=== $name: $*"
  if "$@"; then stage_pass=$((stage_pass + 1)); echo "=== $name: ok"; else stage_fail=$((stage_fail + 1)); echo "=== $name: FAILED"; fi
}

stage lint npx eslint . --max-warnings=0
stage typecheck npx tsc --noEmit
stage typecheck-lib npx tsc --noEmit -p tsconfig.lib.json
stage validate npx tsx scripts/validate.ts
# Jest and Playwright report their own counts; their exit codes are folded into those counts.
npx jest --ci --json --outputFile="$results_dir/jest.json" || true
npx playwright test 2>&1 | tee "$results_dir/playwright.log" || true
npx playwright test -c playwright.smoke.config.ts 2>&1 | tee "$results_dir/playwright-smoke.log" || true
npx playwright test -c playwright.hostile.config.ts 2>&1 | tee "$results_dir/playwright-hostile.log" || true
npx playwright test -c playwright.static.config.ts 2>&1 | tee "$results_dir/playwright-static.log" || true

# The production build now exists (Playwright made it): hold the explorer to its first-load budget.
stage bundle-size node scripts/bundle-size.mjs --budget-kb 250 --route /
# The same build under load, briefly: 3 rounds x 3 s, 20 connections; fails on any failed request or growing memory.
stage loadtest node scripts/loadtest/loadtest.mjs --short --no-build --dist .next

node scripts/summarise-tests.mjs "$results_dir" "$stage_pass" "$stage_fail"
