import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { coreTranslations } from '../../core/i18n/core.i18n';
import { I18n } from '../../core/i18n/i18n';
import { ListState } from './list-state';

@Component({
  imports: [ListState],
  template: `
    <app-list-state
      [loading]="loading()"
      [error]="error()"
      [empty]="empty()"
      [retryable]="retryable()"
      (retry)="retries = retries + 1"
    >
      <button empty-action type="button">Clear filters</button>
      <ul>
        <li>row</li>
      </ul>
    </app-list-state>
  `,
})
class Host {
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly empty = signal(false);
  readonly retryable = signal(true);
  retries = 0;
}

describe('ListState', () => {
  async function render(lang: 'zh-CN' | 'en', state: Partial<Record<keyof Host, unknown>> = {}) {
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.use(lang);
    const fixture = TestBed.createComponent(Host);
    for (const [key, value] of Object.entries(state))
      (fixture.componentInstance[key as keyof Host] as ReturnType<typeof signal>).set(value);
    fixture.detectChanges();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(I18n).use('zh-CN'));

  it('says it is loading, in words a screen reader announces, and shows no rows yet', async () => {
    for (const [lang, text] of [
      ['zh-CN', '正在加载…'],
      ['en', 'Loading…'],
    ] as const) {
      const { root } = await render(lang, { loading: true });
      const status = root.querySelector('[role="status"]');
      expect(status?.getAttribute('aria-live')).toBe('polite');
      expect(status?.textContent?.trim()).toBe(text);
      // the ring is drawn for the eye only: the words say it
      expect(status?.querySelector('.spinner')?.getAttribute('aria-hidden')).toBe('true');
      expect(root.querySelector('li')).toBeNull();
    }
  });

  it('turns while loading, and stands still for a user who asks for less motion', async () => {
    const { root } = await render('zh-CN', { loading: true });
    const style = getComputedStyle(root.querySelector('.spinner')!);
    expect(style.animationName).toMatch(/ring-turn/);
    expect(style.animationIterationCount).toBe('infinite');
    expect(style.borderTopLeftRadius).toBe('50%');
    // the browser here does not ask for less motion: read the rule that applies when one does
    const stillRules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion'),
      )
      .flatMap((media) => [...media.cssRules] as CSSStyleRule[])
      .filter(
        (rule) => rule.selectorText.includes('.spinner') && rule.style.animationName === 'none',
      );
    expect(stillRules.length).toBeGreaterThan(0);
  });

  it('shows an error as an alert with a retry, and no retry where trying again cannot help', async () => {
    const { fixture, root } = await render('en', { error: 'The catalog could not be loaded' });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('The catalog could not be loaded');
    (alert.querySelector('button') as HTMLButtonElement).click();
    expect(fixture.componentInstance.retries).toBe(1);
    expect(alert.querySelector('button')?.textContent?.trim()).toBe('Retry');

    fixture.componentInstance.retryable.set(false);
    fixture.detectChanges();
    expect(root.querySelector('[role="alert"] button')).toBeNull();
  });

  it('says a list is empty, with the action the page offers, then shows the rows once there are some', async () => {
    const { fixture, root } = await render('zh-CN', { empty: true });
    expect(root.querySelector('[role="status"]')?.textContent).toContain('暂无数据');
    expect(root.querySelector('[role="status"] button')?.textContent).toContain('Clear filters');
    expect(root.querySelector('li')).toBeNull();

    fixture.componentInstance.empty.set(false);
    fixture.detectChanges();
    expect(root.querySelector('[role="status"]')).toBeNull();
    expect(root.querySelector('li')?.textContent).toBe('row');
  });
});
