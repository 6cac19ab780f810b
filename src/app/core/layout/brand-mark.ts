import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The portal's mark: a round coin with a square hole, in crimson and gold. Decorative. */
@Component({
  selector: 'app-brand-mark',
  template: `
    <svg
      [attr.width]="size()"
      [attr.height]="size()"
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="24" cy="24" r="22" [attr.fill]="inverse() ? '#ffffff' : '#8f0d21'" />
      <circle
        cx="24"
        cy="24"
        r="17.5"
        fill="none"
        [attr.stroke]="inverse() ? '#8f0d21' : '#e9c16d'"
        stroke-width="2"
      />
      <rect
        x="16.5"
        y="16.5"
        width="15"
        height="15"
        rx="2"
        [attr.fill]="inverse() ? '#8f0d21' : '#e9c16d'"
      />
      <rect
        x="20.5"
        y="20.5"
        width="7"
        height="7"
        rx="1"
        [attr.fill]="inverse() ? '#ffffff' : '#8f0d21'"
      />
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      line-height: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrandMark {
  readonly size = input(32);
  readonly inverse = input(false);
}
