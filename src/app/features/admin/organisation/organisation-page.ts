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
import { NgTemplateOutlet } from '@angular/common';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { isActiveUnit, type CostCenter, type Department } from '../../../../domain/index.ts';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { costCenterLabel } from '../../../core/reference-data/reference-data';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { OrganisationPageActions } from '../data/org.actions';
import { orgFeature } from '../data/org.feature';
import { ORG_ERROR_TEXTS } from '../users/users-page';

type Editing =
  { kind: 'department'; id: string | null } | { kind: 'costCenter'; id: string | null } | null;

/** 组织架构 (admin): departments and cost centers — create, rename, deactivate and reactivate. */
@Component({
  selector: 'app-organisation-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './organisation-page.html',
  styleUrl: './organisation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationPage implements OnInit {
  private readonly store = inject(Store);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly i18n = inject(I18n);
  protected readonly s = this.store.selectSignal(orgFeature.selectAdminOrgState);
  protected readonly activeCostCenters = computed(() => this.s().costCenters.filter(isActiveUnit));
  protected readonly loadError = computed(() => {
    const e = this.s().unitsError;
    return e ? errorMessage(e, this.i18n) : null;
  });
  protected readonly isActive = isActiveUnit;

  /** The form open: a new or an existing department or cost center. */
  protected readonly editing = signal<Editing>(null);
  protected readonly departmentForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(60)]],
    nameEn: ['', [Validators.required, Validators.maxLength(60)]],
    costCenterId: ['', [Validators.required]],
  });
  protected readonly costCenterForm = this.fb.group({
    code: ['', [Validators.required, Validators.pattern(/^[A-Za-z0-9-]{2,20}$/)]],
    name: ['', [Validators.required, Validators.maxLength(60)]],
    nameEn: ['', [Validators.required, Validators.maxLength(60)]],
  });

  constructor() {
    let seen = -1;
    effect(() => {
      const count = this.s().savedCount;
      if (seen >= 0 && count !== seen) untracked(() => this.editing.set(null));
      seen = count;
    });
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.store.dispatch(OrganisationPageActions.opened());
  }

  protected isEditing(kind: UnitKind, id: string | null): boolean {
    const e = this.editing();
    return !!e && e.kind === kind && e.id === id;
  }

  protected errorFor(subject: string): string | null {
    const e = this.s().saveError;
    return e && e.subject === subject ? errorMessage(e.error, this.i18n, ORG_ERROR_TEXTS) : null;
  }

  protected costCenterName(id: string): string {
    return costCenterLabel(
      this.s().costCenters.find((c) => c.id === id),
      this.i18n.lang(),
    );
  }

  protected editDepartment(d: Department | null): void {
    this.departmentForm.reset(
      d
        ? { name: d.name, nameEn: d.nameEn, costCenterId: d.costCenterId }
        : { name: '', nameEn: '', costCenterId: '' },
    );
    this.editing.set({ kind: 'department', id: d?.id ?? null });
  }

  protected editCostCenter(c: CostCenter | null): void {
    this.costCenterForm.reset(
      c ? { code: c.code, name: c.name, nameEn: c.nameEn } : { code: '', name: '', nameEn: '' },
    );
    this.editing.set({ kind: 'costCenter', id: c?.id ?? null });
  }

  protected saveDepartment(d: Department | null): void {
    if (this.departmentForm.invalid) {
      this.departmentForm.markAllAsTouched();
      return;
    }
    const v = this.departmentForm.getRawValue();
    const command = { name: v.name.trim(), nameEn: v.nameEn.trim(), costCenterId: v.costCenterId };
    this.store.dispatch(
      d
        ? OrganisationPageActions.departmentChanged({ id: d.id, patch: command })
        : OrganisationPageActions.departmentCreated({ command }),
    );
  }

  protected saveCostCenter(c: CostCenter | null): void {
    if (this.costCenterForm.invalid) {
      this.costCenterForm.markAllAsTouched();
      return;
    }
    const v = this.costCenterForm.getRawValue();
    const command = { code: v.code.trim(), name: v.name.trim(), nameEn: v.nameEn.trim() };
    this.store.dispatch(
      c
        ? OrganisationPageActions.costCenterChanged({ id: c.id, patch: command })
        : OrganisationPageActions.costCenterCreated({ command }),
    );
  }

  /** A row's edit button: the department's or the cost center's editor. */
  protected edit(kind: UnitKind, unit: Department | CostCenter): void {
    if (kind === 'department') this.editDepartment(unit as Department);
    else this.editCostCenter(unit as CostCenter);
  }

  protected setActive(kind: UnitKind, unit: Department | CostCenter, active: boolean): void {
    const change = { id: unit.id, patch: { active } };
    this.store.dispatch(
      kind === 'department'
        ? OrganisationPageActions.departmentChanged(change)
        : OrganisationPageActions.costCenterChanged(change),
    );
  }
}

type UnitKind = 'department' | 'costCenter';
