import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';

let nextId = 0;

/**
 * A list's search box, drawn as Material's outlined field with a search icon, its label floating
 * into the outline once focused or filled: `<app-search-field formControlName="q" [label]="…" />`.
 * A native `<input type="search">` instead of Material's form field, because it is on the first
 * screen of the catalog and the gift store, where Material's field, input and their checks were
 * the largest part of the page's first render on a phone.
 */
@Component({
  selector: 'app-search-field',
  template: `
    <div class="field" [class.field--filled]="value() !== ''">
      <span class="field__icon material-icons-outlined" aria-hidden="true">search</span>
      <input
        #box
        class="field__input"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        [id]="id"
        [value]="value()"
        [placeholder]="placeholder()"
        [disabled]="disabled()"
        [attr.aria-describedby]="hint() ? id + '-hint' : null"
        (input)="typed(box.value)"
        (compositionstart)="composing = true"
        (compositionend)="composing = false; typed(box.value)"
        (blur)="touched()"
      />
      <label class="field__label" [for]="id">{{ label() }}</label>
      <fieldset class="field__outline" aria-hidden="true">
        <legend>
          <span>{{ label() }}</span>
        </legend>
      </fieldset>
    </div>
    @if (hint()) {
      <div class="field__hint" [id]="id + '-hint'">{{ hint() }}</div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      position: relative;
      display: flex;
      align-items: center;
      height: 56px;
    }
    .field__icon {
      flex: none;
      padding: 0 4px 0 12px;
      font-size: 24px;
      color: var(--mat-sys-on-surface-variant);
    }
    .field__input {
      flex: 1 1 auto;
      min-width: 0;
      height: 100%;
      padding: 0 16px 0 12px;
      border: 0;
      outline: none;
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
      letter-spacing: var(--mat-sys-body-large-tracking);
    }
    // the hint shows where Material shows a placeholder: once the field is focused
    .field__input::placeholder {
      color: transparent;
    }
    .field__input:focus::placeholder {
      color: var(--mat-sys-on-surface-variant);
    }
    .field__label {
      position: absolute;
      top: 50%;
      left: 52px;
      max-width: calc(100% - 68px);
      overflow: hidden;
      transform: translateY(-50%);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
      white-space: nowrap;
      text-overflow: ellipsis;
      pointer-events: none;
      transition:
        top 150ms,
        left 150ms,
        font-size 150ms;
    }
    .field:focus-within .field__label,
    .field--filled .field__label {
      top: 0;
      left: 16px;
      max-width: calc(100% - 32px);
      font-size: 12px;
      line-height: 16px;
    }
    .field:focus-within .field__label {
      color: var(--app-focus);
    }
    // the outline, with a gap for the floating label: a legend as wide as the label, which the
    // border leaves out whatever is behind the field
    .field__outline {
      position: absolute;
      inset: -5px 0 0;
      min-width: 0;
      margin: 0;
      padding: 0 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      pointer-events: none;
    }
    .field:hover .field__outline {
      border-color: var(--mat-sys-on-surface);
    }
    .field:focus-within .field__outline {
      padding: 0 10px;
      border: 3px solid var(--app-focus);
    }
    .field__outline legend {
      display: block;
      max-width: 0.01px;
      height: 11px;
      padding: 0;
      overflow: hidden;
      visibility: hidden;
      font-size: 12px;
      white-space: nowrap;
    }
    .field__outline legend span {
      padding: 0 4px;
    }
    .field:focus-within .field__outline legend,
    .field--filled .field__outline legend {
      max-width: 100%;
    }
    .field__hint {
      padding: 4px 16px 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => SearchField), multi: true },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchField implements ControlValueAccessor {
  readonly label = input.required<string>();
  /** Shown below the field, and read after its label. */
  readonly hint = input<string>();
  /** Shown in the field while it is focused and empty. */
  readonly placeholder = input('');

  protected readonly id = `search-field-${nextId++}`;
  protected readonly value = signal('');
  protected readonly disabled = signal(false);
  private onChange: (value: string) => void = () => {};
  private onTouched: () => void = () => {};

  /**
   * While an input method composes (pinyin on the way to 汉字) the letters typed are not yet the
   * text: the form hears of it once composed, as with Angular's own inputs.
   */
  protected composing = false;

  protected typed(value: string): void {
    if (this.composing) return;
    this.value.set(value);
    this.onChange(value);
  }

  protected touched(): void {
    this.onTouched();
  }

  writeValue(value: string | null): void {
    this.value.set(value ?? '');
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
