import { UnitPipe } from '../../../core/i18n/unit.pipe';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  model,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import {
  MAX_LINE_QTY,
  nearestValidQty,
  qtyProblem,
  suggestedQty,
  type Product,
  type QtyProblem,
} from '../../../../domain/index.ts';
import { TranslatePipe } from '../../../core/i18n/i18n';

export type StepperProduct = Pick<Product, 'moq' | 'packSize' | 'stock' | 'unit'>;

let nextId = 0;

/** The quantity as typed → the number it means, or NaN when it is not a number. */
export function parseTyped(text: string): number {
  const t = text.trim().replace(/[,，\s]/g, '');
  return t === '' || !/^\d+(\.\d+)?$/.test(t) ? NaN : Number(t);
}

/** One step down from `qty`: the previous valid quantity, never below the first valid one. */
export function stepDown(p: Pick<Product, 'moq' | 'packSize'>, qty: number): number {
  const min = nearestValidQty(p, p.moq);
  if (!Number.isFinite(qty)) return min;
  const valid = nearestValidQty(p, qty);
  const prev = (valid === qty ? qty : valid) - p.packSize;
  return Math.max(min, prev);
}

/** One step up from `qty`: the next valid quantity (an invalid value first snaps up to a valid one). */
export function stepUp(p: Pick<Product, 'moq' | 'packSize'>, qty: number): number {
  if (!Number.isFinite(qty)) return nearestValidQty(p, p.moq);
  const valid = nearestValidQty(p, qty);
  const next = valid === qty ? qty + p.packSize : valid;
  return Math.min(next, Math.floor(MAX_LINE_QTY / p.packSize) * p.packSize);
}

/**
 * A quantity field that allows only orderable quantities: − / + (and ↑ ↓ keys) step by the pack size from
 * the MOQ; a typed quantity that cannot be ordered is explained, with a one-click correction. Stock is a
 * warning only (more than the stock lengthens the lead time).
 * `<app-qty-stepper [product]="p" [(qty)]="qty" (validChange)="ok = $event" />`
 */
@Component({
  selector: 'app-qty-stepper',
  imports: [UnitPipe, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <div class="stepper" [class.stepper--compact]="compact()">
      <label
        class="stepper__label"
        [for]="inputId"
        [class.cdk-visually-hidden]="compact() || hideLabel()"
        >{{ label() || ('procurement.qty.label' | t) }}</label
      >
      <div class="stepper__row">
        <button
          mat-icon-button
          type="button"
          (click)="step(-1)"
          [disabled]="disabled() || !canDown()"
          [attr.aria-label]="'procurement.qty.decrease' | t: { pack: product().packSize }"
          [attr.aria-controls]="inputId"
        >
          <mat-icon>remove</mat-icon>
        </button>
        <input
          class="stepper__input"
          [id]="inputId"
          inputmode="numeric"
          autocomplete="off"
          [value]="text()"
          [disabled]="disabled()"
          [attr.aria-invalid]="problem() !== null && problem() !== 'above_stock'"
          [attr.aria-describedby]="inputId + '-msg'"
          [attr.aria-label]="
            compact() || hideLabel() ? label() || ('procurement.qty.label' | t) : null
          "
          (input)="typed($any($event.target).value)"
          (keydown)="key($event)"
        />
        <button
          mat-icon-button
          type="button"
          (click)="step(1)"
          [disabled]="disabled()"
          [attr.aria-label]="'procurement.qty.increase' | t: { pack: product().packSize }"
          [attr.aria-controls]="inputId"
        >
          <mat-icon>add</mat-icon>
        </button>
        @if (!compact()) {
          <span class="stepper__unit">{{ product().unit | unit }}</span>
        }
      </div>
      <div class="stepper__msg" [id]="inputId + '-msg'" aria-live="polite">
        @switch (problem()) {
          @case (null) {
            @if (!compact()) {
              <span class="hint">{{
                'procurement.qty.hint'
                  | t
                    : {
                        moq: product().moq,
                        pack: product().packSize,
                        unit: (product().unit | unit),
                      }
              }}</span>
            }
          }
          @case ('above_stock') {
            <span class="warn">{{
              'procurement.qty.above_stock'
                | t: { stock: product().stock, unit: (product().unit | unit) }
            }}</span>
          }
          @default {
            <span class="error">{{
              'procurement.qty.' + problem()
                | t
                  : {
                      moq: product().moq,
                      pack: product().packSize,
                      max: max,
                      unit: (product().unit | unit),
                    }
            }}</span>
            @if (suggestion(); as s) {
              <button mat-button type="button" class="fix" (click)="set(s)">
                {{ 'procurement.qty.useValid' | t: { qty: s } }}
              </button>
            } @else {
              <span class="error">{{
                'procurement.qty.noSuggestion'
                  | t: { stock: product().stock, moq: product().moq, unit: (product().unit | unit) }
              }}</span>
            }
          }
        }
      </div>
    </div>
  `,
  styles: `
    .stepper__label {
      display: block;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      margin-bottom: 2px;
    }
    .stepper__row {
      display: flex;
      align-items: center;
      gap: 2px;
    }
    .stepper__input {
      width: 5.5em;
      height: 36px;
      box-sizing: border-box;
      text-align: center;
      font: var(--mat-sys-body-large);
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .stepper__input:focus-visible {
      outline: 3px solid var(--app-focus);
      outline-offset: 1px;
    }
    .stepper__input[aria-invalid='true'] {
      border-color: var(--mat-sys-error);
    }
    .stepper__unit {
      margin-left: 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .stepper__msg {
      min-height: 20px;
      font: var(--mat-sys-body-small);
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
    }
    .stepper--compact .stepper__input {
      width: 4.5em;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .warn {
      color: var(--app-warning, #8a5300);
    }
    .fix {
      min-height: 28px;
      height: 28px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QtyStepper {
  readonly product = input.required<StepperProduct>();
  readonly qty = model<number>(0);
  readonly label = input<string>('');
  readonly compact = input(false);
  /** The label stays for screen readers only (a table's column header says it). */
  readonly hideLabel = input(false);
  readonly disabled = input(false);
  /** Whether the typed quantity can be ordered (stock is advisory and does not make it invalid). */
  readonly valid = computed(() => {
    const p = this.problem();
    return p === null || p === 'above_stock';
  });

  protected readonly inputId = `qty-stepper-${nextId++}`;
  protected readonly max = MAX_LINE_QTY;
  protected readonly text = signal('');
  private readonly typedValue = computed(() => parseTyped(this.text()));

  readonly problem = computed<QtyProblem | null>(() => {
    const n = this.typedValue();
    return qtyProblem(this.product(), Number.isNaN(n) ? 0.5 : n, true);
  });

  /** The correction offered: within the line maximum and the stock (null: none exists). */
  protected readonly suggestion = computed(() => {
    const n = this.typedValue();
    return suggestedQty(this.product(), Number.isNaN(n) ? null : n);
  });

  protected readonly canDown = computed(() => {
    const n = this.typedValue();
    return !Number.isFinite(n) || stepDown(this.product(), n) < n;
  });

  constructor() {
    // The model from outside → the text shown (unless it already says that number).
    effect(() => {
      const q = this.qty();
      untracked(() => {
        if (parseTyped(this.text()) !== q) this.text.set(q ? String(q) : '');
      });
    });
  }

  protected typed(value: string): void {
    this.text.set(value);
    const n = parseTyped(value);
    if (Number.isInteger(n)) this.qty.set(n);
  }

  set(qty: number): void {
    this.text.set(String(qty));
    this.qty.set(qty);
  }

  step(direction: 1 | -1, times = 1): void {
    let q = this.typedValue();
    for (let i = 0; i < times; i++)
      q = direction > 0 ? stepUp(this.product(), q) : stepDown(this.product(), q);
    this.set(q);
  }

  protected key(event: KeyboardEvent): void {
    const map: Record<string, [1 | -1, number]> = {
      ArrowUp: [1, 1],
      ArrowDown: [-1, 1],
      PageUp: [1, 10],
      PageDown: [-1, 10],
    };
    const m = map[event.key];
    if (!m) return;
    event.preventDefault();
    this.step(m[0], m[1]);
  }
}
