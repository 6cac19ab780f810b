import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18n } from '../i18n/i18n';
import { StatusPage } from './status-page';

describe('StatusPage', () => {
  async function render(
    kind: 'notFound' | 'forbidden' | 'soon',
    textPrefix?: string,
  ): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    TestBed.inject(I18n).register({
      'zh-CN': {
        'notFound.title': '页面不存在',
        'forbidden.title': '无权访问',
        'travel.soon.title': 'e差旅 即将上线',
      },
      en: {},
    });
    const fixture = TestBed.createComponent(StatusPage);
    fixture.componentRef.setInput('kind', kind);
    if (textPrefix) fixture.componentRef.setInput('textPrefix', textPrefix);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows 404 with its title for an unknown page', async () => {
    const el = await render('notFound');
    expect(el.querySelector('.status__code')?.textContent).toBe('404');
    expect(el.querySelector('h1')?.textContent).toBe('页面不存在');
  });

  it('shows 403 for a module the role may not open', async () => {
    const el = await render('forbidden');
    expect(el.querySelector('.status__code')?.textContent).toBe('403');
    expect(el.querySelector('h1')?.textContent).toBe('无权访问');
  });

  it('shows a module in preparation with its own texts and no error code', async () => {
    const el = await render('soon', 'travel.soon');
    expect(el.querySelector('.status__code')).toBeNull();
    expect(el.querySelector('h1')?.textContent).toBe('e差旅 即将上线');
  });
});
