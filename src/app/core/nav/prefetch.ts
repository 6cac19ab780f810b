import type { Route, Routes } from '@angular/router';

/**
 * Starts downloading the lazy code of the page at `path` at once, before the app has booted: the
 * router itself loads a lazy route only after its guards have passed (the shell's wait for GET
 * /api/me) and one level at a time (shell, feature, page), each level a round trip more. Started
 * here, all of it downloads alongside the session check; the router then finds the modules loaded
 * (the browser keeps one instance of each module). Only for a visitor with a stored session (main.ts):
 * a signed-out one downloads nothing but the login page.
 *
 * Follows the first route whose path matches, as the router mostly does; a miss costs nothing but a
 * download the router would not have made.
 */
export function prefetchRoute(routes: Routes, path: string): Promise<void> {
  const segments = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  return walk(routes, segments).catch(() => undefined);
}

async function walk(routes: Routes, segments: string[]): Promise<void> {
  for (const route of routes) {
    const rest = match(route, segments);
    if (!rest) continue;
    void Promise.resolve(route.loadComponent?.()).catch(() => undefined);
    const children = route.loadChildren ? await route.loadChildren() : route.children;
    if (Array.isArray(children)) await walk(children, rest);
    return;
  }
}

/** The segments left after `route`'s path, or null when it does not match (or redirects). */
function match(route: Route, segments: string[]): string[] | null {
  if (route.redirectTo !== undefined || route.matcher || route.path === undefined) return null;
  if (route.path === '**') return [];
  const parts = route.path.split('/').filter(Boolean);
  if (parts.length > segments.length) return null;
  if (route.pathMatch === 'full' && parts.length !== segments.length) return null;
  if (!parts.every((p, i) => p.startsWith(':') || p === segments[i])) return null;
  return segments.slice(parts.length);
}
