import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { addressSnapshot, type Address, type DeliveryAddress } from '../../../../domain/index.ts';
import { TranslatePipe } from '../../../core/i18n/i18n';
import { AddressPickerActions } from '../data/address-book.actions';
import { addressBookFeature } from '../data/address-book.feature';

/** What the picker chose: a saved address (its fields), or a new one typed at checkout (`address` null). */
export interface AddressPick {
  id: string | null;
  address: DeliveryAddress | null;
}

export const NEW_ADDRESS = 'new';

const same = (a: DeliveryAddress, b: DeliveryAddress) =>
  a.recipient === b.recipient && a.phone === b.phone && a.address === b.address;

/**
 * Where a checkout starts: a new address typed before (a draft that is none of the saved ones) is
 * shown again; otherwise the user's default, else the company's, else a new address.
 */
export function initialPick(book: readonly Address[], draft: DeliveryAddress | null): string {
  const typed = draft && (draft.recipient || draft.phone || draft.address) ? draft : null;
  if (typed && !book.some((a) => same(a, typed))) return NEW_ADDRESS;
  return (
    book.find((a) => a.scope === 'personal' && a.isDefault)?.id ??
    book.find((a) => a.scope === 'company' && a.isDefault)?.id ??
    NEW_ADDRESS
  );
}

/** A checkout's choice of delivery address from the user's book and the company's, or a new one. */
@Component({
  selector: 'app-address-picker',
  imports: [MatRadioModule, RouterLink, TranslatePipe],
  template: `
    @if (!loaded() && !failed()) {
      <p role="status" class="note">{{ 'common.loading' | t }}</p>
    } @else {
      @if (failed()) {
        <p class="note">{{ 'addresses.picker.loadFailed' | t }}</p>
      }
      <mat-radio-group
        class="choices"
        [value]="choice()"
        (change)="pick($event.value)"
        [attr.aria-label]="'addresses.picker.label' | t"
        data-testid="address-picker"
      >
        @for (a of book(); track a.id) {
          <mat-radio-button [value]="a.id" class="choice">
            <span class="choice__text">
              <strong>{{ a.label ? a.label + ' · ' : '' }}{{ a.recipient }} {{ a.phone }}</strong>
              @if (a.scope === 'company') {
                <span class="tag tag--company">{{ 'addresses.companyTag' | t }}</span>
              }
              @if (a.isDefault && (a.scope === 'personal' || !hasOwnDefault())) {
                <span class="tag">{{ 'addresses.default' | t }}</span>
              }
              <span class="choice__line">{{ a.address }}</span>
            </span>
          </mat-radio-button>
        }
        <mat-radio-button [value]="newAddress" class="choice">{{
          'addresses.picker.new' | t
        }}</mat-radio-button>
      </mat-radio-group>
      <a class="manage" routerLink="/addresses">{{ 'addresses.picker.manage' | t }}</a>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .choices {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 8px;
    }
    .choice__text {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding: 4px 0;
    }
    .choice__line {
      flex-basis: 100%;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .tag {
      padding: 1px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .tag--company {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .note,
    .manage {
      font: var(--mat-sys-body-small);
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .manage {
      display: inline-block;
      margin-bottom: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddressPicker implements OnInit {
  private readonly store = inject(Store);
  /** The address typed before (another visit, an error), which wins over the default. */
  readonly draft = input<DeliveryAddress | null>(null);
  readonly picked = output<AddressPick>();

  protected readonly book = this.store.selectSignal(addressBookFeature.selectAddresses);
  protected readonly loaded = this.store.selectSignal(addressBookFeature.selectLoaded);
  private readonly error = this.store.selectSignal(addressBookFeature.selectError);
  protected readonly failed = computed(() => !!this.error());
  protected readonly hasOwnDefault = computed(() =>
    this.book().some((a) => a.scope === 'personal' && a.isDefault),
  );
  protected readonly choice = signal<string | null>(null);
  protected readonly newAddress = NEW_ADDRESS;

  constructor() {
    // The first choice, once the book is known (or could not be read): local UI follows state.
    effect(() => {
      const ready = this.loaded() || this.failed();
      if (!ready || untracked(this.choice) !== null) return;
      untracked(() => this.pick(initialPick(this.book(), this.draft())));
    });
  }

  ngOnInit(): void {
    this.store.dispatch(AddressPickerActions.opened());
  }

  protected pick(id: string): void {
    this.choice.set(id);
    const a = this.book().find((x) => x.id === id);
    this.picked.emit(a ? { id: a.id, address: addressSnapshot(a) } : { id: null, address: null });
  }
}
