import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatPaginator } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Routes } from '@angular/router';
import { SHELL_CHILDREN } from '../../app.routes';
import { I18n } from '../i18n/i18n';
import { provideFieldDefaults } from './field-defaults';
import { SHELL_I18N } from './shell.i18n';

@Component({
  imports: [MatSelectModule],
  template: `
    <mat-form-field>
      <mat-label>类别</mat-label>
      <mat-select [value]="category()" (valueChange)="category.set($event)">
        <mat-option [value]="null">全部类别</mat-option>
        <mat-option value="travel">差旅</mat-option>
      </mat-select>
    </mat-form-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class FilterHost {
  readonly category = signal<string | null>(null);
}

@Component({
  imports: [MatPaginator],
  template: `<mat-paginator [length]="45" [pageSize]="20" [pageSizeOptions]="[20, 50]" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class PaginatorHost {}

describe('Field defaults', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideFieldDefaults()] }));

  it('a filter on "all" shows its option, not an empty field, and "all" can be chosen again', async () => {
    const fixture = TestBed.createComponent(FilterHost);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const shown = () => root.querySelector('.mat-mdc-select-value')?.textContent?.trim();
    expect(root.querySelector('.mat-form-field-appearance-outline')).not.toBeNull();
    expect(shown()).toBe('全部类别');
    fixture.componentInstance.category.set('travel');
    await fixture.whenStable();
    expect(shown()).toBe('差旅');
    (root.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await fixture.whenStable();
    const all = [...document.querySelectorAll('mat-option')].find((o) =>
      o.textContent?.includes('全部类别'),
    ) as HTMLElement;
    all.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.category()).toBeNull();
    expect(shown()).toBe('全部类别');
  });

  it('a paginator speaks the active language, and changes with it', async () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(SHELL_I18N);
    i18n.use('zh-CN');
    const fixture = TestBed.createComponent(PaginatorHost);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => root.querySelector(selector)?.textContent?.trim();
    const next = () => root.querySelector('.mat-mdc-paginator-navigation-next');
    expect(text('.mat-mdc-paginator-range-label')).toBe('第 1–20 条，共 45 条');
    expect(text('.mat-mdc-paginator-page-size-label')).toBe('每页条数');
    expect(next()?.getAttribute('aria-label')).toBe('下一页');
    i18n.use('en');
    await fixture.whenStable();
    expect(text('.mat-mdc-paginator-range-label')).toBe('1–20 of 45');
    expect(next()?.getAttribute('aria-label')).toBe('Next page');
  });
});

describe('Field defaults on the feature routes', () => {
  /** A feature's own routes, as the router loads them. */
  async function featureRoutes(path: string): Promise<Routes> {
    const feature = SHELL_CHILDREN.find((r) => r.path === path && r.loadChildren)!;
    return (await feature.loadChildren!()) as Routes;
  }

  it("are given on every feature's route but the home page's", async () => {
    const features = SHELL_CHILDREN.filter((r) => r.loadChildren && r.path);
    expect(features.length).toBeGreaterThan(5);
    for (const feature of features) {
      const [top] = await featureRoutes(feature.path!);
      expect(top.providers).withContext(feature.path!).toContain(provideFieldDefaults());
    }
  });

  it('are not given on the home page, where everyone lands: it has no fields, nor their code', async () => {
    const [home] = await featureRoutes('');
    expect(home.providers ?? []).not.toContain(provideFieldDefaults());
  });
});
