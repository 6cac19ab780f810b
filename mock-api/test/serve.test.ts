// The production server (`npm run serve`: lib/site.ts in front of the API, serve.ts): strict CSP with a
// fresh nonce on every script and style of each index.html, security headers, caching per file,
// brotli/gzip, the SPA fallback (never for /api), robots.txt, CSP reports, "is the build stale", and
// the build's compile hints (.ci/compile-hints.ts).
// Runs on a small build made here (the real one's index.html is checked too when it exists).
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CSP_REPORT_LIMIT,
  createSite,
  NONCE_PLACEHOLDER,
  pickEncoding,
  type CspViolation,
} from '../lib/site.ts';
import { addCompileHints, COMPILE_HINT } from '../../.ci/compile-hints.ts';
import { BUILD_DIR, staleReason } from '../serve.ts';
import { createKit, type Api, type Kit } from './kit.ts';

const P = NONCE_PLACEHOLDER;
// As the production build writes it: inline critical CSS, the deferred stylesheet and its swap
// script, the inline language script, module preloads and the main bundle, each with the nonce.
const INDEX = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>portal</title><base href="/">
<style nonce="${P}">body{margin:0}</style><link rel="stylesheet" href="styles-VTFT6TIX.css" nonce="${P}" media="print" data-beasties-media="all"><noscript><link rel="stylesheet" href="styles-VTFT6TIX.css" nonce="${P}"></noscript></head>
<body><app-root ngcspnonce="${P}"></app-root>
<script nonce="${P}">document.documentElement.lang = 'zh-CN';</script>
<link rel="modulepreload" href="chunk-Dag-ogfB.js" nonce="${P}"><script src="main-2YRIMXUD.js" type="module" nonce="${P}"></script><script nonce="${P}">document.querySelectorAll('link[data-beasties-media]')</script></body></html>`;
const MAIN_JS = `console.log(${JSON.stringify('portal '.repeat(2000))});\n`;

function makeBuild(dir: string, index = INDEX): string {
  mkdirSync(join(dir, 'media'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), index);
  writeFileSync(join(dir, 'main-2YRIMXUD.js'), MAIN_JS);
  writeFileSync(join(dir, 'chunk-Dag-ogfB.js'), 'export const x = 1;\n');
  writeFileSync(join(dir, 'styles-VTFT6TIX.css'), `body{color:red}${' '.repeat(2000)}\n`);
  writeFileSync(join(dir, 'media/roboto-latin-400-normal-LOX3CHMS.woff2'), Buffer.alloc(3000, 7));
  writeFileSync(join(dir, 'favicon.ico'), Buffer.alloc(100, 1));
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  return dir;
}

/** The nonce of a policy's script-src, and the policy's directives by name. */
function policy(header: string | null): { directives: Map<string, string[]>; nonce: string } {
  assert.ok(header, 'a Content-Security-Policy header');
  const directives = new Map(
    header.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  const nonce = /'nonce-([^']+)'/.exec(directives.get('script-src')?.join(' ') ?? '')?.[1] ?? '';
  return { directives, nonce };
}

/** Every <script>, <style> and stylesheet/modulepreload <link> with its nonce attribute (or null). */
function taggedNonces(html: string): { tag: string; nonce: string | null }[] {
  const tags = html.match(/<(script|style|link)\b[^>]*>/gi) ?? [];
  return tags
    .filter((t) => !/^<link/i.test(t) || /rel="(stylesheet|modulepreload)"/i.test(t))
    .map((t) => ({ tag: t.slice(0, 40), nonce: /\snonce="([^"]*)"/.exec(t)?.[1] ?? null }));
}

/** A raw request (no URL normalisation, no automatic decompression). */
function raw(
  base: string,
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('production server (npm run serve)', () => {
  let kit: Kit;
  let api: Api;
  let base: string;
  let buildDir: string;
  const received: CspViolation[] = [];

  before(async () => {
    kit = createKit();
    buildDir = makeBuild(join(kit.dir, 'browser'));
    const site = createSite({ root: buildDir, log: false, onViolation: (v) => received.push(v) });
    await site.ready;
    api = await kit.start({ site: site.handle });
    base = api.base;
  });
  after(async () => {
    await api.close();
    kit.cleanup();
  });

  it('serves index.html with a strict policy whose fresh nonce is on every script and style', async () => {
    const nonces = new Set<string>();
    for (const path of ['/', '/index.html', '/procurement/catalog', '/welfare/gifts/P000001']) {
      const res = await fetch(base + path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      const html = await res.text();
      const { directives, nonce } = policy(res.headers.get('content-security-policy'));
      assert.match(nonce, /^[A-Za-z0-9+/]{24,}={0,2}$/, 'at least 128 random bits, base64');
      assert.deepEqual(directives.get('script-src'), ["'self'", `'nonce-${nonce}'`]);
      assert.deepEqual(directives.get('style-src'), ["'self'", `'nonce-${nonce}'`]);
      assert.deepEqual(directives.get('default-src'), ["'none'"], 'only what is named is allowed');
      assert.deepEqual(directives.get('object-src'), ["'none'"]);
      assert.deepEqual(directives.get('base-uri'), ["'self'"]);
      assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
      assert.deepEqual(directives.get('require-trusted-types-for'), ["'script'"]);
      assert.deepEqual(directives.get('report-uri'), ['/csp-reports']);
      const all = [...directives.values()].flat();
      for (const weak of [
        "'unsafe-inline'",
        "'unsafe-eval'",
        '*',
        'https:',
        'http:',
        'data:',
        'blob:',
      ])
        assert.ok(!all.includes(weak), `no ${weak} in the policy`);
      assert.ok(!html.includes(P), 'no placeholder left');
      const tags = taggedNonces(html);
      assert.equal(tags.length, 7);
      for (const t of tags) assert.equal(t.nonce, nonce, `${t.tag} carries the answer's nonce`);
      assert.match(html, new RegExp(`<app-root ngcspnonce="${nonce.replace(/[+/]/g, '\\$&')}">`));
      nonces.add(nonce);
    }
    assert.equal(nonces.size, 4, 'a different nonce for every answer');
  });

  it('sends the security headers on pages, files and reports', async () => {
    for (const path of ['/', '/main-2YRIMXUD.js', '/robots.txt', '/missing.js']) {
      const res = await fetch(base + path);
      const h = (n: string) => res.headers.get(n);
      assert.equal(h('x-content-type-options'), 'nosniff', path);
      assert.equal(h('referrer-policy'), 'no-referrer', path);
      assert.match(h('permissions-policy') ?? '', /camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      assert.equal(h('cross-origin-opener-policy'), 'same-origin', path);
      assert.equal(h('x-frame-options'), 'DENY', path);
      assert.match(h('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
      assert.equal(h('x-powered-by'), null, path);
    }
  });

  it('caches hashed files for a year and revalidates the rest', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const path of [
      '/main-2YRIMXUD.js',
      '/chunk-Dag-ogfB.js',
      '/styles-VTFT6TIX.css',
      '/media/roboto-latin-400-normal-LOX3CHMS.woff2',
    ]) {
      const res = await fetch(base + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('cache-control'), immutable, path);
    }
    for (const path of ['/favicon.ico', '/robots.txt']) {
      const res = await fetch(base + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('cache-control'), 'no-cache', path);
    }
    // uncompressed, a file has an ETag (raw: fetch asks for compression, and adds Cache-Control:
    // no-cache to a conditional request)
    const first = await raw(base, '/main-2YRIMXUD.js');
    const etag = String(first.headers['etag'] ?? '');
    assert.ok(etag);
    assert.equal(first.body, MAIN_JS);
    const again = await raw(base, '/main-2YRIMXUD.js', 'GET', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.match(String(first.headers['content-type']), /^(application|text)\/javascript/);
  });

  it('compresses with brotli or gzip as the client accepts, files and API answers alike', async () => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const res = await fetch(`${base}/main-2YRIMXUD.js`, {
        headers: { 'accept-encoding': accept },
      });
      assert.equal(res.headers.get('content-encoding'), encoding, accept);
      assert.equal(await res.text(), MAIN_JS, `${accept}: the same bytes once decoded`);
      assert.match(res.headers.get('vary') ?? '', /accept-encoding/i);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    }
    // hashed files were compressed once, at their best
    const best = brotliCompressSync(MAIN_JS, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY },
    });
    const packed = await raw(base, '/main-2YRIMXUD.js', 'GET', { 'accept-encoding': 'gzip, br' });
    assert.equal(packed.headers['content-encoding'], 'br');
    assert.equal(Number(packed.headers['content-length']), best.length);
    assert.match(String(packed.headers['content-type']), /javascript/);
    const head = await raw(base, '/styles-VTFT6TIX.css', 'HEAD', { 'accept-encoding': 'gzip' });
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-encoding'], 'gzip');
    assert.match(String(head.headers['content-type']), /^text\/css/);
    assert.equal(head.body, '');
    const page = await fetch(`${base}/procurement/catalog`, {
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(page.headers.get('content-encoding'), null, 'index.html is under 1 kB here');
    const token = await api.token('buyer@c1.example');
    const products = await fetch(`${base}/api/products?_limit=50`, {
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'br' },
    });
    assert.equal(products.status, 200);
    assert.equal(products.headers.get('content-encoding'), 'br');
    assert.equal(products.headers.get('cache-control'), 'no-store', 'private data');
    assert.equal(((await products.json()) as unknown[]).length, 50);
    // fonts are compressed already: sent as they are
    const font = await fetch(`${base}/media/roboto-latin-400-normal-LOX3CHMS.woff2`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    assert.equal(font.headers.get('content-encoding'), null);
  });

  it('leaves /api to the API: JSON answers and problems, never index.html', async () => {
    const health = await api.call('GET', '/api/health');
    assert.equal(health.status, 200);
    assert.match(health.headers.get('content-type') ?? '', /application\/json/);
    for (const path of [
      '/api',
      '/api/',
      '/api/no-such-route',
      '/api/procurement/catalog',
      '/API/procurement/catalog',
    ]) {
      const res = await fetch(base + path);
      assert.equal(res.status, 404, path);
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/, path);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
      assert.match(
        res.headers.get('content-security-policy') ?? '',
        /^default-src 'none'/,
        `${path}: the API's own policy`,
      );
    }
    const me = await api.call('GET', '/api/me', {
      token: await api.token('buyer@c1.example'),
    });
    assert.equal(me.status, 200);
    assert.equal(me.headers.get('cache-control'), 'no-store');
  });

  it('answers a missing file with 404, not the app, and serves nothing outside the build', async () => {
    for (const path of ['/chunk-MISSING1.js', '/media/missing.woff2', '/favicon.png']) {
      const res = await fetch(base + path, { headers: { accept: '*/*' } });
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /<html/i, path);
    }
    // a page the browser navigates to is the app, even with a dot in its last segment
    const page = await fetch(`${base}/procurement/orders/PO.1`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<app-root/);
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/media/..%2f..%2fpackage.json',
      '/.git/config',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
    ]) {
      const res = await raw(base, path);
      assert.doesNotMatch(res.body, /"name"|\[core\]|root:/, `${path} serves no file outside`);
      assert.ok([400, 403, 404].includes(res.status) || /<app-root/.test(res.body), path);
    }
  });

  it('serves robots.txt that keeps every crawler out', async () => {
    const res = await fetch(`${base}/robots.txt`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(await res.text(), /^User-agent: \*\nDisallow: \/$/m);
  });

  it('answers only GET and HEAD outside /api', async () => {
    const head = await raw(base, '/procurement/cart', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.match(String(head.headers['content-security-policy']), /'nonce-/);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await fetch(`${base}/procurement/cart`, { method });
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.get('allow'), 'GET, HEAD');
    }
  });

  it('collects CSP violation reports in both formats, and refuses anything else', async () => {
    received.length = 0;
    const post = (body: string, type: string) =>
      fetch(`${base}/csp-reports`, { method: 'POST', headers: { 'content-type': type }, body });
    const legacy = await post(
      JSON.stringify({
        'csp-report': {
          'document-uri': 'http://portal/budgets',
          'effective-directive': 'style-src-elem',
          'blocked-uri': 'inline',
          'source-file': 'http://portal/chunk-X.js',
          'line-number': 3,
          'script-sample': 'evil\n[csp] forged line',
        },
      }),
      'application/csp-report',
    );
    assert.equal(legacy.status, 204);
    const modern = await post(
      JSON.stringify([
        {
          type: 'csp-violation',
          body: {
            documentURL: 'http://portal/x',
            effectiveDirective: 'script-src-elem',
            blockedURL: 'http://evil.example/x.js',
          },
        },
        { type: 'deprecation', body: {} },
      ]),
      'application/reports+json',
    );
    assert.equal(modern.status, 204);
    assert.deepEqual(received, [
      {
        documentUrl: 'http://portal/budgets',
        directive: 'style-src-elem',
        blockedUrl: 'inline',
        sourceFile: 'http://portal/chunk-X.js',
        line: 3,
        sample: 'evil [csp] forged line',
      },
      {
        documentUrl: 'http://portal/x',
        directive: 'script-src-elem',
        blockedUrl: 'http://evil.example/x.js',
        sourceFile: undefined,
        line: undefined,
        sample: undefined,
      },
    ]);

    assert.equal((await post('{}', 'text/plain')).status, 415);
    assert.equal((await post('{not json', 'application/csp-report')).status, 400);
    assert.equal((await post('{"other":1}', 'application/csp-report')).status, 400);
    const huge = JSON.stringify({
      'csp-report': { 'script-sample': 'x'.repeat(CSP_REPORT_LIMIT) },
    });
    assert.equal((await post(huge, 'application/csp-report')).status, 413);
    const chunked = await fetch(`${base}/csp-reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: new Blob([huge]).stream(),
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413, 'a body without Content-Length is cut off too');
    const get = await fetch(`${base}/csp-reports`);
    assert.equal(get.status, 405);
    assert.equal(received.length, 2, 'nothing refused was recorded');
  });

  it('refuses to start on a build whose index.html has no nonce placeholder', () => {
    const dir = makeBuild(join(kit.dir, 'old-build'), INDEX.replaceAll(P, 'fixed'));
    assert.throws(() => createSite({ root: dir }), /ngCspNonce/);
    rmSync(join(dir, 'index.html'));
    assert.throws(() => createSite({ root: dir }), /build the app first/);
  });

  it(
    'the real build puts the nonce on every script and style',
    { skip: !existsSync(join(BUILD_DIR, 'index.html')) && 'no build' },
    () => {
      const html = readFileSync(join(BUILD_DIR, 'index.html'), 'utf8');
      const tags = taggedNonces(html);
      assert.ok(tags.length >= 4);
      for (const t of tags) assert.equal(t.nonce, P, `${t.tag} carries the placeholder`);
      assert.doesNotMatch(
        html,
        /\son[a-z]+=/i,
        'no inline event handlers (media=print onload swap)',
      );
    },
  );
});

describe('serve: which encoding a client gets', () => {
  it('brotli when accepted, else gzip, else none; q=0 refuses', () => {
    assert.equal(pickEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(pickEncoding('gzip, br;q=0'), 'gzip');
    assert.equal(pickEncoding('BR;q=0.5'), 'br');
    assert.equal(pickEncoding('*'), 'br');
    assert.equal(pickEncoding('*;q=0, gzip'), 'gzip');
    assert.equal(pickEncoding('identity'), null);
    assert.equal(pickEncoding('gzip;q=0'), null);
    assert.equal(pickEncoding(''), null);
    assert.equal(pickEncoding(undefined), null);
  });
});

describe('serve: is the build stale', () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-stale-'));
  const build = join(root, 'dist');
  after(() => rmSync(root, { recursive: true, force: true }));

  it('builds when there is no build, or a source is newer than it', () => {
    mkdirSync(join(root, 'src/app'), { recursive: true });
    writeFileSync(join(root, 'src/app/a.ts'), '');
    writeFileSync(join(root, 'angular.json'), '{}');
    assert.equal(staleReason(root, build), 'there is no build');
    mkdirSync(build);
    writeFileSync(join(build, 'index.html'), '');
    const t = Date.now() / 1000;
    utimesSync(join(root, 'src/app/a.ts'), t - 100, t - 100);
    utimesSync(join(root, 'src/app'), t - 100, t - 100);
    utimesSync(join(root, 'src'), t - 100, t - 100);
    utimesSync(join(root, 'angular.json'), t - 100, t - 100);
    utimesSync(join(build, 'index.html'), t - 50, t - 50);
    assert.equal(staleReason(root, build), null);
    // specs and the type checker's state are not built
    writeFileSync(join(root, 'src/app/a.spec.ts'), '');
    writeFileSync(join(root, 'src/tsconfig.app.tsbuildinfo'), '');
    utimesSync(join(root, 'src/app'), t - 100, t - 100);
    utimesSync(join(root, 'src'), t - 100, t - 100);
    assert.equal(staleReason(root, build), null);
    utimesSync(join(root, 'src/app/a.ts'), t, t);
    assert.equal(staleReason(root, build), 'src changed since the last build');
    utimesSync(join(root, 'src/app/a.ts'), t - 100, t - 100);
    utimesSync(join(root, 'angular.json'), t, t);
    assert.equal(staleReason(root, build), 'angular.json changed since the last build');
  });
});

describe('serve: the build marks its scripts for eager compilation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the hint on the first line of each script, its source map one line down, once', () => {
    writeFileSync(
      join(dir, 'main-A.js'),
      'import"./chunk-B.js";\n//# sourceMappingURL=main-A.js.map',
    );
    writeFileSync(
      join(dir, 'main-A.js.map'),
      JSON.stringify({ version: 3, mappings: 'AAAA,CAAC' }),
    );
    writeFileSync(join(dir, 'chunk-B.js'), 'export const b=1;');
    writeFileSync(join(dir, 'styles-C.css'), 'body{margin:0}');
    assert.equal(addCompileHints(dir), 2);
    assert.equal(
      readFileSync(join(dir, 'main-A.js'), 'utf8'),
      `${COMPILE_HINT}import"./chunk-B.js";\n//# sourceMappingURL=main-A.js.map`,
    );
    assert.equal(readFileSync(join(dir, 'chunk-B.js'), 'utf8'), `${COMPILE_HINT}export const b=1;`);
    assert.equal(
      JSON.parse(readFileSync(join(dir, 'main-A.js.map'), 'utf8')).mappings,
      ';AAAA,CAAC',
    );
    assert.equal(readFileSync(join(dir, 'styles-C.css'), 'utf8'), 'body{margin:0}');
    // a second run (npm run build twice on one build) leaves everything as it was
    assert.equal(addCompileHints(dir), 0);
    assert.equal(
      JSON.parse(readFileSync(join(dir, 'main-A.js.map'), 'utf8')).mappings,
      ';AAAA,CAAC',
    );
  });

  it(
    'the real build has the hint on every script',
    { skip: !existsSync(join(BUILD_DIR, 'index.html')) && 'no build' },
    () => {
      const scripts = readdirSync(BUILD_DIR).filter((f) => f.endsWith('.js'));
      assert.ok(scripts.length > 10);
      for (const f of scripts)
        assert.ok(readFileSync(join(BUILD_DIR, f), 'utf8').startsWith(COMPILE_HINT), f);
    },
  );
});
