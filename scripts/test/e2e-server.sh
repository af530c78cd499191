#!/usr/bin/env bash
# Serves a production build on a throwaway copy of the posts plus the e2e fixtures,
# so end-to-end tests can add, edit and delete posts without touching posts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="${E2E_DIR:-.e2e}"
export POSTS_DIR="$dir/posts"
rm -rf "$dir" && mkdir -p "$dir"
cp -r posts "$POSTS_DIR"
cp -r e2e/fixtures/posts/. "$POSTS_DIR/"
# XSS payload posts and malformed files, each in its own folder; the malformed ones that are not
# sane to commit (11 MB, binary, symlinks to a post outside the folder) are written here.
mkdir -p "$POSTS_DIR/hostile" "$POSTS_DIR/malformed"
cp e2e/fixtures/hostile/*.md "$POSTS_DIR/hostile/"
cp -r e2e/fixtures/malformed/. "$POSTS_DIR/malformed/"
node scripts/test/write-malformed-posts.mjs "$POSTS_DIR/malformed" "$dir/outside" > /dev/null
# Bodies that stall a Markdown parser: each article must show its excerpt, and no other page wait.
node scripts/test/write-stalling-posts.mjs "$POSTS_DIR/stall" > /dev/null
# 25 short posts in one category with one tag, so lists and filters have a second page.
mkdir -p "$POSTS_DIR/batch"
for i in $(seq 1 25); do
  printf -- '---\ntitle: "批量文章第%s篇"\ndate: 2020-02-%02d 08:00:00 +0800\ncategories: piliang\ntags: 批量 %s\n---\n<p>用于分页测试的第%s篇短文。</p>\n' \
    "$i" "$i" "$([ $((i % 2)) = 0 ] && echo 双数 || echo 单数)" "$i" > "$POSTS_DIR/batch/batch-$i.md"
done
node node_modules/next/dist/bin/next build > "$dir/build.log" 2>&1 || { cat "$dir/build.log"; exit 1; }
echo "${E2E_RUN:-}" > "$dir/build-done" # scripts/test/e2e-jekyll-server.sh waits for this to serve the same build
# -H localhost, not 127.0.0.1: with an IP there, Next 16 sends proxy.ts rewrites (to the 404 page,
# to /filtered) back to itself over HTTP, which fails now and then under load with a 500.
exec node server/start.mjs -H localhost -p "${E2E_PORT:-3100}"
