// After the writer stops: every soak post still in the folder must be served in its final version, every deleted one must be gone.
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArticle } from './lib';
import { fetchAndRecord } from './load';
import { createTally, type Cases, type Tally } from './tally';
import type { SoakPost } from './writer';

export type FinalState = { tally: Tally; live: number; liveWrong: number; deleted: number; deletedWrong: number; wrong: Cases };

const RETRY_MS = 2000;

/** What is wrong with one answer for `post`, or undefined when it is right. */
function toProblem(post: SoakPost, status: number, body: string): string | undefined {
  if (post.deletedAt !== undefined) return status === 404 ? undefined : `deleted, but answered ${status}`;
  if (status !== 200) return `exists at v${post.latest}, but answered ${status}`;
  const view = parseArticle(body, post.id);
  const ends = view.endVersions.map((v) => `v${v}`).join('+') || 'none';
  if (view.titleVersion === post.latest && ends === `v${post.latest}` && !view.degraded) return undefined;
  return `final v${post.latest}, served title v${view.titleVersion ?? '?'}, end marker ${ends}${view.degraded ? ', degraded' : ''}`;
}

export async function checkFinalState(origin: string, posts: Map<number, SoakPost>, workers = 8): Promise<FinalState> {
  const tally = createTally();
  const state: FinalState = { tally, live: 0, liveWrong: 0, deleted: 0, deletedWrong: 0, wrong: { count: 0, lines: [] } };
  const wrong: { post: SoakPost; problem: string }[] = [];
  const queue = [...posts.values()];
  const loop = async () => {
    for (let post = queue.shift(); post; post = queue.shift()) {
      const path = `/posts/soak-${post.id}`;
      const answer = await fetchAndRecord(origin, path, tally, () => undefined);
      const problem = toProblem(post, answer.status, answer.body);
      if (post.deletedAt !== undefined) state.deleted += 1;
      else state.live += 1;
      if (!problem) continue;
      if (post.deletedAt !== undefined) state.deletedWrong += 1;
      else state.liveWrong += 1;
      wrong.push({ post, problem });
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
  // Not part of the verdict: tells a stale first answer (served while a background refresh runs) from a lasting one.
  if (wrong.length > 0) await sleep(RETRY_MS);
  for (const { post, problem } of wrong) {
    const again = await fetchAndRecord(origin, `/posts/soak-${post.id}`, createTally(), () => undefined);
    const later = toProblem(post, again.status, again.body) ?? 'right';
    state.wrong.count += 1;
    if (state.wrong.lines.length < 20) state.wrong.lines.push(`/posts/soak-${post.id}: ${problem}; ${RETRY_MS / 1000} s later: ${later}`);
  }
  return state;
}
