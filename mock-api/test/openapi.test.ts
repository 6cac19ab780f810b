// openapi.yaml describes everything that exists: every route the app registers has its path and
// method in the document (generic collections through their list and item paths).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { GENERIC } from '../routes/generic.ts';
import { createKit, type Api, type Kit } from './kit.ts';

const doc = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../openapi.yaml'), 'utf8');
let kit: Kit;
let api: Api;
before(async () => {
  kit = createKit();
  api = await kit.start();
});
after(async () => {
  await api.close();
  kit.cleanup();
});

/** The methods documented under a path: the path line, then method keys indented by 4 until the next path. */
function documented(path: string): Set<string> {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l === `  ${path}:`);
  if (start < 0) return new Set();
  const methods = new Set<string>();
  for (
    let i = start + 1;
    i < lines.length && !/^ {2}\S/.test(lines[i]) && !/^\S/.test(lines[i]);
    i++
  ) {
    const m = /^ {4}(get|post|put|patch|delete):/.exec(lines[i]);
    if (m) methods.add(m[1]);
  }
  return methods;
}

it('documents every registered route', () => {
  const routes: [string, string][] = [];
  const stack = (
    api.server.app as unknown as {
      _router: {
        stack: { route?: { path: string | string[]; methods: Record<string, boolean> } }[];
      };
    }
  )._router.stack;
  for (const layer of stack) {
    if (!layer.route) continue;
    for (const p of Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path])
      for (const m of Object.keys(layer.route.methods)) routes.push([m, p]);
  }
  assert.ok(routes.length > 20, `found ${routes.length} routes`);
  const missing: string[] = [];
  for (const [method, path] of routes) {
    if (path === '/api/:name' || path === '/api/:name/:id') {
      for (const g of GENERIC) {
        if (!documented(`/api/${g.path}`).has(method)) missing.push(`${method} /api/${g.path}`);
        if (!documented(`/api/${g.path}/{id}`).has(method))
          missing.push(`${method} /api/${g.path}/{id}`);
      }
      continue;
    }
    const oaPath = path.replace(/:(\w+)/g, '{$1}');
    if (!documented(oaPath).has(method)) missing.push(`${method} ${oaPath}`);
  }
  assert.deepEqual(missing, [], `not in openapi.yaml: ${missing.join(', ')}`);
});
