import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import {
  MAX_COMPANY_ADDRESSES,
  MAX_SAVED_ADDRESSES,
  type Address,
  type AddressScope,
} from '../../../../domain/index.ts';
import type { SavedAddressCommand } from '../../../../domain/schemas.ts';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { AddressBookPageActions } from '../data/address-book.actions';
import { addressBookFeature } from '../data/address-book.feature';
import { AddressForm } from './address-form';

/** What a screen reader and a confirmation call an address: its name, else recipient and address. */
export function addressName(a: Pick<Address, 'label' | 'recipient' | 'address'>): string {
  return a.label || `${a.recipient} ${a.address.slice(0, 20)}`;
}

/**
 * An address book page: "my addresses" (scope personal, every user) or the company's (scope company,
 * /admin/addresses): add, edit, make default, delete. The user's page also lists the company's, read-only.
 */
@Component({
  selector: 'app-address-book-page',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, ListState, PageHeader, AddressForm],
  templateUrl: './address-book-page.html',
  styleUrl: './address-book-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddressBookPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  /** From the route's data. */
  readonly scope = input<AddressScope>('personal');

  private readonly s = this.store.selectSignal(addressBookFeature.selectAddressBookState);
  private readonly personal = this.store.selectSignal(addressBookFeature.selectPersonal);
  protected readonly company = this.store.selectSignal(addressBookFeature.selectCompany);
  protected readonly list = computed(() =>
    this.scope() === 'company' ? this.company() : this.personal(),
  );
  protected readonly loading = computed(() => this.s().loading && !this.s().loaded);
  protected readonly saving = computed(() => this.s().saving);
  protected readonly max = computed(() =>
    this.scope() === 'company' ? MAX_COMPANY_ADDRESSES : MAX_SAVED_ADDRESSES,
  );
  protected readonly full = computed(() => this.list().length >= this.max());

  /** The editor: null closed, 'new', or the id of the address edited. */
  protected readonly editing = signal<string | null>(null);
  protected readonly edited = computed(
    () => this.list().find((a) => a.id === this.editing()) ?? null,
  );
  /** A save of the editor is in flight. */
  private savePending = false;
  /** The address whose delete button asks for confirmation. */
  protected readonly confirming = signal<string | null>(null);

  protected readonly loadError = computed(() => {
    const e = this.s().error;
    return e ? this.i18n.t('addresses.error.load', { detail: errorMessage(e, this.i18n) }) : null;
  });
  protected readonly saveError = computed(() => {
    const e = this.s().saveError;
    if (!e) return null;
    if (e.status === 403) return this.i18n.t('addresses.error.forbidden');
    return this.i18n.t('addresses.error.save', { detail: errorMessage(e, this.i18n) });
  });
  protected readonly name = addressName;

  constructor() {
    // The editor closes once its own save went through (local UI follows state); another write
    // meanwhile (a default, a delete) leaves what is typed alone.
    let seen = untracked(() => this.s().savedCount);
    effect(() => {
      const n = this.s().savedCount;
      if (n === seen) return;
      seen = n;
      untracked(() => {
        if (!this.savePending) return;
        this.savePending = false;
        this.editing.set(null);
      });
    });
    effect(() => {
      if (this.s().saveError) this.savePending = false;
    });
  }

  ngOnInit(): void {
    this.store.dispatch(AddressBookPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(AddressBookPageActions.opened());
  }

  protected open(id: string): void {
    this.confirming.set(null);
    this.store.dispatch(AddressBookPageActions.editorClosed());
    this.editing.set(id);
  }

  protected close(): void {
    this.editing.set(null);
    this.store.dispatch(AddressBookPageActions.editorClosed());
  }

  protected save(command: SavedAddressCommand): void {
    const id = this.editing();
    this.savePending = true;
    this.store.dispatch(
      AddressBookPageActions.saveRequested({
        scope: this.scope(),
        id: id === 'new' ? null : id,
        command,
      }),
    );
  }

  protected makeDefault(a: Address): void {
    this.store.dispatch(AddressBookPageActions.defaultRequested({ scope: this.scope(), id: a.id }));
  }

  protected remove(a: Address): void {
    this.confirming.set(null);
    if (this.editing() === a.id) this.editing.set(null);
    this.store.dispatch(AddressBookPageActions.deleteRequested({ scope: this.scope(), id: a.id }));
  }
}
