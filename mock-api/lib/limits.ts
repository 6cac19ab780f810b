// Request bodies and response headers for every route (mock-api/README.md: Limits).
//
// Bodies: JSON only (other types → 415), at most BODY_LIMIT bytes unless BODY_LIMITS says otherwise
// (→ 413), and read only after the caller is authenticated (login is the one public route with a
// body), so an anonymous client cannot make the server buffer or parse anything. A body on GET/HEAD
// is refused without being read.
import type { NextFunction, Request, Response } from 'express';
import type { AppContext } from './context.ts';
import { DomainError, problemOf, sendProblem } from './problem.ts';

/** Default body limit: the largest commands (500 SKUs or lines with 64-character ids) take ≈ 210 kB even \u-escaped. */
export const BODY_LIMIT = 256 * 1024;

/** Per-route body rules (exact `METHOD /path`); every other route: authenticated, BODY_LIMIT. */
export const BODY_LIMITS: Record<string, { limit: number; public?: boolean }> = {
  'POST /api/auth/login': { limit: 16 * 1024, public: true },
};

/** Headers on every answer: JSON and pictures are never sniffed, framed, referred or scripted. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  next();
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (!!length && length !== '0');
}

/** Reads at most `limit` bytes of UTF-8 JSON; past the limit it stops buffering and says so. */
function readJson(req: Request, limit: number): Promise<{ tooLarge: true } | { value: unknown }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume(); // discard the rest; the answer is sent at once
      resolve({ tooLarge: true });
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      if (size > limit) return;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve({ value: JSON.parse(text) });
      } catch {
        reject(
          new DomainError('VALIDATION_FAILED', 'The body is not valid JSON.', [
            { path: 'body', message: 'Malformed JSON' },
          ]),
        );
      }
    });
  });
}

/** Middleware in front of every route: type and size checks, authentication, then parsing into `req.body`. */
export function jsonBody(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!hasBody(req)) return next();
    if (req.method === 'GET' || req.method === 'HEAD')
      return next(
        new DomainError('VALIDATION_FAILED', `A ${req.method} request carries no body.`, [
          { path: 'body', message: 'Not allowed' },
        ]),
      );
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const charset = /;\s*charset=("?)([^";]+)\1/i.exec(req.headers['content-type'] ?? '')?.[2];
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (
      !/^application\/([\w.-]+\+)?json$/.test(type) ||
      (charset && !/^utf-?8$/i.test(charset)) ||
      encoding !== 'identity'
    )
      return sendProblem(
        res,
        problemOf(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the body as application/json (UTF-8, not compressed).',
        ),
      );
    const rule = BODY_LIMITS[`${req.method} ${req.path}`];
    const limit = rule?.limit ?? BODY_LIMIT;
    const tooLarge = () =>
      sendProblem(
        res,
        problemOf('PAYLOAD_TOO_LARGE', `The body may be at most ${limit} bytes on this route.`),
      );
    if (Number(req.headers['content-length']) > limit) return tooLarge();
    const parse = () =>
      readJson(req, limit).then((r) => {
        if ('tooLarge' in r) return tooLarge();
        req.body = r.value;
        next();
      }, next);
    if (rule?.public) return void parse();
    ctx.auth.authenticate(req, res, (err?: unknown) => (err ? next(err) : void parse()));
  };
}
