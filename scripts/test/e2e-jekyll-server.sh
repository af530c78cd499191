#!/usr/bin/env bash
# Serves the production build that scripts/test/e2e-server.sh makes, on a throwaway copy of the Jekyll
# fixture site (e2e/fixtures/jekyll), on a second port. It never builds: it waits for that build.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="${E2E_DIR:-.e2e}"
site="${JEKYLL_DIR:-$dir-jekyll}"
rm -rf "$site" && mkdir -p "$site"
export POSTS_DIR="$site/site"
cp -r e2e/fixtures/jekyll "$POSTS_DIR"
node scripts/test/write-jekyll-fixture-extras.mjs "$POSTS_DIR" > /dev/null
# e2e-server.sh writes this run's id here once its build is done; a marker with another id is an earlier run's.
marker="$dir/build-done"
until [ "$(cat "$marker" 2>/dev/null)" = "${E2E_RUN:?}" ] && [ -f "${NEXT_DIST_DIR:-.next}/BUILD_ID" ]; do sleep 0.5; done
exec node server/start.mjs -H localhost -p "${JEKYLL_PORT:?}"
