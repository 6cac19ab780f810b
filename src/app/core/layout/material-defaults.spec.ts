import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSelectModule } from '@angular/material/select';
import { provideMaterialDefaults } from './material-defaults';

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

describe('Material defaults', () => {
  it('a filter on "all" shows its option, not an empty field, and "all" can be chosen again', async () => {
    TestBed.configureTestingModule({ providers: [provideMaterialDefaults()] });
    const fixture = TestBed.createComponent(FilterHost);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const shown = () => root.querySelector('.mat-mdc-select-value')?.textContent?.trim();
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
});
