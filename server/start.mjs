// Serves the production build like `next start`, and gives each HTML page a script-src of its own
// (see page-policy.mjs). Usage: node server/start.mjs [-H hostname] [-p port]
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { holdPagePolicy } from './page-policy.mjs';
import { setSecurityHeaders, toRefusal } from './security-headers.mjs';

// Before Next loads: without it the server would pick React's development builds.
process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');

const { values } = parseArgs({ options: { hostname: { type: 'string', short: 'H' }, port: { type: 'string', short: 'p' } } });
const hostname = values.hostname ?? '0.0.0.0';
const port = Number(values.port ?? process.env.PORT ?? 3000);
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
  holdPagePolicy(req, res);
  handle(req, res);
}).listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));
