import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
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
  const link = (path: string, count?: number, exact = true): ModuleLink => ({
    path,
    text: path.toUpperCase(),
    icon: 'star',
    exact,
    count,
    countLabel: count ? `${count} lines` : undefined,
  });

  it('names the navigation and shows a count only where there is one', () => {
    const root = render([link('catalog'), link('cart', 0), link('orders', 3)]);
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('e采购导航');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/catalog', '/cart', '/orders']);
    // links of a navigation, not tabs
    expect(root.querySelector('[role="tab"], [role="tablist"], [role="tabpanel"]')).toBeNull();
    const counts = root.querySelectorAll('.module-nav__count');
    expect(counts.length).toBe(1);
    expect(counts[0].textContent?.trim()).toBe('3');
    expect(counts[0].getAttribute('aria-label')).toBe('3 lines');
    expect(root.querySelector('.module-nav--icons')).toBeNull();
  });

  it('can show icons only on a phone, for modules with many links', () => {
    const root = render([link('catalog')], true);
    expect(root.querySelector('nav.module-nav--icons')).not.toBeNull();
  });

  @Component({ template: 'page' })
  class Page {}

  /** A module's layout, as the features write them. */
  @Component({
    imports: [ModuleNav],
    template: `<app-module-nav label="nav" [links]="links" />`,
  })
  class Layout {
    readonly links = [link('catalog', undefined, false), link('cart')];
  }

  it('marks the link of the current page with aria-current="page", the routed page below', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'm',
            component: Layout,
            children: [
              { path: 'catalog', component: Page, children: [{ path: ':id', component: Page }] },
              { path: 'cart', component: Page },
            ],
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/m/cart', Layout);
    const root = harness.routeNativeElement!;
    const current = () =>
      [...root.querySelectorAll('nav a')].map((a) => a.getAttribute('aria-current'));
    expect(current()).toEqual([null, 'page']);
    expect(root.querySelector('nav ~ app-ng-component, nav ~ ng-component')?.textContent).toBe(
      'page',
    );

    // a child of a non-exact link keeps it current
    await harness.navigateByUrl('/m/catalog/42');
    expect(current()).toEqual(['page', null]);
  });

  /** A module's layout in a row too narrow for its links. */
  @Component({
    imports: [ModuleNav],
    template: `<div style="width: 240px"><app-module-nav label="nav" [links]="links" /></div>`,
  })
  class NarrowLayout {
    readonly links = ['a', 'b', 'c', 'd', 'e', 'f'].map((p) => link(p));
  }

  async function openNarrow(path: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'm', component: NarrowLayout, children: [{ path: ':page', component: Page }] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(path, NarrowLayout);
    const row = (harness.routeNativeElement as HTMLElement).querySelector('nav')!;
    // the browser reports what the row hides after its next layout
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
    return row;
  }

  it("scrolls the current page's link into a row too narrow to show it", async () => {
    const row = await openNarrow('/m/f');
    expect(row.scrollWidth).toBeGreaterThan(row.clientWidth);
    const tab = row.querySelector('a[aria-current="page"]')!.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    expect(row.scrollLeft).toBeGreaterThan(0);
    expect(tab.right).toBeLessThanOrEqual(box.right + 1);
  });

  it('leaves the row where it is when the current link is in sight', async () => {
    const row = await openNarrow('/m/a');
    expect(row.scrollWidth).toBeGreaterThan(row.clientWidth);
    expect(row.scrollLeft).toBe(0);
  });
});
