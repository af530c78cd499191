// nginx and redis-server from Debian when they are missing (a fresh CI machine has neither).
// Started by us, never as services: a policy-rc.d keeps the packages' scripts from starting them.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

export const NGINX = '/usr/sbin/nginx';
export const REDIS_SERVER = '/usr/bin/redis-server';
const POLICY_RC = '/usr/sbin/policy-rc.d';

/** Installs the Debian packages whose program is missing; throws with the apt output when that fails. */
export function ensureServers(log: (line: string) => void = console.log): void {
  const missing = [
    ['nginx', NGINX],
    ['redis-server', REDIS_SERVER],
  ].flatMap(([name, program]) => (existsSync(program ?? '') ? [] : [name ?? '']));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing ${missing.join(', ')}: run apt-get install ${missing.join(' ')} as root`);
  log(`installing ${missing.join(', ')} with apt-get`);
  const madePolicy = !existsSync(POLICY_RC);
  // 101: "action forbidden", so postinst does not start the daemons.
  if (madePolicy) writeFileSync(POLICY_RC, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...missing]]) {
      const result = spawnSync('apt-get', args, { env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
    }
  } finally {
    if (madePolicy) rmSync(POLICY_RC, { force: true });
  }
}
