#!/usr/bin/env bash
# Serves a production build on a throwaway copy of the posts plus the e2e fixtures,
# so end-to-end tests can add, edit and delete posts without touching posts/.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${E2E_DIR:-.e2e}"
export POSTS_DIR="$dir/posts"
rm -rf "$dir" && mkdir -p "$dir"
cp -r posts "$POSTS_DIR"
cp -r e2e/fixtures/posts/. "$POSTS_DIR/"
node node_modules/next/dist/bin/next build > "$dir/build.log" 2>&1 || { cat "$dir/build.log"; exit 1; }
exec node node_modules/next/dist/bin/next start -H 127.0.0.1 -p "${E2E_PORT:-3100}"
