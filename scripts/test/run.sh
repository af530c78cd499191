#!/usr/bin/env bash
# The README's test line (`npm test`): installs what the tests need, runs every suite,
# and ends with one "N passed, N failed" line totalled over all runners.
set -uo pipefail
cd "$(dirname "$0")/../.."

[ -x node_modules/.bin/vitest ] || npm ci --no-audit --no-fund || exit 1
# Chromium, and a Chinese font: without one, CJK text is drawn as fallback boxes and widths lie.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fonts-noto-cjk)
# The shared page cache's tests and the cluster test run nginx and Redis themselves.
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    # 101 ("action forbidden"): the packages' scripts must not start nginx or Redis as services.
    made_policy=""
    [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1; }
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") > /tmp/finews-apt.log 2>&1 || { tail -20 /tmp/finews-apt.log; exit 1; }
    [ -z "$made_policy" ] || rm -f /usr/sbin/policy-rc.d
  else
    echo "Missing Debian packages: ${missing[*]} (apt-get install ${missing[*]})"; exit 1
  fi
fi

rm -rf .reports && mkdir -p .reports
status=0
npx tsc --noEmit || status=1
TZ=UTC npx vitest run --reporter=default --reporter=json --outputFile=.reports/unit-utc.json || status=1
TZ=America/New_York npx vitest run --reporter=default --reporter=json --outputFile=.reports/unit-ny.json || status=1
npx playwright test || status=1
# nginx, two instances and Redis on the build above (installs nginx and redis-server when missing).
npx playwright test -c scripts/cluster/playwright.config.ts || status=1

node scripts/test/summary.mjs .reports/unit-utc.json .reports/unit-ny.json .reports/e2e.json .reports/cluster.json || status=1
exit $status
