// Counts what the server answered during a soak run, and judges each soak article it served.
import { classifyArticle, isErrorPage, parseArticle, type ArticleVerdict } from './lib';
import type { SoakPost } from './writer';

/** How often something happened, with the first few cases. */
export type Cases = { count: number; lines: string[] };

export type Tally = {
  responses: number;
  byStatus: Record<string, number>;
  /** Status >= 500, with the path. */
  serverErrors: Cases;
  /** Requests that got no answer (status 0): refused, reset or timed out. */
  noAnswer: Cases;
  /** 2xx–4xx responses whose body is an error page. */
  errorPages: Cases;
  soak: Record<ArticleVerdict, number>;
  /** Soak article responses that failed the check, described, and the bodies of the first ones. */
  badSoak: Cases;
  badBodies: string[];
  /** Diagnostics: a 404 asked for over 2 s after a soak post was complete (and not deleted); a 200 asked for over 2 s after its deletion. */
  missingLive: Cases;
  servedDeleted: Cases;
};

const EXAMPLES = 20;
const BODIES = 10;
const SETTLE_MS = 2000;
const SOAK_PATH = /^\/posts\/soak-(\d+)$/;

export function createTally(): Tally {
  return {
    responses: 0,
    byStatus: {},
    serverErrors: { count: 0, lines: [] },
    noAnswer: { count: 0, lines: [] },
    errorPages: { count: 0, lines: [] },
    soak: { ok: 0, degraded: 0, 'error-page': 0, 'no-title': 0, 'no-end-marker': 0, 'unfinished-version': 0, 'mixed-versions': 0 },
    badSoak: { count: 0, lines: [] },
    badBodies: [],
    missingLive: { count: 0, lines: [] },
    servedDeleted: { count: 0, lines: [] },
  };
}

function note(cases: Cases, line: string): void {
  cases.count += 1;
  if (cases.lines.length < EXAMPLES) cases.lines.push(line);
}

export function isBadVerdict(verdict: ArticleVerdict): boolean {
  return verdict !== 'ok' && verdict !== 'degraded';
}

export function countSoak(tally: Tally): number {
  return Object.values(tally.soak).reduce((sum, n) => sum + n, 0);
}

/**
 * Records one response; `status` 0 stands for a request that got no answer. `sentAt` is when the
 * request left, so the diagnostics do not blame the server for time spent in its queue.
 * Returns the soak verdict, if judged.
 */
export function recordResponse(
  tally: Tally,
  path: string,
  status: number,
  body: string,
  findPost: (id: number) => SoakPost | undefined,
  sentAt = Date.now(),
): ArticleVerdict | undefined {
  tally.responses += 1;
  tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
  if (status >= 500) note(tally.serverErrors, `${status} ${path}`);
  else if (status === 0) note(tally.noAnswer, path);
  else if (isErrorPage(body)) note(tally.errorPages, `${status} ${path}`);
  const id = Number(SOAK_PATH.exec(path)?.[1]);
  const post = Number.isInteger(id) ? findPost(id) : undefined;
  if (!post) return undefined;
  if (status === 404 && post.deletedAt === undefined && !post.deleting && post.createdAt !== undefined && sentAt - post.createdAt > SETTLE_MS) {
    note(tally.missingLive, `${path}: 404, asked ${sentAt - post.createdAt} ms after v1 was complete`);
  }
  if (status !== 200) return undefined;
  if (post.deletedAt !== undefined && sentAt - post.deletedAt > SETTLE_MS) note(tally.servedDeleted, `${path}: 200, asked ${sentAt - post.deletedAt} ms after deletion`);
  const view = parseArticle(body, post.id);
  const verdict = classifyArticle(view, post.completed);
  tally.soak[verdict] += 1;
  if (isBadVerdict(verdict)) {
    const writing = post.writing === undefined ? '' : `, v${post.writing} being written`;
    const ends = view.endVersions.map((v) => `v${v}`).join('+') || 'none';
    note(tally.badSoak, `${path}: ${verdict}: title v${view.titleVersion ?? '?'}, end marker ${ends}; complete: v${[...post.completed].join(',v')}${writing}`);
    if (tally.badBodies.length < BODIES) tally.badBodies.push(body);
  }
  return verdict;
}

/** Adds `more` into `into`, keeping the first examples of each list. */
export function mergeTally(into: Tally, more: Tally): void {
  into.responses += more.responses;
  for (const [status, n] of Object.entries(more.byStatus)) into.byStatus[status] = (into.byStatus[status] ?? 0) + n;
  for (const verdict of Object.keys(more.soak) as ArticleVerdict[]) into.soak[verdict] += more.soak[verdict];
  into.badBodies.push(...more.badBodies.slice(0, Math.max(0, BODIES - into.badBodies.length)));
  for (const key of ['serverErrors', 'noAnswer', 'errorPages', 'badSoak', 'missingLive', 'servedDeleted'] as const) {
    into[key].count += more[key].count;
    into[key].lines.push(...more[key].lines.slice(0, Math.max(0, EXAMPLES - into[key].lines.length)));
  }
}
