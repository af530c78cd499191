// @ts-check
// Times Hugo (when it is on PATH) building the same posts, to compare with our publish-one-post latency:
//   node scripts/bench/hugo.mjs <postsDir> [workDir] [--runs N]   prints JSON, or null without hugo.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { toHugoFrontMatter } from './hugo-convert.mjs';
import { writeHugoSite } from './hugo-site.mjs';

const STAMP_FILE = '.bench-hugo';
const POST_EXTENSIONS = ['.md', '.markdown', '.html', '.txt'];
const TIME_BIN = '/usr/bin/time';
const PUBLISH_FOLDER = 'bench-publish';

/**
 * @typedef {object} HugoMeasurement
 * @property {string} version
 * @property {number} posts
 * @property {number} pages
 * @property {number[]} fullBuildMs
 * @property {number} medianMs
 * @property {number[]} publishOneMs
 * @property {number} publishOneMedianMs
 * @property {number} [peakRssMb]
 * @property {number} [cpuMedianMs] User + system CPU time of hugo, median; only where /usr/bin/time is installed.
 * @property {number} [publishOneCpuMedianMs]
 * @property {string[]} issues
 */
/** @typedef {{ ms: number; peakKb: number | undefined; cpuMs: number | undefined }} HugoRun */

/** @param {string} name @returns {string | undefined} */
function findOnPath(name) {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!folder) continue;
    const file = path.join(folder, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch { /* not in this folder */ }
  }
  return undefined;
}

/** @param {number[]} values @returns {number} */
function toMedian(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** @param {string} dir @param {string} [prefix] @returns {string[]} */
function listPostFiles(dir, prefix = '') {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listPostFiles(dir, rel));
    else if (entry.isFile() && POST_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(rel);
  }
  return files.sort();
}

/** @param {string} postsDir @returns {import('./hugo-site.mjs').HugoSite} */
function readSiteFile(postsDir) {
  const file = path.join(postsDir, '_site.yml');
  const data = existsSync(file) ? yaml.safeLoad(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) : undefined;
  const site = /** @type {Record<string, unknown>} */ (data && typeof data === 'object' ? data : {});
  const names = site.categories && typeof site.categories === 'object' ? site.categories : {};
  return {
    title: typeof site.title === 'string' ? site.title : 'Finews Reader',
    timezone: typeof site.timezone === 'string' ? site.timezone : 'Asia/Shanghai',
    categoryNames: Object.fromEntries(Object.entries(names).filter(([, name]) => typeof name === 'string')),
  };
}

/** Refuses any non-empty folder it did not make, since it deletes what it finds there. @param {string} workDir */
function prepareWorkDir(workDir) {
  if (existsSync(workDir) && readdirSync(workDir).length > 0 && !existsSync(path.join(workDir, STAMP_FILE))) {
    throw new Error(`${workDir} is not empty and has no ${STAMP_FILE}: refusing to build a Hugo site in it`);
  }
  for (const name of ['config.toml', 'content', 'layouts', 'public', 'resources']) rmSync(path.join(workDir, name), { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  writeFileSync(path.join(workDir, STAMP_FILE), 'made by scripts/bench/hugo.mjs; deleted and rebuilt on every run\n');
}

/**
 * Converts every post once (not timed); a file our site would reject is left out and named in `issues`.
 * @param {string} postsDir @param {string} contentDir
 * @returns {{ posts: number; issues: string[]; sample: string | undefined }}
 */
function copyPosts(postsDir, contentDir) {
  /** @type {string[]} */
  const issues = [];
  /** @type {Map<string, string>} */
  const owners = new Map();
  /** @type {string | undefined} */
  let sample;
  for (const rel of listPostFiles(postsDir)) {
    let text;
    try {
      text = toHugoFrontMatter(readFileSync(path.join(postsDir, rel), 'utf8'), rel);
    } catch (error) {
      issues.push(`${rel}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const slug = JSON.parse(/^slug: (.*)$/m.exec(text)?.[1] ?? '""');
    if (owners.has(slug)) {
      issues.push(`${rel}: slug '${slug}' is already used by ${owners.get(slug)}`);
      continue;
    }
    owners.set(slug, rel);
    // Hugo does not read .txt or .markdown-free .html the way Jekyll does; .html stays HTML, the rest is Markdown.
    const target = path.join(contentDir, path.extname(rel).toLowerCase() === '.html' ? rel : rel.replace(/\.[^.]+$/, '.md'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    sample ??= text;
  }
  return { posts: owners.size, issues, sample };
}

/** @param {string} sample @param {number} index @returns {string} */
function toNewPost(sample, index) {
  const body = sample.slice(sample.indexOf('\n---\n') + 5);
  const date = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return `---\ntitle: "发布测试 ${index}"\ndate: "${date}"\nslug: "${PUBLISH_FOLDER}-${index}"\ncategories: ["hongguan"]\ntags: ["GDP"]\n---\n${body}`;
}

/**
 * Peak RSS and user + system CPU time from `/usr/bin/time -v`; CPU time barely moves when other jobs share the cores.
 * @param {string} file @returns {{ peakKb: number | undefined; cpuMs: number | undefined }}
 */
function readTimeReport(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const user = /User time \(seconds\): ([\d.]+)/.exec(text);
  const system = /System time \(seconds\): ([\d.]+)/.exec(text);
  return {
    peakKb: peak ? Number(peak[1]) : undefined,
    cpuMs: user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined,
  };
}

/** @param {number | undefined} pid @returns {number | undefined} */
function readHighWaterKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One `hugo --quiet` in `siteDir`: wall time in ms, peak RSS in kB (from /usr/bin/time, else /proc samples), CPU ms.
 * @param {string} hugo @param {string} siteDir @returns {Promise<HugoRun>}
 */
function runHugo(hugo, siteDir) {
  const timeFile = path.join(siteDir, '.time.txt');
  const useTime = existsSync(TIME_BIN);
  rmSync(timeFile, { force: true });
  /** @type {[string, string[]]} */
  const [command, args] = useTime ? [TIME_BIN, ['-v', '-o', timeFile, hugo, '--quiet']] : [hugo, ['--quiet']];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: siteDir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sampledKb = 0;
    const sampler = useTime ? undefined : setInterval(() => { sampledKb = Math.max(sampledKb, readHighWaterKb(child.pid) ?? 0); }, 20);
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (sampler) clearInterval(sampler);
      if (code !== 0) reject(new Error(`hugo exited with ${code} in ${siteDir}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
      else resolve(useTime ? { ms, ...readTimeReport(timeFile) } : { ms, peakKb: sampledKb || undefined, cpuMs: undefined });
    });
  });
}

/** @param {string} siteDir @returns {number} */
function countArticlePages(siteDir) {
  const dir = path.join(siteDir, 'public', 'posts');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'page' && existsSync(path.join(dir, entry.name, 'index.html'))).length;
}

/** @param {number} ms */
const round = (ms) => Math.round(ms * 10) / 10;

/**
 * Builds `postsDir` with Hugo `runs` times from scratch, then `runs` times after adding one post each
 * (a static generator publishes by rebuilding). Resolves to undefined when `hugo` is not on PATH.
 * @param {{ postsDir: string; workDir?: string; runs?: number }} options
 * @returns {Promise<HugoMeasurement | undefined>}
 */
export async function measureHugo({ postsDir, workDir = path.join(os.tmpdir(), 'finews-bench-hugo'), runs = 3 }) {
  const hugo = findOnPath('hugo');
  if (!hugo) return undefined;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a whole number of at least 1, not ${runs}`);
  const versionText = spawnSync(hugo, ['version'], { encoding: 'utf8' }).stdout ?? '';
  const version = /v(\d+\.\d+\.\d+\S*)/.exec(versionText)?.[1] ?? versionText.trim();

  const siteDir = path.resolve(workDir);
  prepareWorkDir(siteDir);
  writeHugoSite(siteDir, readSiteFile(postsDir));
  const contentDir = path.join(siteDir, 'content', 'posts');
  const { posts, issues, sample } = copyPosts(postsDir, contentDir);
  if (!sample) throw new Error(`${postsDir}: no post Hugo could be given (${issues.length} files rejected)`);

  const fullBuildMs = [];
  const publishOneMs = [];
  const fullBuildCpuMs = [];
  const publishOneCpuMs = [];
  let peakKb = 0;
  let pages = 0;
  for (let run = 0; run < runs; run += 1) {
    rmSync(path.join(siteDir, 'public'), { recursive: true, force: true });
    rmSync(path.join(siteDir, 'resources'), { recursive: true, force: true });
    const result = await runHugo(hugo, siteDir);
    fullBuildMs.push(round(result.ms));
    if (result.cpuMs !== undefined) fullBuildCpuMs.push(round(result.cpuMs));
    peakKb = Math.max(peakKb, result.peakKb ?? 0);
    if (run === 0) pages = countArticlePages(siteDir);
  }
  const publishDir = path.join(contentDir, PUBLISH_FOLDER);
  mkdirSync(publishDir, { recursive: true });
  for (let run = 0; run < runs; run += 1) {
    const file = path.join(publishDir, `${run + 1}.md`);
    writeFileSync(file, toNewPost(sample, run + 1));
    const result = await runHugo(hugo, siteDir);
    publishOneMs.push(round(result.ms));
    if (result.cpuMs !== undefined) publishOneCpuMs.push(round(result.cpuMs));
    peakKb = Math.max(peakKb, result.peakKb ?? 0);
    rmSync(file);
  }
  // Hugo skips future-dated posts and drafts, as our site hides them; anything else missing is worth a line.
  if (pages !== posts) issues.push(`hugo wrote ${pages} article pages for ${posts} posts (future-dated and draft posts are left out)`);
  return {
    version,
    posts,
    pages,
    fullBuildMs,
    medianMs: round(toMedian(fullBuildMs)),
    publishOneMs,
    publishOneMedianMs: round(toMedian(publishOneMs)),
    ...(peakKb > 0 ? { peakRssMb: round(peakKb / 1024) } : {}),
    ...(fullBuildCpuMs.length === runs ? { cpuMedianMs: round(toMedian(fullBuildCpuMs)) } : {}),
    ...(publishOneCpuMs.length === runs ? { publishOneCpuMedianMs: round(toMedian(publishOneCpuMs)) } : {}),
    issues,
  };
}

async function main() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? 3 : Number(args.splice(runsAt, 2)[1]);
  const [postsDir, workDir, extra] = args;
  if (!postsDir || extra !== undefined || !Number.isInteger(runs)) {
    console.error('usage: node scripts/bench/hugo.mjs <postsDir> [workDir] [--runs N]');
    process.exitCode = 2;
    return;
  }
  try {
    const result = await measureHugo({ postsDir: path.resolve(postsDir), ...(workDir ? { workDir } : {}), runs });
    if (!result) console.error('bench-hugo: hugo is not on PATH (Debian package: hugo); nothing measured');
    console.log(JSON.stringify(result ?? null, null, 2));
  } catch (error) {
    console.error(`bench-hugo: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
