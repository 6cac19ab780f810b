import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  effect,
  inject,
  input,
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
import { MoneyPipe } from '../../../core/i18n/format';
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
  type CampaignCommand,
  type Occasion,
} from '../data/campaign.model';
import { CampaignPageActions } from '../data/campaigns.actions';
import { campaignsFeature } from '../data/campaigns.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';

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
    audienceKind: new FormControl<'all' | 'list'>('list', { nonNullable: true }),
    employees: new FormControl('', { nonNullable: true }),
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
        audienceKind: c.audience.kind === 'all' ? 'all' : 'list',
        employees: (c.audience.employees ?? []).join('\n'),
        grantDate: c.grantDate,
        costCenterId: c.costCenterId,
      });
      if (c.status === 'draft') this.form.enable();
      else this.form.disable();
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
    if (v.audienceKind === 'list' && !rows.length) {
      this.form.controls.employees.setErrors({ required: true });
      return;
    }
    const command: CampaignCommand = {
      name: v.name.trim(),
      nameEn: v.nameEn.trim(),
      occasion: v.occasion,
      pointsPerEmployee: Number(v.pointsPerEmployee),
      audience: v.audienceKind === 'all' ? { kind: 'all' } : { kind: 'list', employees: rows },
      grantDate: v.grantDate,
      costCenterId: v.costCenterId,
      giftRange: this.campaign()?.giftRange ?? { kind: 'all' },
    };
    this.store.dispatch(CampaignPageActions.saveRequested({ id: this.id() ?? null, command }));
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
