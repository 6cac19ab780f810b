import {
  ChangeDetectionStrategy,
  Component,
  input,
  linkedSignal,
  model,
  type WritableSignal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/**
 * Whether the screen is at least `minWidth` px wide, read once when a page is made. Narrower (a
 * phone), list pages keep some filters behind a button, so that the list comes first and the
 * page's first render has fewer form fields to make.
 */
export function isWiderThan(minWidth: number): boolean {
  return typeof matchMedia === 'function' ? matchMedia(`(min-width: ${minWidth}px)`).matches : true;
}

/**
 * Whether a phone's filters behind their button are open: the button opens and closes them, and
 * they open by themselves when `set` says one of them is set (a link, back/forward).
 */
export function filtersOpenWhenSet(set: () => boolean): WritableSignal<boolean> {
  return linkedSignal<boolean, boolean>({
    source: set,
    computation: (isSet, previous) => isSet || (previous?.value ?? false),
  });
}

/** The button a phone's filters open from; its label is the content. */
@Component({
  selector: 'app-filters-toggle',
  imports: [MatButtonModule, MatIconModule],
  template: `
    <button
      mat-stroked-button
      type="button"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="controls()"
      (click)="open.set(!open())"
    >
      <mat-icon aria-hidden="true">tune</mat-icon>
      <ng-content />
    </button>
  `,
  styles: `
    :host {
      display: inline-flex;
      max-width: 100%;
    }
    button {
      flex: 1 1 auto;
      max-width: 100%;
    }
    button[aria-expanded='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FiltersToggle {
  readonly open = model.required<boolean>();
  /** The id of what the button shows and hides. */
  readonly controls = input.required<string>();
}
