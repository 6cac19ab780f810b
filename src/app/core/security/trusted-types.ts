// Trusted Types: the production server sends `require-trusted-types-for 'script'` (mock-api/lib/site.ts),
// so a string or URL handed to a script sink, such as the import page's `new Worker(url)`, must come
// from a policy. The build only bundles a worker written as `new Worker(new URL('…', import.meta.url))`,
// so that call cannot take a policy's value itself: this 'default' policy vouches for exactly those URLs
// (this origin's `worker-HASH.js` bundles) and nothing else. Its createHTML takes only the empty
// string (ECharts clears its chart element with `innerHTML = ''` when a chart is disposed); it has no
// createScript. Any other HTML or script string stays blocked.

interface TrustedTypePolicyFactoryLike {
  readonly defaultPolicy: unknown;
  createPolicy(
    name: string,
    rules: {
      createHTML: (input: string) => string | null;
      createScriptURL: (input: string) => string | null;
    },
  ): unknown;
}

/** A worker bundle of this build on this origin: `/worker-CJQEB2HS.js`. */
export function isWorkerBundleUrl(input: string, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(input, origin);
  } catch {
    return false;
  }
  return (
    url.origin === origin && /^\/worker-[\w-]+\.js$/.test(url.pathname) && !url.search && !url.hash
  );
}

/** Creates the 'default' policy once, where the browser has Trusted Types. */
export function installTrustedTypesPolicy(win: Window = window): void {
  const factory = (win as Window & { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  const origin = win.location.origin;
  factory.createPolicy('default', {
    createHTML: (input) => (input === '' ? '' : null),
    createScriptURL: (input) => (isWorkerBundleUrl(input, origin) ? input : null),
  });
}
