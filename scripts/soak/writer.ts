// The soak test's writer: adds, edits and deletes soak posts in a posts folder at a steady rate,
// half of them written in place in two pieces (as an operator's editor might), half by temp name + rename.
import { mkdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SOAK_FOLDER, toSoakPath, toSoakPost, toSplitOffset, type SplitKind } from './lib';

export type SoakPost = {
  id: number;
  dateMs: number;
  /** Versions whose bytes are all in the file (or were, before a later version). */
  completed: Set<number>;
  /** The newest complete version; 0 before the first one is complete. */
  latest: number;
  /** The version being written now, if any. */
  writing?: number;
  /** When version 1 was complete, and when the file was deleted (ms since the epoch). */
  createdAt?: number;
  deletedAt?: number;
  deleting?: boolean;
};

export type WriterStats = {
  adds: number;
  edits: number;
  deletes: number;
  inPlace: Record<SplitKind, number>;
  renamed: number;
  skippedTicks: number;
  errors: string[];
};

export type WriterOptions = { opsPerSecond: number; splitKinds: SplitKind[]; random: () => number; minLive: number; maxLive: number };

export function createSoakWriter(postsDir: string, options: WriterOptions) {
  const { random } = options;
  const posts = new Map<number, SoakPost>();
  const stats: WriterStats = { adds: 0, edits: 0, deletes: 0, inPlace: { 'front-matter': 0, body: 0 }, renamed: 0, skippedTicks: 0, errors: [] };
  const inflight = new Set<Promise<void>>();
  const baseMs = Date.now() - 3_600_000;
  let nextId = 1;
  let timer: NodeJS.Timeout | undefined;
  mkdirSync(path.join(postsDir, SOAK_FOLDER), { recursive: true });

  const fileOf = (id: number) => path.join(postsDir, toSoakPath(id));
  const pick = <T>(list: T[]): T | undefined => list[Math.floor(random() * list.length)];

  async function write(post: SoakPost, version: number, inPlace: boolean): Promise<void> {
    post.writing = version;
    const bytes = Buffer.from(toSoakPost(post.id, version, post.dateMs), 'utf8');
    if (inPlace) {
      const kind = pick(options.splitKinds) ?? 'front-matter';
      const cut = toSplitOffset(bytes.toString('utf8'), kind, random());
      stats.inPlace[kind] += 1;
      const handle = await fs.open(fileOf(post.id), 'w');
      try {
        await handle.write(bytes.subarray(0, cut));
        await sleep(50 + random() * 150);
        await handle.write(bytes.subarray(cut));
      } finally {
        await handle.close();
      }
    } else {
      stats.renamed += 1;
      const temp = path.join(postsDir, SOAK_FOLDER, `.soak-${post.id}.md.tmp`);
      await fs.writeFile(temp, bytes);
      await fs.rename(temp, fileOf(post.id));
    }
    post.completed.add(version);
    post.latest = version;
    post.writing = undefined;
    post.createdAt ??= Date.now();
  }

  function run(task: () => Promise<void>): void {
    const promise = task()
      .catch((error: unknown) => {
        stats.errors.push(error instanceof Error ? error.message : String(error));
      })
      .finally(() => inflight.delete(promise));
    inflight.add(promise);
  }

  function add(inPlace: boolean): void {
    const post: SoakPost = { id: nextId, dateMs: baseMs - nextId * 1000, completed: new Set(), latest: 0 };
    nextId += 1;
    posts.set(post.id, post);
    stats.adds += 1;
    run(() => write(post, 1, inPlace));
  }

  function tick(): void {
    const live = [...posts.values()].filter((post) => !post.deleting);
    const idle = live.filter((post) => post.writing === undefined && post.latest > 0);
    const roll = random();
    const inPlace = random() < 0.5;
    if (live.length < options.minLive || (roll < 0.25 && live.length < options.maxLive)) return add(inPlace);
    const post = pick(idle);
    if (!post) {
      stats.skippedTicks += 1;
      return;
    }
    if (roll < 0.45 || live.length > options.maxLive) {
      stats.deletes += 1;
      post.deleting = true;
      run(async () => {
        await fs.unlink(fileOf(post.id));
        post.deletedAt = Date.now();
      });
      return;
    }
    stats.edits += 1;
    run(() => write(post, post.latest + 1, inPlace));
  }

  return {
    posts,
    stats,
    /** Writes `count` posts at once (version 1, by rename), before the server starts. */
    async seed(count: number): Promise<void> {
      for (let i = 0; i < count; i += 1) add(false);
      await Promise.all(inflight);
    },
    start(): void {
      if (options.opsPerSecond > 0) timer = setInterval(tick, 1000 / options.opsPerSecond);
    },
    /** Stops new operations and waits for those under way. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await Promise.all(inflight);
    },
  };
}

export type SoakWriter = ReturnType<typeof createSoakWriter>;
