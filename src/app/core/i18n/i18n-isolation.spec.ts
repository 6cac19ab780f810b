// Specs run in random order and I18n.use() keeps the chosen language in localStorage, which the next
// spec's I18n would start in. This top-level hook applies to every spec: each starts in Chinese.
beforeEach(() => localStorage.removeItem('portal.lang'));

describe('spec isolation', () => {
  it('starts every spec without a saved language', () => {
    expect(localStorage.getItem('portal.lang')).toBeNull();
  });
});
