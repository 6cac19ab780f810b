// The production server (`npm run serve`: the app's build and the mock API on one origin) behind a
// validating proxy, for the end-to-end suite: every /api answer the app (or a journey's look-up)
// receives is checked against openapi.yaml (contract.ts); everything else (index.html with its CSP,
// the build's files) passes through as served. A contract violation is printed and appended to
// $CONTRACT_VIOLATIONS, a CSP violation report the server receives to $CSP_VIOLATIONS; the end-to-end
// run's global teardown turns either into a failure. Builds the app first when its build is stale.
//
//   PORT=4900 DB_FILE=/tmp/x/db.json CONTRACT_VIOLATIONS=/tmp/x/contract.txt \
//     CSP_VIOLATIONS=/tmp/x/csp.txt node mock-api/test/contract-proxy.ts
import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild, serve } from '../serve.ts';
import { contract } from './contract.ts';

/** Hop-by-hop or recomputed headers, not passed on. */
const DROP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/** A proxy on `port` (0: any free one) to `target` that reports each answer's contract violations. */
export async function startContractProxy(opts: {
  target: string;
  port: number;
  onViolations: (violations: string[]) => void;
}): Promise<{ url: string; server: Server }> {
  const check = contract();
  const server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined && !DROP.has(name))
          headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const answer = await fetch(opts.target + url, {
        method,
        headers,
        redirect: 'manual',
        body:
          chunks.length && method !== 'GET' && method !== 'HEAD'
            ? Buffer.concat(chunks)
            : undefined,
      });
      const body = Buffer.from(await answer.arrayBuffer());
      const path = new URL(url, 'http://x').pathname;
      if (path === '/api' || path.startsWith('/api/')) {
        const violations = check.checkAnswer(method, url, {
          status: answer.status,
          contentType: answer.headers.get('content-type'),
          text: body.toString('utf8'),
          headers: answer.headers,
        });
        if (violations.length) opts.onViolations(violations);
      }
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!DROP.has(name) && name !== 'content-encoding') out[name] = value;
      });
      res.writeHead(answer.status, out).end(body);
    } catch (err) {
      opts.onViolations([`${method} ${url}: no answer (${String(err)})`]);
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const violationsFile = process.env['CONTRACT_VIOLATIONS'];
  const cspFile = process.env['CSP_VIOLATIONS'];
  const dbFile = process.env['DB_FILE'];
  ensureBuild();
  const api = await serve({
    port: 0,
    dbFile,
    quiet: true,
    onViolation: (v) => {
      process.stderr.write(`[csp] ${JSON.stringify(v)}\n`);
      if (cspFile) appendFileSync(cspFile, `${JSON.stringify(v)}\n`);
    },
  });
  const proxy = await startContractProxy({
    target: api.url,
    port: Number(process.env['PORT'] ?? 3000),
    onViolations: (violations) => {
      const text = `${violations.join('\n')}\n`;
      process.stderr.write(`[contract] ${text}`);
      if (violationsFile) appendFileSync(violationsFile, text);
    },
  });
  console.log(`[contract] the portal, its /api checked against openapi.yaml, on ${proxy.url}`);
  const stop = () => proxy.server.close(() => api.close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
