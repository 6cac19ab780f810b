import { UnitPipe } from '../../../core/i18n/unit.pipe';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { debounceTime } from 'rxjs';
import {
  chinaDate,
  MAX_SAVED_ADDRESSES,
  normalizePhone,
  normalizeUscc,
  type InvoiceType,
  type LateLineWarning,
  type Problem,
} from '../../../../domain/index.ts';
import { cartTaxBreakdown, TaxBreakdownList, TaxInline } from '../tax/tax-amounts';
import { usccCode } from '../../../shared/uscc-validator';
import { mobilePhone } from '../../../shared/mobile-validator';
import { localName } from '../../../core/i18n/local-name';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { applyProblemToForm } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { errorMessage } from '../../../core/http/problem';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { cartFeature } from '../data/cart.feature';
import { CheckoutPageActions } from '../data/checkout.actions';
import { checkoutFeature, EMPTY_ADDRESS } from '../data/checkout.feature';
import { toOrderLines, type DeliveryAddress } from '../data/procurement.model';
import { saveAddress, savedAddress } from '../data/drafts';
import { AuthSession } from '../../../core/auth/auth-session';
import { AddressPickerActions } from '../../addresses/data/address-book.actions';
import { addressBookFeature } from '../../addresses/data/address-book.feature';
import { AddressPicker, type AddressPick } from '../../addresses/picker/address-picker';

export { mobilePhone };

/** Checkout: cost center with its live budget, delivery address, approval preview, and one idempotent submission. */
@Component({
  selector: 'app-checkout-page',
  imports: [
    UnitPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
    TaxInline,
    TaxBreakdownList,
    AddressPicker,
  ],
  templateUrl: './checkout-page.html',
  styleUrl: './checkout-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckoutPage {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly host = inject(ElementRef<HTMLElement>);

  protected readonly cart = this.store.selectSignal(cartFeature.selectCart);
  protected readonly cartLoaded = this.store.selectSignal(cartFeature.selectLoaded);
  protected readonly cartLoading = this.store.selectSignal(cartFeature.selectLoading);
  protected readonly cartSaving = this.store.selectSignal(cartFeature.selectSaving);
  protected readonly s = this.store.selectSignal(checkoutFeature.selectProcurementCheckoutState);
  protected readonly reference = inject(ReferenceData);
  protected readonly overBudget = this.store.selectSignal(checkoutFeature.selectOverBudget);
  private readonly user = inject(AuthSession).user;

  protected readonly form = new FormGroup({
    deliveryAddress: new FormGroup({
      recipient: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(100)],
      }),
      phone: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, mobilePhone],
      }),
      address: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(500)],
      }),
    }),
    /** A new address typed here is saved to the buyer's address book with the order. */
    saveAddress: new FormControl(true, { nonNullable: true }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
    invoice: new FormGroup({
      type: new FormControl<InvoiceType>('special', { nonNullable: true }),
      title: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(100)],
      }),
      taxNumber: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, usccCode],
      }),
    }),
  });

  /** The buyer's address book (their own and the company's), for the delivery address. */
  private readonly book = this.store.selectSignal(addressBookFeature.selectAddresses);
  /** The address typed before this visit (the picker prefers it to the default). */
  protected readonly draftAddress: DeliveryAddress;
  /** Whether the delivery address is a new one typed here (else a saved one, picked). */
  protected readonly usingNew = signal(false);
  /** The last new address typed, kept while a saved one is picked. */
  private typed: DeliveryAddress = EMPTY_ADDRESS;

  /** Today in China: the earliest need-by date. */
  protected readonly today = chinaDate(Date.now());
  /** Net / VAT / gross: the server's preview, or the same arithmetic on the cart until it answers. */
  protected readonly tax = computed(
    () => this.s().preview?.tax ?? cartTaxBreakdown(this.cart().lines),
  );
  /** The preview's lateness warnings by product. */
  protected readonly lateByProduct = computed(() => {
    const m = new Map<string, LateLineWarning>();
    for (const w of this.s().preview?.warnings ?? []) m.set(w.productId, w);
    return m;
  });

  /** Share of the budget used after this order: above 100 when the order overspends it. */
  /** The order's lines, biggest first: the lines that matter most are never the ones out of sight. */
  protected readonly summaryLines = computed(() => {
    const preview = this.s().preview?.lines;
    const lines =
      preview ??
      this.cart().lines.map((l) => ({
        productId: l.productId,
        name: l.product.name,
        nameEn: l.product.nameEn,
        qty: l.qty,
        unit: l.product.unit,
        lineTotalFen: l.lineTotalFen,
        vatRate: l.product.vatRate,
      }));
    return [...lines].sort((a, b) => b.lineTotalFen - a.lineTotalFen);
  });
  protected readonly budgetUsePercent = computed(() => {
    const b = this.s().preview?.budget;
    if (!b || b.amountFen <= 0) return 0;
    return Math.max(0, Math.round(((b.amountFen - b.availableAfterFen) / b.amountFen) * 100));
  });
  /** The bar stops at its end. */
  protected readonly budgetBarPercent = computed(() => Math.min(100, this.budgetUsePercent()));

  protected readonly budgetRequestLink = computed(() => {
    const o = this.overBudget();
    return o?.budgetId ? { budgetId: o.budgetId, deltaFen: o.deltaFen } : null;
  });

  protected readonly submitErrorText = computed(() => {
    const e = this.s().submitError;
    if (!e || e.code === 'BUDGET_EXCEEDED') return null;
    const detail = e.errors?.length ? ` ${e.errors.map((x) => x.message).join('; ')}` : '';
    return `${errorMessage(e, this.i18n, PROCUREMENT_ERRORS)}${detail}`;
  });

  protected readonly previewErrorText = computed(() => {
    const e = this.s().previewError;
    if (!e || e.code === 'NOTHING_TO_PREVIEW') return null;
    return errorMessage(e, this.i18n, PROCUREMENT_ERRORS);
  });

  protected readonly canSubmit = computed(
    () =>
      !this.s().submitting &&
      this.cart().lines.length > 0 &&
      !!this.s().costCenterId &&
      !this.overBudget() &&
      this.cartSaving() === 0,
  );

  constructor() {
    this.store.dispatch(CheckoutPageActions.opened());
    // What was typed before (another visit, an error) is shown again.
    const saved = untracked(() => this.s());
    const userId = untracked(() => this.user()?.id);
    const address =
      saved.address.recipient || saved.address.address
        ? saved.address
        : (savedAddress(userId) ?? saved.address);
    this.draftAddress = address;
    this.typed = address;
    this.form.patchValue({ deliveryAddress: address, note: saved.note }, { emitEvent: false });
    // the invoice is prefilled from the company's details until the buyer edits it
    effect(() => {
      const profile = this.reference.company()?.invoice;
      const group = this.form.controls.invoice;
      if (profile && group.pristine)
        untracked(() =>
          group.patchValue(
            { title: profile.title, taxNumber: profile.taxNumber },
            { emitEvent: false },
          ),
        );
    });
    this.form.valueChanges
      .pipe(debounceTime(250), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => {
        const v = this.form.getRawValue();
        this.store.dispatch(
          CheckoutPageActions.addressChanged({ address: v.deliveryAddress, note: v.note }),
        );
        if (this.form.controls.deliveryAddress.valid)
          saveAddress(this.user()?.id, v.deliveryAddress);
      });
    // While the page is shown, the checkout effects keep the budget and approval preview current.
    inject(DestroyRef).onDestroy(() => this.store.dispatch(CheckoutPageActions.closed()));
    // Field errors from the server land on their fields.
    const submitError = computed(() => this.s().submitError);
    effect(() => {
      const e = submitError();
      if (e?.errors?.length)
        untracked(() => applyProblemToForm(this.form, { errors: e.errors } as Problem));
    });
  }

  /** A saved address fills the delivery fields; a new one brings back what was typed. */
  protected addressPicked(p: AddressPick): void {
    const group = this.form.controls.deliveryAddress;
    if (!this.usingNew() && !p.address) {
      this.usingNew.set(true);
      group.patchValue(this.typed);
      return;
    }
    if (this.usingNew() && p.address) this.typed = group.getRawValue();
    this.usingNew.set(!p.address);
    if (p.address) group.patchValue(p.address);
  }

  protected changeNeedBy(needBy: string): void {
    this.store.dispatch(CheckoutPageActions.needByChanged({ needBy }));
  }

  /** Lines whose own need-by date field is open. */
  protected readonly lineDateOpen = signal<ReadonlySet<string>>(new Set());

  protected openLineDate(productId: string): void {
    this.lineDateOpen.update((open) => new Set(open).add(productId));
  }

  protected changeLineNeedBy(productId: string, needBy: string): void {
    this.store.dispatch(CheckoutPageActions.lineNeedByChanged({ productId, needBy }));
  }

  protected lateText(w: LateLineWarning): string {
    return this.i18n.t('procurement.needBy.late', {
      days: w.params.leadTimeDays,
      date: w.params.earliestDate,
      needBy: w.params.needBy,
    });
  }

  protected chooseCostCenter(costCenterId: string): void {
    this.store.dispatch(CheckoutPageActions.costCenterChosen({ costCenterId }));
  }

  protected name(line: { name: string; nameEn: string }): string {
    return localName(line, this.i18n.lang());
  }

  protected retryCostCenters(): void {
    this.reference.reloadCostCenters();
  }

  protected retryPreview(): void {
    this.store.dispatch(CheckoutPageActions.previewRequested());
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      queueMicrotask(() =>
        (this.host.nativeElement as HTMLElement)
          .querySelector<HTMLElement>('.ng-invalid input, .ng-invalid textarea')
          ?.focus(),
      );
      return;
    }
    const ccId = this.s().costCenterId;
    if (!this.canSubmit() || !ccId) return;
    const v = this.form.getRawValue();
    const note = v.note.trim();
    const needBy = this.s().needBy;
    const deliveryAddress = {
      recipient: v.deliveryAddress.recipient.trim(),
      phone: normalizePhone(v.deliveryAddress.phone.trim()),
      address: v.deliveryAddress.address.trim(),
    };
    if (this.usingNew() && v.saveAddress) this.saveToBook(deliveryAddress);
    this.store.dispatch(
      CheckoutPageActions.submitted({
        command: {
          costCenterId: ccId,
          lines: toOrderLines(this.cart().lines, this.s().lineNeedBy),
          deliveryAddress,
          ...(note ? { note } : {}),
          ...(needBy ? { needBy } : {}),
          invoice: {
            type: v.invoice.type,
            title: v.invoice.title.trim(),
            taxNumber: normalizeUscc(v.invoice.taxNumber),
          },
        },
        newKey: crypto.randomUUID(),
      }),
    );
  }

  /** Saves a new address to the buyer's book, once (not when it is there already, or the book is full). */
  private saveToBook(a: DeliveryAddress): void {
    const own = this.book().filter((x) => x.scope === 'personal');
    const known = this.book().some(
      (x) => x.recipient === a.recipient && x.phone === a.phone && x.address === a.address,
    );
    if (known || own.length >= MAX_SAVED_ADDRESSES) return;
    this.store.dispatch(AddressPickerActions.saveRequested({ command: a }));
  }
}
