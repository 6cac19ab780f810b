import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { I18n } from './i18n';
import { PageTitle } from './page-title';
import { I18nTitleStrategy } from './title-strategy';

@Component({ selector: 'app-detail', template: '' })
class DetailPage {
  readonly name = signal<string | null>(null);
  constructor() {
    TestBed.inject(PageTitle).follow(() => this.name());
  }
}

describe('PageTitle', () => {
  it('puts the record a detail page shows in front of the title, and drops it when it closes', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: TitleStrategy, useClass: I18nTitleStrategy }],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register({ 'zh-CN': { 'app.name': '平台', product: '商品详情' }, en: {} });
    i18n.lang.set('zh-CN');
    const strategy = TestBed.inject(TitleStrategy) as I18nTitleStrategy;
    strategy.updateTitle({ root: { data: {}, children: [] } } as never);
    const fixture = TestBed.createComponent(DetailPage);
    fixture.componentInstance.name.set('得力复印纸 A4');
    await fixture.whenStable();
    TestBed.tick();
    expect(TestBed.inject(Title).getTitle()).toBe('得力复印纸 A4 · 平台');
    fixture.destroy();
    TestBed.tick();
    expect(TestBed.inject(Title).getTitle()).toBe('平台');
  });
});
