import { installTrustedTypesPolicy, isWorkerBundleUrl } from './trusted-types';

describe('Trusted Types default policy', () => {
  const origin = 'https://portal.example';

  it('vouches for this origin’s worker bundles only', () => {
    expect(isWorkerBundleUrl('https://portal.example/worker-CJQEB2HS.js', origin)).toBeTrue();
    expect(isWorkerBundleUrl('/worker-a_b-C1.js', origin)).toBeTrue();
    expect(isWorkerBundleUrl('https://evil.example/worker-CJQEB2HS.js', origin)).toBeFalse();
    expect(isWorkerBundleUrl('https://portal.example/main-2YRIMXUD.js', origin)).toBeFalse();
    expect(isWorkerBundleUrl('https://portal.example/api/worker-x.js', origin)).toBeFalse();
    expect(isWorkerBundleUrl('https://portal.example/worker-x.js?x=1', origin)).toBeFalse();
    expect(isWorkerBundleUrl('data:text/javascript,alert(1)', origin)).toBeFalse();
    expect(isWorkerBundleUrl('blob:https://portal.example/1234', origin)).toBeFalse();
    expect(isWorkerBundleUrl('javascript:alert(1)', origin)).toBeFalse();
  });

  it('creates one default policy that makes worker URLs and empty HTML only, never replacing one', () => {
    type Rules = {
      createHTML: (s: string) => string | null;
      createScriptURL: (s: string) => string | null;
    };
    const created: { name: string; rules: Rules }[] = [];
    const factory = {
      defaultPolicy: null as unknown,
      createPolicy(name: string, rules: Rules) {
        created.push({ name, rules });
        this.defaultPolicy = rules;
        return rules;
      },
    };
    const win = { trustedTypes: factory, location: { origin } } as unknown as Window;
    installTrustedTypesPolicy(win);
    installTrustedTypesPolicy(win);
    expect(created.map((c) => c.name)).toEqual(['default']);
    const rules = created[0].rules as Record<string, unknown>;
    expect(Object.keys(rules).sort()).toEqual(['createHTML', 'createScriptURL']);
    expect(created[0].rules.createHTML('')).toBe('');
    expect(created[0].rules.createHTML('<img src=x onerror=alert(1)>')).toBeNull();
    expect(created[0].rules.createHTML(' ')).toBeNull();
    expect(created[0].rules.createScriptURL(`${origin}/worker-AB12CD34.js`)).toBe(
      `${origin}/worker-AB12CD34.js`,
    );
    expect(created[0].rules.createScriptURL('https://evil.example/worker-AB12CD34.js')).toBeNull();
  });

  it('does nothing where the browser has no Trusted Types', () => {
    expect(() =>
      installTrustedTypesPolicy({ location: { origin } } as unknown as Window),
    ).not.toThrow();
  });
});
