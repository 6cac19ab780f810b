import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ModuleNav, type ModuleLink } from './module-nav';

describe('ModuleNav', () => {
  function render(links: ModuleLink[], iconsOnlyOnPhone = false): HTMLElement {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(ModuleNav);
    fixture.componentRef.setInput('label', 'e采购导航');
    fixture.componentRef.setInput('links', links);
    fixture.componentRef.setInput('iconsOnlyOnPhone', iconsOnlyOnPhone);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }
  const link = (path: string, count?: number): ModuleLink => ({
    path,
    text: path.toUpperCase(),
    icon: 'star',
    exact: true,
    count,
    countLabel: count ? `${count} lines` : undefined,
  });

  it('names the navigation and shows a count only where there is one', () => {
    const root = render([link('catalog'), link('cart', 0), link('orders', 3)]);
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('e采购导航');
    const tabs = [...root.querySelectorAll('a')];
    expect(tabs.map((a) => a.getAttribute('href'))).toEqual(['/catalog', '/cart', '/orders']);
    const counts = root.querySelectorAll('.module-nav__count');
    expect(counts.length).toBe(1);
    expect(counts[0].textContent?.trim()).toBe('3');
    expect(counts[0].getAttribute('aria-label')).toBe('3 lines');
    expect(root.querySelector('.module-nav--icons')).toBeNull();
  });

  it('can show icons only on a phone, for modules with many tabs', () => {
    const root = render([link('catalog')], true);
    expect(root.querySelector('nav.module-nav--icons')).not.toBeNull();
  });
});
