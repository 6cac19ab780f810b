// The production web app on the API's origin (`npm run serve`, mock-api/serve.ts): the files of the
// production build (robots.txt among them, from src/public), `index.html` with a fresh CSP nonce per
// answer, caching that fits each file, the SPA fallback for app routes and an endpoint that collects
// CSP violation reports. Everything under /api is left to the API (never answered with index.html).
//
//   Content-Security-Policy   strict: scripts and styles only from this origin or with the answer's
//                             nonce (Angular copies `ngCspNonce` from index.html onto its tags and
//                             onto every <style> it inserts), no plugins, no framing, no <base>
//                             elsewhere, Trusted Types for script sinks; violations are reported
//                             to POST /csp-reports.
//   Cache-Control             hashed build files (`name-HASH.ext`) are immutable for a year;
//                             index.html and other unhashed files are revalidated (`no-cache`).
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import express, { type NextFunction, type Request, type Response } from 'express';

/** The value of `ngCspNonce` in src/index.html; the build copies it onto every script and style tag. */
export const NONCE_PLACEHOLDER = '%CSP_NONCE%';

/** Where browsers send CSP violation reports (both `report-uri` and `report-to` formats). */
export const CSP_REPORT_PATH = '/csp-reports';

/** A report body larger than this is refused (a real one is under 2 kB). */
export const CSP_REPORT_LIMIT = 64 * 1024;

/** At most this many reports are logged per minute (log flooding); the rest are still kept and passed on. */
const REPORTS_LOGGED_PER_MINUTE = 60;

/** Trusted Types policies the app may create: Angular's and its 'default' (src/app/core/security/trusted-types.ts). */
export const TRUSTED_TYPES_POLICIES = ['angular', 'angular#bundler', 'default'];

/** A hashed build file: `main-HWHB2DFB.js`, `chunk-D-dJjmKf.js`, `media/roboto-…-LOX3CHMS.woff2`. */
const HASHED_FILE = /-[A-Za-z0-9_-]{8}\.(?:js|css|woff2?|ttf|svg|png|jpe?g|webp|avif|gif|ico)$/;

/** Hashed text files compressed once, at their best, when the server starts. */
const PRECOMPRESSED = /\.(?:js|css|svg)$/;

const brotliBest = promisify(brotliCompress);
const gzipBest = promisify(gzip);

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none. */
export function pickEncoding(accept: string | undefined): 'br' | 'gzip' | null {
  const q = new Map<string, number>();
  for (const part of (accept ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    q.set(name!.trim(), weight === undefined ? 1 : Number(weight));
  }
  const ok = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

/** One violation, as `report-uri` (`csp-report`) and `report-to` (`csp-violation`) report it. */
export interface CspViolation {
  documentUrl: string;
  directive: string;
  blockedUrl: string;
  sourceFile?: string;
  line?: number;
  sample?: string;
}

/** The policy of one answer; a nonce for index.html, none for files that carry no markup. */
export function contentSecurityPolicy(nonce?: string): string {
  const withNonce = nonce ? ` 'nonce-${nonce}'` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${withNonce}`,
    `style-src 'self'${withNonce}`,
    // product pictures are SVG from /api
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
    // report-uri, not report-to: browsers send these at once; the Reporting API batches them for
    // up to a minute (the endpoint accepts both formats)
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}

/** Headers on every answer of the site (the API sets its own, as strict, on its answers). */
export const SITE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export interface SiteOptions {
  /** The production build's browser folder (dist/portal/browser). */
  root: string;
  /** Called for each violation report received (after the log line). */
  onViolation?: (violation: CspViolation) => void;
  /** Logs each report on stderr (default true). */
  log?: boolean;
}

export interface Site {
  /** Express middleware: answers every non-/api request, passes /api on. */
  handle: (req: Request, res: Response, next: NextFunction) => void;
  /**
   * Settles when the hashed JS, CSS and SVG files are compressed at their best (brotli 11, gzip 9),
   * a few seconds after the start; until then they are compressed per answer, as the API's are.
   */
  ready: Promise<void>;
  /** The violations received so far (the last 100). */
  violations: CspViolation[];
}

/** /api and below, in any case (express routes ignore case too). */
const isApi = (path: string) => /^\/api(?:\/|$)/i.test(path);

function setSiteHeaders(res: Response, nonce?: string): void {
  for (const [k, v] of Object.entries(SITE_HEADERS)) res.setHeader(k, v);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
}

export function createSite(opts: SiteOptions): Site {
  const indexFile = join(opts.root, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`${indexFile} is missing: build the app first (npm run build)`);
  const template = readFileSync(indexFile, 'utf8');
  const parts = template.split(NONCE_PLACEHOLDER);
  if (parts.length < 3)
    throw new Error(
      `${indexFile} has no ngCspNonce="${NONCE_PLACEHOLDER}" on its scripts and styles: rebuild the app`,
    );
  const violations: CspViolation[] = [];
  const log = opts.log ?? true;
  let minute = 0;
  let loggedThisMinute = 0;

  const sendIndex = (req: Request, res: Response) => {
    // 22 random bytes → 30 base64 characters, fresh for every answer.
    const nonce = randomBytes(22).toString('base64');
    setSiteHeaders(res, nonce);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.status(200).end(req.method === 'HEAD' ? undefined : parts.join(nonce));
  };

  const packed = new Map<string, { br: Buffer; gzip: Buffer }>();
  const ready = (async () => {
    const names = readdirSync(opts.root, { recursive: true, encoding: 'utf8' });
    for (const name of names.filter((n) => HASHED_FILE.test(n) && PRECOMPRESSED.test(n))) {
      const data = await readFile(join(opts.root, name));
      const [br, gz] = await Promise.all([
        brotliBest(data, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
            [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gzipBest(data, { level: 9 }),
      ]);
      packed.set(`/${relative(opts.root, join(opts.root, name)).split(sep).join('/')}`, {
        br,
        gzip: gz,
      });
    }
  })();
  ready.catch((err: unknown) => console.error('[serve] precompression failed:', err));

  /** A precompressed hashed file, when the client accepts brotli or gzip. */
  const sendPacked = (req: Request, res: Response): boolean => {
    const hit = packed.get(req.path);
    const encoding = hit && pickEncoding(req.headers['accept-encoding']);
    if (!hit || !encoding) return false;
    setSiteHeaders(res);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(req.path.slice(req.path.lastIndexOf('.')));
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', hit[encoding].length);
    res.status(200).end(req.method === 'HEAD' ? undefined : hit[encoding]);
    return true;
  };

  const files = express.static(opts.root, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    etag: true,
    setHeaders: (res, path) => {
      setSiteHeaders(res);
      res.setHeader(
        'Cache-Control',
        HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  const receiveReport = (req: Request, res: Response) => {
    setSiteHeaders(res);
    res.setHeader('Cache-Control', 'no-store');
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!['application/csp-report', 'application/reports+json', 'application/json'].includes(type))
      return void res.status(415).end();
    if (Number(req.headers['content-length'] ?? 0) > CSP_REPORT_LIMIT)
      return void res.status(413).end();
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > CSP_REPORT_LIMIT) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) return void res.status(413).end();
      let received: CspViolation[];
      try {
        received = parseReports(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        return void res.status(400).end();
      }
      if (!received.length) return void res.status(400).end();
      const now = Math.floor(Date.now() / 60_000);
      if (now !== minute) [minute, loggedThisMinute] = [now, 0];
      for (const v of received) {
        violations.push(v);
        if (violations.length > 100) violations.shift();
        if (log && loggedThisMinute++ < REPORTS_LOGGED_PER_MINUTE)
          console.error(
            `[csp] ${v.directive} blocked ${v.blockedUrl || '(inline)'} on ${v.documentUrl}` +
              (v.sourceFile ? ` (${v.sourceFile}:${v.line ?? '?'})` : '') +
              (v.sample ? ` sample ${JSON.stringify(v.sample)}` : ''),
          );
        opts.onViolation?.(v);
      }
      res.status(204).end();
    });
    req.on('error', () => res.destroy());
  };

  const handle = (req: Request, res: Response, next: NextFunction): void => {
    if (isApi(req.path)) return next();
    if (req.path === CSP_REPORT_PATH) {
      if (req.method === 'POST') return receiveReport(req, res);
      setSiteHeaders(res);
      return void res.status(405).setHeader('Allow', 'POST').end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      setSiteHeaders(res);
      return void res.status(405).setHeader('Allow', 'GET, HEAD').end();
    }
    if (req.path === '/' || req.path === '/index.html') return sendIndex(req, res);
    if (sendPacked(req, res)) return;
    files(req, res, () => {
      // Not a file. An app route is the app: a page the browser navigates to (it accepts HTML), or a
      // path whose last segment has no extension. Anything else is a missing file, never index.html
      // (a stale chunk must fail as a 404, not be parsed as script).
      const last = req.path.slice(req.path.lastIndexOf('/') + 1);
      if (!last.includes('.') || (req.headers.accept ?? '').includes('text/html'))
        return sendIndex(req, res);
      setSiteHeaders(res);
      res.setHeader('Cache-Control', 'no-store');
      res.status(404).type('text/plain').end('Not found\n');
    });
  };
  return { handle, ready, violations };
}

/** A report field as one log-safe line: control characters (newlines, escapes) become spaces. */
const text = (v: unknown, max = 500): string =>
  typeof v === 'string'
    ? [...v.slice(0, max)].map((c) => (c < ' ' || c === '\u007f' ? ' ' : c)).join('')
    : '';

/** The violations in a report body: `{"csp-report": {…}}` (report-uri) or `[{type, body}]` (report-to). */
export function parseReports(body: unknown): CspViolation[] {
  const bodies: Record<string, unknown>[] = [];
  if (Array.isArray(body)) {
    for (const r of body.slice(0, 100))
      if (r && typeof r === 'object' && (r as { type?: unknown }).type === 'csp-violation') {
        const b = (r as { body?: unknown }).body;
        if (b && typeof b === 'object') bodies.push(b as Record<string, unknown>);
      }
    return bodies.map((b) => ({
      documentUrl: text(b['documentURL']),
      directive: text(b['effectiveDirective'], 100),
      blockedUrl: text(b['blockedURL']),
      sourceFile: text(b['sourceFile']) || undefined,
      line: typeof b['lineNumber'] === 'number' ? b['lineNumber'] : undefined,
      sample: text(b['sample'], 200) || undefined,
    }));
  }
  const r =
    body && typeof body === 'object' ? (body as Record<string, unknown>)['csp-report'] : null;
  if (!r || typeof r !== 'object') return [];
  const b = r as Record<string, unknown>;
  return [
    {
      documentUrl: text(b['document-uri']),
      directive: text(b['effective-directive'] ?? b['violated-directive'], 100),
      blockedUrl: text(b['blocked-uri']),
      sourceFile: text(b['source-file']) || undefined,
      line: typeof b['line-number'] === 'number' ? b['line-number'] : undefined,
      sample: text(b['script-sample'], 200) || undefined,
    },
  ];
}
