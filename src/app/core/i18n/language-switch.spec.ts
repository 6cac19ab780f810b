import { TestBed } from '@angular/core/testing';
import { coreTranslations } from './core.i18n';
import { I18n } from './i18n';
import { LanguageSwitch } from './language-switch';

describe('language switch', () => {
  beforeEach(() => {
    localStorage.removeItem('portal.lang');
  });
  afterEach(() => {
    localStorage.removeItem('portal.lang');
    document.documentElement.lang = 'zh-CN';
  });

  it('I18n is zh-CN by default, translates with parameters and falls back to zh-CN, then to the key', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register({
      'zh-CN': { hello: '你好，{name}', onlyZh: '仅中文' },
      en: { hello: 'Hello, {name}' },
    });
    expect(i18n.lang()).toBe('zh-CN');
    expect(i18n.t('hello', { name: '李婷' })).toBe('你好，李婷');
    i18n.use('en');
    expect(i18n.t('hello', { name: 'Ting' })).toBe('Hello, Ting');
    expect(i18n.t('onlyZh')).toBe('仅中文');
    expect(i18n.t('missing.key')).toBe('missing.key');
    expect(i18n.has('hello')).toBeTrue();
    expect(i18n.has('missing.key')).toBeFalse();
  });

  it('switches language from the toolbar control: the choice persists and sets <html lang>', async () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const buttons = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('button'),
    );
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['中文', 'English']);
    expect(buttons[0].getAttribute('aria-pressed')).toBe('true');

    buttons[1].click();
    await fixture.whenStable();
    expect(i18n.lang()).toBe('en');
    expect(i18n.locale()).toBe('en-US');
    expect(localStorage.getItem('portal.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(buttons[1].getAttribute('aria-pressed')).toBe('true');
    expect(buttons[0].getAttribute('aria-pressed')).toBe('false');
    expect(i18n.t('login.submit')).toBe('Sign in');

    buttons[0].click();
    await fixture.whenStable();
    expect(i18n.lang()).toBe('zh-CN');
    expect(localStorage.getItem('portal.lang')).toBe('zh-CN');
    expect(i18n.t('login.submit')).toBe('登录');
  });

  it('in compact form (phones) one button switches to the other language', async () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    const fixture = TestBed.createComponent(LanguageSwitch);
    fixture.componentRef.setInput('compact', true);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button')!;
    expect(button.textContent?.trim()).toBe('EN');
    expect(button.getAttribute('aria-label')).toBe('切换语言: English');
    button.click();
    await fixture.whenStable();
    expect(i18n.lang()).toBe('en');
    expect(button.textContent?.trim()).toBe('中');
  });

  it('loads a language registered with a loader before switching to it', async () => {
    const i18n = TestBed.inject(I18n);
    i18n.register({ 'zh-CN': { greet: '你好' }, en: {} });
    let resolve!: (d: Record<string, string>) => void;
    i18n.registerLoader('en', () => new Promise((r) => (resolve = r)));
    i18n.use('en');
    expect(i18n.lang()).toBe('zh-CN'); // not yet: the texts are on their way
    resolve({ greet: 'Hello' });
    await new Promise((r) => setTimeout(r));
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('greet')).toBe('Hello');
  });

  it('the group is labelled for assistive technology', async () => {
    TestBed.inject(I18n).register(await coreTranslations());
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement)
        .querySelector('[role=group]')
        ?.getAttribute('aria-label'),
    ).toBe('切换语言');
  });
});
