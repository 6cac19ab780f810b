import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18n } from '../../../core/i18n/i18n';
import { product } from '../data/test-data.spec-util';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { ProductCard } from './product-card';

describe('ProductCard', () => {
  function render(priority?: boolean) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    const fixture = TestBed.createComponent(ProductCard);
    fixture.componentRef.setInput('product', product('p1'));
    if (priority !== undefined) fixture.componentRef.setInput('priority', priority);
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).querySelector('img')!;
  }

  it('loads its picture lazily, below the fold', () => {
    const img = render();
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.hasAttribute('fetchpriority')).toBeFalse();
  });

  it('loads its picture at once and first when it is one of the first cards (the largest paint)', () => {
    const img = render(true);
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
  });

  it('makes its quantity and add button when it comes near the screen, at once when it is a first card', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    const far = document.createElement('div');
    far.style.marginTop = '5000px';
    document.body.appendChild(far);
    const make = (priority: boolean) => {
      const fixture = TestBed.createComponent(ProductCard);
      far.appendChild(fixture.nativeElement);
      fixture.componentRef.setInput('product', product('p1'));
      fixture.componentRef.setInput('priority', priority);
      fixture.detectChanges();
      return fixture;
    };
    const button = (f: { nativeElement: HTMLElement }) =>
      f.nativeElement.querySelector('button[mat-flat-button]');
    const first = make(true);
    const later = make(false);
    expect(button(first)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 100));
    later.detectChanges();
    expect(button(later)).toBeNull();
    far.scrollIntoView();
    for (let i = 0; i < 40 && !button(later); i++) {
      await new Promise((r) => setTimeout(r, 25));
      later.detectChanges();
    }
    expect(button(later)).not.toBeNull();
    far.remove();
  });

  it('names its add button with the visible text first (label in name)', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const i18n = TestBed.inject(I18n);
    i18n.register(PROCUREMENT_I18N);
    for (const lang of ['zh-CN', 'en'] as const) {
      i18n.lang.set(lang);
      const fixture = TestBed.createComponent(ProductCard);
      fixture.componentRef.setInput('product', product('p1'));
      fixture.componentRef.setInput('priority', true);
      fixture.detectChanges();
      const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
        'button[mat-flat-button]',
      )!;
      const visible = i18n.t('procurement.catalog.add');
      expect(button.textContent).toContain(visible);
      expect(button.getAttribute('aria-label')).toContain(visible);
    }
  });
});
