// @ts-check
// CPU time of one thread of this process, from Linux's /proc: the render budget counts the time
// a render ran, not the time it waited for a core (render threads run at the lowest priority, so
// on a busy machine an ordinary body can wait seconds without using any).
import { readFileSync, readlinkSync } from 'node:fs';

// Linux reports thread times in clock ticks of 1/100 s on every common build (getconf CLK_TCK).
const TICK_MS = 10;

/** The calling thread's id, or undefined off Linux. */
export function currentThreadId() {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}

/**
 * Milliseconds of CPU the thread has used, or undefined when that cannot be read.
 * @param {number} threadId
 */
export function threadCpuMs(threadId) {
  try {
    const stat = readFileSync(`/proc/self/task/${threadId}/stat`, 'utf8');
    // The thread's name, in parentheses, may hold spaces: count fields after it. utime and stime
    // are the 14th and 15th fields, the 12th and 13th after the name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * TICK_MS : undefined;
  } catch {
    return undefined;
  }
}
