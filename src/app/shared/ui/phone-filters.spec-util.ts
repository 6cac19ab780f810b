/** Makes `isWiderThan` (phone-filters.ts) answer "no" for the rest of the spec: a phone's screen. */
export function pretendNarrowScreen(): void {
  const media = window.matchMedia.bind(window);
  spyOn(window, 'matchMedia').and.callFake((query: string) =>
    query.includes('min-width') ? ({ matches: false } as MediaQueryList) : media(query),
  );
}
