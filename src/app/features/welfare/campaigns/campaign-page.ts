import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { OCCASION_CODES, OCCASIONS, type Problem } from '../../../../domain/index.ts';
import { CountPipe, MoneyPipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { applyProblemToForm, errorMessage } from '../../../core/http/problem';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import {
  audienceRows,
  badRows,
  budgetRequestLink,
  type Campaign,
  type CampaignCommand,
  type Occasion,
  type RangeProduct,
} from '../data/campaign.model';
import { giftStoreFeature } from '../data/gift-store.feature';
import { CampaignPageActions } from '../data/campaigns.actions';
import { campaignsFeature } from '../data/campaigns.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';

type AudienceKind = CampaignCommand['audience']['kind'];
type GiftRangeKind = CampaignCommand['giftRange']['kind'];

/** The SKU codes of a campaign's curated gift range, one a line, once its products are named ('' before). */
export function skusOf(c: Campaign, products: readonly RangeProduct[]): string {
  const ids = c.giftRange.kind === 'products' ? (c.giftRange.productIds ?? []) : [];
  const byId = new Map(products.map((p) => [p.id, p.sku]));
  if (!ids.length || !ids.every((id) => byId.has(id))) return '';
  return ids.map((id) => byId.get(id)).join('\n');
}

/** HR: create or edit a draft campaign, see its audience explained and its preview, publish, grant, close. */
@Component({
  selector: 'app-campaign-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    CountPipe,
    MoneyPipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './campaign-page.html',
  styleUrl: './campaign-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);

  /** The route's `:id`; absent on /welfare/campaigns/new. */
  readonly id = input<string>();

  protected readonly campaign = this.store.selectSignal(campaignsFeature.selectDetail);
  protected readonly loading = this.store.selectSignal(campaignsFeature.selectDetailLoading);
  private readonly error = this.store.selectSignal(campaignsFeature.selectDetailError);
  protected readonly saving = this.store.selectSignal(campaignsFeature.selectSaving);
  private readonly saveError = this.store.selectSignal(campaignsFeature.selectSaveError);
  protected readonly check = this.store.selectSignal(campaignsFeature.selectCheck);
  protected readonly rangeProducts = this.store.selectSignal(campaignsFeature.selectRangeProducts);
  /** Top-level gift categories (the store's filter's), for a gift range by category. */
  protected readonly categories = this.store.selectSignal(giftStoreFeature.selectCategories);
  protected readonly preview = this.store.selectSignal(campaignsFeature.selectPreview);
  private readonly previewError = this.store.selectSignal(campaignsFeature.selectPreviewError);
  protected readonly granting = this.store.selectSignal(campaignsFeature.selectGranting);
  protected readonly grant = this.store.selectSignal(campaignsFeature.selectGrant);
  private readonly grantError = this.store.selectSignal(campaignsFeature.selectGrantError);
  protected readonly occasions = OCCASION_CODES;

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    nameEn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    occasion: new FormControl<Occasion>('spring-festival', { nonNullable: true }),
    pointsPerEmployee: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(1),
    ]),
    audienceKind: new FormControl<AudienceKind>('list', { nonNullable: true }),
    employees: new FormControl('', { nonNullable: true }),
    departmentIds: new FormControl<string[]>([], { nonNullable: true }),
    giftKind: new FormControl<GiftRangeKind>('all', { nonNullable: true }),
    categoryIds: new FormControl<string[]>([], { nonNullable: true }),
    giftSkus: new FormControl('', { nonNullable: true }),
    grantDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    costCenterId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly isNew = computed(() => !this.id());
  protected readonly editable = computed(() => this.isNew() || this.campaign()?.status === 'draft');
  protected readonly bad = computed(() => badRows(this.check()));
  protected readonly requestLink = computed(() => {
    const p = this.preview();
    return p ? budgetRequestLink(p) : null;
  });
  protected readonly errorText = computed(() => this.text(this.error()));
  protected readonly saveErrorText = computed(() => this.text(this.saveError()));
  protected readonly previewErrorText = computed(() => this.text(this.previewError()));
  protected readonly grantErrorText = computed(() => this.text(this.grantError()));

  constructor() {
    // Local UI follows state: the form shows the campaign loaded, and is read-only once published.
    effect(() => {
      const c = this.campaign();
      if (!c || c.id !== this.id()) return;
      this.form.reset({
        name: c.name,
        nameEn: c.nameEn,
        occasion: c.occasion,
        pointsPerEmployee: c.pointsPerEmployee,
        audienceKind: c.audience.kind,
        employees: (c.audience.employees ?? []).join('\n'),
        departmentIds: c.audience.departmentIds ?? [],
        giftKind: c.giftRange.kind,
        categoryIds: c.giftRange.categoryIds ?? [],
        giftSkus: skusOf(c, untracked(this.rangeProducts)),
        grantDate: c.grantDate,
        costCenterId: c.costCenterId,
      });
      if (c.status === 'draft') this.form.enable();
      else this.form.disable();
    });
    // The curated range's SKU codes arrive after the campaign.
    effect(() => {
      const c = this.campaign();
      const skus = c ? skusOf(c, this.rangeProducts()) : '';
      if (skus) this.form.controls.giftSkus.setValue(skus);
    });
    effect(() => {
      const e = this.saveError();
      if (e?.errors) applyProblemToForm(this.form, { errors: e.errors } as Problem);
    });
  }

  ngOnChanges(): void {
    this.store.dispatch(CampaignPageActions.opened({ id: this.id() ?? null }));
    if (!this.id()) {
      this.form.enable();
      this.form.reset({
        occasion: 'spring-festival',
        audienceKind: 'list',
        giftKind: 'all',
        costCenterId: this.reference.defaultCostCenterId() ?? '',
      });
    }
  }

  protected occasionName(code: Occasion): string {
    return this.i18n.lang() === 'en' ? OCCASIONS[code].en : OCCASIONS[code].zh;
  }

  protected rowText(status: string, firstRow?: number): string {
    return this.i18n.t(`welfare.audience.${status}`, { row: firstRow ?? '' });
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const rows = audienceRows(v.employees);
    const skus = audienceRows(v.giftSkus);
    const c = this.form.controls;
    const missing = [
      v.audienceKind === 'list' && !rows.length && c.employees,
      v.audienceKind === 'departments' && !v.departmentIds.length && c.departmentIds,
      v.giftKind === 'categories' && !v.categoryIds.length && c.categoryIds,
      v.giftKind === 'products' && !skus.length && c.giftSkus,
    ].filter((x) => !!x);
    for (const control of missing) {
      control.setErrors({ required: true });
      control.markAsTouched();
    }
    if (missing.length) return;
    const command: CampaignCommand = {
      name: v.name.trim(),
      nameEn: v.nameEn.trim(),
      occasion: v.occasion,
      pointsPerEmployee: Number(v.pointsPerEmployee),
      audience:
        v.audienceKind === 'all'
          ? { kind: 'all' }
          : v.audienceKind === 'departments'
            ? { kind: 'departments', departmentIds: v.departmentIds }
            : { kind: 'list', employees: rows },
      grantDate: v.grantDate,
      costCenterId: v.costCenterId,
      // A curated list's product ids come from its SKU codes (the save effect looks them up).
      giftRange:
        v.giftKind === 'categories'
          ? { kind: 'categories', categoryIds: v.categoryIds }
          : v.giftKind === 'products'
            ? { kind: 'products', productIds: [] }
            : { kind: 'all' },
    };
    this.store.dispatch(
      CampaignPageActions.saveRequested({
        id: this.id() ?? null,
        command,
        giftSkus: v.giftKind === 'products' ? skus : null,
      }),
    );
  }

  protected publish(): void {
    this.store.dispatch(CampaignPageActions.publishRequested({ id: this.id()! }));
  }

  protected close(): void {
    this.store.dispatch(CampaignPageActions.closeRequested({ id: this.id()! }));
  }

  protected doGrant(): void {
    this.store.dispatch(CampaignPageActions.grantRequested({ id: this.id()! }));
  }

  protected retry(): void {
    this.store.dispatch(CampaignPageActions.opened({ id: this.id() ?? null }));
  }

  private text(e: Parameters<typeof errorMessage>[0] | null): string | null {
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  }
}
