// @ts-check
// The minimal Hugo site the benchmark builds: the same page kinds as ours (home, category, tag, article),
// 20 posts a page, 20 items a feed, a category menu on every page and raw HTML passed through like Jekyll.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @typedef {{ title: string; timezone: string; categoryNames: Record<string, string> }} HugoSite */

const LAYOUTS = {
  '_default/baseof.html': `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>{{ partialCached "menu.html" . }}</header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  '_default/list.html': `{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = where site.RegularPages "Section" "posts" }}{{ end }}
{{ $pager := .Paginate $pages }}
<ul>{{ range $pager.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ partial "date.html" . }}<p>{{ .Summary }}</p></li>{{ end }}
</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
`,
  '_default/single.html': `{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p>{{ partial "date.html" . }} {{ range .GetTerms "categories" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
{{ .Content }}
<p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">#{{ .LinkTitle }}</a> {{ end }}</p>
<nav>{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</article>
{{ end }}
`,
  'partials/menu.html': `<nav>{{ range site.Taxonomies.categories.ByCount }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav>
`,
  'partials/date.html': `<time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2006-01-02 15:04" }}</time>
`,
};

/**
 * TOML config; JSON string escapes are valid TOML basic-string escapes.
 * @param {{ title: string; timezone: string }} site
 * @returns {string}
 */
export function toHugoConfig({ title, timezone }) {
  return `baseURL = "http://localhost/"
title = ${JSON.stringify(title)}
languageCode = "zh-cn"
timeZone = ${JSON.stringify(timezone)}
hasCJKLanguage = true
paginate = 20
rssLimit = 20

[taxonomies]
category = "categories"
tag = "tags"

[permalinks]
posts = "/posts/:slug/"
categories = "/category/:slug/"
tags = "/tags/:slug/"

[markup.goldmark.renderer]
unsafe = true
`;
}

/**
 * Writes config, layouts and one `_index.md` per named category (its display name) into `siteDir`.
 * @param {string} siteDir
 * @param {HugoSite} site
 */
export function writeHugoSite(siteDir, { title, timezone, categoryNames }) {
  writeFileSync(path.join(siteDir, 'config.toml'), toHugoConfig({ title, timezone }));
  for (const [name, text] of Object.entries(LAYOUTS)) {
    const file = path.join(siteDir, 'layouts', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  for (const [slug, name] of Object.entries(categoryNames)) {
    const folder = path.join(siteDir, 'content', 'categories', slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '_index.md'), `---\ntitle: ${JSON.stringify(name)}\nslug: ${JSON.stringify(slug)}\n---\n`);
  }
}
