// Writes and removes a jekyll-shape site: its own files, a page per source, and the posts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OLD_HOST } from './jekyll-endings.mjs';
import { buildWorld, planJekyllPost } from './jekyll-plan.mjs';
import { renderJekyllPost } from './jekyll-post.mjs';
import { EMNEWS } from './jekyll-sources.mjs';
import { removeFile, removeFolder } from './remove-files.mjs';
import { STAMP_FILE } from './stamp.mjs';

const JEKYLL_FOLDERS = ['_posts', 'old_post', 'category', '_layouts'];

function renderCategoryPage(source) {
  return `---\nlayout: category\ntitle: ${source.name}\ncategory: ${source.slug}\n---`;
}

/** The site's own files: config, CNAME, Liquid index pages and layouts, all written for this script. */
function renderJekyllSiteFiles(count, seed) {
  const page = (front, body) => `---\n${front.join('\n')}\n---\n\n${body}\n`;
  const tagList = (filter, limit) => [
    '{% for tag in site.tags %}',
    ...(filter ? [`{% if tag[0] == "${filter}" %}`] : []),
    '<h2>{{ tag[0] }}</h2>',
    '<ul>',
    `{% for post in tag[1] limit:${limit} %}`,
    `  <li><a href="{{ post.url | relative_url }}"${filter ? ' target="_blank"' : ''}>{{ post.title }}</a> <small>{{ post.date | date: "%m-%d %H:%M" }}</small></li>`,
    '{% endfor %}',
    '</ul>',
    ...(filter ? ['{% endif %}'] : []),
    '{% endfor %}',
  ].join('\n');
  return [
    ['_config.yml', `# A generated sample of the archive's shape: gen-posts, seed ${seed}, ${count} posts.\ntheme: jekyll-theme-minimal\n\nlang: zh-CN\ntitle: 金融消息\n`
      + 'show_downloads: false\nsafe: true\nurl: https://finews.withounder.com\nenforce_ssl: finews.withounder.com\ntimezone: Asia/Shanghai\n'
      + 'author: gen-posts\n\nplugins:\n  - jekyll-feed\n'],
    ['CNAME', OLD_HOST],
    ['README.md', page(['layout: default', 'title:  "首页"', 'permalink: /'], `${tagList('', 5)}\n\n---`)],
    ['index.md', page(['layout: default', 'title:  "首页"', 'permalink: /'], [
      '## [分类](./categories/ "全部分类")', '', '<h2 id="latest">最近100条新消息</h2>', '<ul>', '{% for post in site.posts limit:100 %}',
      '  <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> <small>{{ post.date | date: "%m-%d %H:%M" }}</small></li>',
      '{% endfor %}', '</ul>'].join('\n'))],
    ['emnews.md', page(['layout: default', 'title:  "东财滚动新闻"', 'permalink: /emnews/'], tagList(EMNEWS.name, 20))],
    ['categories.md', page(['layout: default', 'title:  "分类"', 'permalink: /categories/'], tagList('', 20))],
    ['404.md', page(['layout: default', 'title: 404'], [
      '<p>没有找到这个页面，5 秒后回到<a href="/">首页</a>。</p>', '<p id="moved"></p>', '<script>',
      "  var parts = location.pathname.split('/');",
      "  if (parts.length > 5) document.getElementById('moved').textContent = '较早的文章在 old_post/' + parts[2] + '-' + parts[3] + '-' + parts[4] + '-' + parts[5].replace(/\\.html$/, '') + '.md';",
      "  setTimeout(function () { location.href = '/'; }, 5000);", '</script>'].join('\n'))],
    ['_layouts/default.html', ['<!DOCTYPE html>', '<html lang="{{ site.lang | default: "zh-CN" }}">', '<head>', '<meta charset="utf-8">',
      '<title>{% if page.title %}{{ page.title }} | {% endif %}{{ site.title }}</title>',
      '<link rel="alternate" type="application/atom+xml" href="{{ "/feed.xml" | absolute_url }}">', '</head>', '<body>',
      '<header><h1><a href="{{ "/" | relative_url }}">{{ site.title }}</a></h1></header>', '<main>', '{{ content }}', '</main>',
      '<footer><small>生成的样例站点，内容均为虚构，不构成投资建议。</small></footer>', '</body>', '</html>', ''].join('\n')],
    ['_layouts/post.html', ['---', 'layout: default', '---', '<small>(GMT+8, {{ site.timezone }}) {{ page.date | date: "%Y-%m-%d %H:%M:%S" }}</small>',
      '<h1>{{ page.title }}</h1>', '{{ content }}',
      '{% if page.tags.size > 0 %}<p>标签：{% for tag in page.tags %}<em>{{ tag }}</em>{% unless forloop.last %} · {% endunless %}{% endfor %}</p>{% endif %}', ''].join('\n')],
    ['_layouts/category.html', ['---', 'layout: default', '---', '<h2>{{ page.title }}</h2>', '<ul>', '{% for post in site.categories[page.category] %}',
      '  <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> <small>{{ post.date | date: "%Y-%m-%d" }}</small></li>',
      '{% endfor %}', '</ul>', ''].join('\n')],
  ];
}
const JEKYLL_SITE_FILES = renderJekyllSiteFiles(0, 0).map(([name]) => name);

/** Writes the whole site into `dir`; returns the bytes of the posts. */
export function writeJekyllSite(dir, count, seed) {
  const world = buildWorld(seed, count);
  for (const folder of JEKYLL_FOLDERS) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const [name, text] of renderJekyllSiteFiles(count, seed)) writeFileSync(path.join(dir, name), text);
  for (const source of world.sources) writeFileSync(path.join(dir, 'category', `${source.slug}.html`), renderCategoryPage(source));
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const plan = planJekyllPost(seed, index, world);
    const data = Buffer.from(renderJekyllPost(plan, world), 'utf8');
    bytes += data.length;
    writeFileSync(path.join(dir, plan.relPath), data);
  }
  return bytes;
}

/** Deletes the posts, pages and site files the stamped run wrote, the stamp, and the folders they leave empty. */
export function removeJekyllSite(dir, stamp) {
  const world = buildWorld(stamp.seed, stamp.count);
  for (let index = 0; index < stamp.count; index += 1) removeFile(path.join(dir, planJekyllPost(stamp.seed, index, world).relPath));
  for (const source of world.sources) removeFile(path.join(dir, 'category', `${source.slug}.html`));
  for (const name of [...JEKYLL_SITE_FILES, STAMP_FILE]) removeFile(path.join(dir, name));
  for (const folder of JEKYLL_FOLDERS) removeFolder(path.join(dir, folder));
}
