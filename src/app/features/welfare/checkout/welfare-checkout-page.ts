import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Store } from '@ngrx/store';
import {
  isChineseMobile,
  MAX_SAVED_ADDRESSES,
  normalizePhone,
  quoteRedemption,
  type DeliveryAddress,
} from '../../../../domain/index.ts';
import { AddressPickerActions } from '../../addresses/data/address-book.actions';
import { addressBookFeature } from '../../addresses/data/address-book.feature';
import { AddressPicker, type AddressPick } from '../../addresses/picker/address-picker';
import { MoneyPipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { WelfareCheckoutPageActions } from '../data/welfare.actions';
import { welfareCartFeature } from '../data/welfare-cart.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';

/** Points to use as typed: a whole number, or null when it is not one. */
export function pointsInput(value: number | string | null): number | null {
  if (value === null || `${value}`.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

/** Checkout of the welfare cart: address, how many points to use (default: all allowed), the cash left. */
@Component({
  selector: 'app-welfare-checkout-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    AddressPicker,
    MoneyPipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './welfare-checkout-page.html',
  styleUrl: './welfare-checkout-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelfareCheckoutPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly cart = this.store.selectSignal(welfareCartFeature.selectCart);
  protected readonly loading = this.store.selectSignal(welfareCartFeature.selectLoading);
  private readonly error = this.store.selectSignal(welfareCartFeature.selectError);
  /** The shared address book (the user's own and the company's), for saving a new address once. */
  private readonly book = this.store.selectSignal(addressBookFeature.selectAddresses);
  protected readonly placing = this.store.selectSignal(welfareCartFeature.selectPlacing);
  private readonly placeError = this.store.selectSignal(welfareCartFeature.selectPlaceError);
  private readonly pendingKey = this.store.selectSignal(welfareCartFeature.selectIdempotencyKey);
  /** The saved address picked (its fields), or null for a new one typed here. */
  private readonly picked = signal<AddressPick | null>(null);

  protected readonly form = new FormGroup({
    recipient: new FormControl('', { nonNullable: true }),
    phone: new FormControl('', { nonNullable: true }),
    address: new FormControl('', { nonNullable: true }),
    save: new FormControl(true, { nonNullable: true }),
    pointsToUse: new FormControl<number | null>(null, Validators.required),
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  /** Whether the user changed the points; until then they follow the cart's maximum. */
  private readonly pointsTouched = signal(false);

  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly placeErrorText = computed(() => {
    const e = this.placeError();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  /** A network failure left a key: submitting again is the same redemption. */
  protected readonly retrying = computed(() => !!this.placeError() && !!this.pendingKey());
  /** The numbers the server will compute (src/domain quoteRedemption), shown before submitting. */
  protected readonly quote = computed(() => {
    const c = this.cart();
    if (!c) return null;
    const points = pointsInput(this.value().pointsToUse ?? null);
    return quoteRedemption(c.lines, points ?? -1, c.balance, c.pointValueFen);
  });
  protected readonly usingNew = computed(() => {
    const p = this.picked();
    return !!p && !p.address;
  });

  constructor() {
    // Local UI follows state: the default points (as many as allowed) and the default address.
    effect(() => {
      const c = this.cart();
      if (c && !untracked(this.pointsTouched)) {
        this.form.controls.pointsToUse.setValue(c.maxPoints);
      }
    });
  }

  ngOnInit(): void {
    this.store.dispatch(WelfareCheckoutPageActions.opened());
  }

  protected addressPicked(p: AddressPick): void {
    this.picked.set(p);
  }

  protected pointsEdited(): void {
    this.pointsTouched.set(true);
  }

  protected useAllPoints(): void {
    const c = this.cart();
    if (c) this.form.controls.pointsToUse.setValue(c.maxPoints);
  }

  protected submit(): void {
    const c = this.cart();
    const q = this.quote();
    const v = this.form.getRawValue();
    if (!c || !c.lines.length || !q || q.cashFen === null) {
      this.form.controls.pointsToUse.markAsTouched();
      return;
    }
    const picked = this.picked();
    let deliveryAddress: DeliveryAddress;
    if (picked?.address) deliveryAddress = picked.address;
    else if (picked) {
      const a = {
        recipient: v.recipient.trim(),
        phone: normalizePhone(v.phone.trim()),
        address: v.address.trim(),
      };
      const mobile = isChineseMobile(a.phone);
      if (!a.recipient || !mobile || !a.address) {
        for (const k of ['recipient', 'phone', 'address'] as const) {
          const control = this.form.controls[k];
          if (!control.value.trim()) control.setErrors({ required: true });
          else if (k === 'phone' && !mobile) control.setErrors({ pattern: true });
          control.markAsTouched();
        }
        return;
      }
      deliveryAddress = a;
      if (v.save) this.saveToBook(a);
    } else return; // the address book is still loading
    this.store.dispatch(
      WelfareCheckoutPageActions.submitted({
        command: {
          lines: c.lines.map((l) => ({ productId: l.productId, qty: l.qty })),
          pointsToUse: pointsInput(v.pointsToUse)!,
          deliveryAddress,
        },
        newKey: crypto.randomUUID(),
      }),
    );
  }

  protected retry(): void {
    this.store.dispatch(WelfareCheckoutPageActions.opened());
  }

  /** Saves a new address to the user's book, once (not when it is there already, or the book is full). */
  private saveToBook(a: DeliveryAddress): void {
    const known = this.book().some(
      (x) => x.recipient === a.recipient && x.phone === a.phone && x.address === a.address,
    );
    const own = this.book().filter((x) => x.scope === 'personal').length;
    if (known || own >= MAX_SAVED_ADDRESSES) return;
    this.store.dispatch(AddressPickerActions.saveRequested({ command: a }));
  }
}
