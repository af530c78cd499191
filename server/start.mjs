// @ts-check
// Serves the production build like `next start`, and gives each HTML page a script-src of its own
// (see next-response-patch.mjs). Usage: node server/start.mjs [-H hostname] [-p port]
// What it assumes about Next is listed in next-internals.mjs (N2, N3, N6, N7).
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { limitSharedCaching } from './cache-control.mjs';
import { warnLoopbackHostname } from './next-internals.mjs';
import { holdPagePolicy } from './next-response-patch.mjs';
import { setSecurityHeaders, toRefusal } from './security-headers.mjs';

// N6: before Next loads; without it the server would pick React's development builds.
/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV ??= 'production';
const { default: next } = await import('next');

const { values } = parseArgs({ options: { hostname: { type: 'string', short: 'H' }, port: { type: 'string', short: 'p' } } });
const hostname = values.hostname ?? '0.0.0.0';
const port = Number(values.port ?? process.env.PORT ?? 3000);
const loopbackWarning = warnLoopbackHostname(hostname);
if (loopbackWarning) console.warn(loopbackWarning);
const app = next({ dev: false, dir: path.join(import.meta.dirname, '..'), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  setSecurityHeaders(res);
  const refusal = toRefusal(req.method ?? 'GET', req.url ?? '/');
  if (refusal) {
    res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', ...(refusal.status === 405 ? { allow: 'GET, HEAD' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : refusal.text);
    return;
  }
  limitSharedCaching(res);
  holdPagePolicy(req, res);
  handle(req, res);
}).listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));
