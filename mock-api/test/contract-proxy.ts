// The mock API behind a validating proxy, for the end-to-end suite: every answer the app (or a
// journey's look-up) receives is checked against openapi.yaml (contract.ts). A violation is printed
// and appended to $CONTRACT_VIOLATIONS, which the end-to-end run's global teardown turns into a failure.
//
//   PORT=3900 DB_FILE=/tmp/x/db.json CONTRACT_VIOLATIONS=/tmp/x/violations.txt node mock-api/test/contract-proxy.ts
import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server.ts';
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
        body:
          chunks.length && method !== 'GET' && method !== 'HEAD'
            ? Buffer.concat(chunks)
            : undefined,
      });
      const body = Buffer.from(await answer.arrayBuffer());
      const violations = check.checkAnswer(method, url, {
        status: answer.status,
        contentType: answer.headers.get('content-type'),
        text: body.toString('utf8'),
        headers: answer.headers,
      });
      if (violations.length) opts.onViolations(violations);
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
  const api = await startServer({ port: 0, dbFile: process.env['DB_FILE'] });
  const proxy = await startContractProxy({
    target: api.url,
    port: Number(process.env['PORT'] ?? 3000),
    onViolations: (violations) => {
      const text = `${violations.join('\n')}\n`;
      process.stderr.write(`[contract] ${text}`);
      if (violationsFile) appendFileSync(violationsFile, text);
    },
  });
  console.log(`[contract] the mock API, checked against openapi.yaml, on ${proxy.url}`);
  const stop = () => proxy.server.close(() => api.close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
