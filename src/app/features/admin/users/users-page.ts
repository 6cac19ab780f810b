import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  type OnInit,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { ROLES, isActiveUnit, type Role, type UserDetail } from '../../../../domain/index.ts';
import type { UserPatch } from '../../../../domain/schemas.ts';
import { errorMessage, type ErrorTexts } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { costCenterLabel } from '../../../core/reference-data/reference-data';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import type { UserFilters } from '../data/org-api';
import { UsersPageActions } from '../data/org.actions';
import { orgFeature } from '../data/org.feature';

const PAGE_SIZE = 20;

/** The organisation's refusals in the admin's words (409s explained). */
export const ORG_ERROR_TEXTS: ErrorTexts = {
  EMAIL_TAKEN: 'admin.org.error.EMAIL_TAKEN',
  NAME_TAKEN: 'admin.org.error.NAME_TAKEN',
  LAST_ADMIN: 'admin.org.error.LAST_ADMIN',
  LAST_APPROVER: 'admin.org.error.LAST_APPROVER',
  COST_CENTER_IN_USE: 'admin.org.error.COST_CENTER_IN_USE',
  DEPARTMENT_IN_USE: 'admin.org.error.DEPARTMENT_IN_USE',
  VALIDATION_FAILED: 'admin.org.error.VALIDATION_FAILED',
};

/** 用户管理 (admin): the company's users, searched and filtered in the URL; invite, edit, deactivate. */
@Component({
  selector: 'app-users-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginator,
    MatSelectModule,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage implements OnInit, OnChanges {
  /** Query parameters: `?q=&role=&status=active|inactive&page=`. */
  readonly q = input<string>();
  readonly role = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly i18n = inject(I18n);
  protected readonly s = this.store.selectSignal(orgFeature.selectAdminOrgState);
  protected readonly roles = ROLES;
  protected readonly pageSize = PAGE_SIZE;

  protected readonly filters = computed((): UserFilters => ({
    q: this.q()?.trim() || null,
    role: (ROLES as readonly string[]).includes(this.role() ?? '') ? this.role()! : null,
    status: ['active', 'inactive'].includes(this.status() ?? '') ? this.status()! : null,
  }));
  protected readonly pageIndex = computed(() => Math.max(0, (Number(this.page()) || 1) - 1));
  protected readonly activeDepartments = computed(() => this.s().departments.filter(isActiveUnit));
  protected readonly activeCostCenters = computed(() => this.s().costCenters.filter(isActiveUnit));
  protected readonly listError = computed(() => {
    const e = this.s().error;
    return e ? errorMessage(e, this.i18n) : null;
  });

  /** The invite form (open/closed), the user being edited, the user whose deactivation awaits a confirmation. */
  protected readonly inviting = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);

  protected readonly inviteForm = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    name: ['', [Validators.required, Validators.maxLength(50)]],
    nameEn: ['', [Validators.maxLength(50)]],
    roles: [['employee'] as Role[], [Validators.required]],
    departmentId: ['', [Validators.required]],
  });
  protected readonly editForm = this.fb.group({
    roles: [[] as Role[], [Validators.required]],
    departmentId: ['', [Validators.required]],
    granted: [[] as string[]],
  });

  constructor() {
    // A saved command closes the form it came from (local UI only).
    let seen = -1;
    effect(() => {
      const count = this.s().savedCount;
      if (seen >= 0 && count !== seen)
        untracked(() => {
          this.inviting.set(false);
          this.editing.set(null);
          this.confirming.set(null);
        });
      seen = count;
    });
  }

  ngOnInit(): void {
    this.store.dispatch(UsersPageActions.opened());
  }

  ngOnChanges(): void {
    this.load();
  }

  protected load(): void {
    this.store.dispatch(
      UsersPageActions.queryChanged({
        filters: this.filters(),
        pageIndex: this.pageIndex(),
        pageSize: PAGE_SIZE,
      }),
    );
  }

  protected filter(key: keyof UserFilters, value: string | null): void {
    void this.router.navigate([], {
      queryParams: { [key]: value?.trim() || null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected paged(e: PageEvent): void {
    void this.router.navigate([], {
      queryParams: { page: e.pageIndex > 0 ? e.pageIndex + 1 : null },
      queryParamsHandling: 'merge',
    });
  }

  /** The message of the last refused command about `subject` (a user id, or 'new'). */
  protected errorFor(subject: string): string | null {
    const e = this.s().saveError;
    return e && e.subject === subject ? errorMessage(e.error, this.i18n, ORG_ERROR_TEXTS) : null;
  }

  protected departmentName(id: string): string {
    const d = this.s().departments.find((x) => x.id === id);
    return d ? localName(d, this.i18n.lang()) : id;
  }

  protected costCenterName(id: string): string {
    return costCenterLabel(
      this.s().costCenters.find((c) => c.id === id),
      this.i18n.lang(),
    );
  }

  protected rolesText(u: UserDetail): string {
    return ROLES.filter((r) => u.roles.includes(r))
      .map((r) => this.i18n.t(`role.${r}`))
      .join(' · ');
  }

  protected openInvite(): void {
    this.inviteForm.reset();
    this.inviting.set(true);
  }

  protected invite(): void {
    if (this.inviteForm.invalid) {
      this.inviteForm.markAllAsTouched();
      return;
    }
    const v = this.inviteForm.getRawValue();
    this.store.dispatch(
      UsersPageActions.inviteSubmitted({
        command: {
          email: v.email.trim(),
          name: v.name.trim(),
          ...(v.nameEn.trim() ? { nameEn: v.nameEn.trim() } : {}),
          roles: v.roles,
          departmentId: v.departmentId,
        },
      }),
    );
  }

  protected dismissInvitation(): void {
    this.store.dispatch(UsersPageActions.invitationDismissed());
  }

  protected edit(u: UserDetail): void {
    this.confirming.set(null);
    this.editForm.reset({
      roles: [...u.roles],
      departmentId: u.departmentId,
      granted: [...u.grantedCostCenterIds],
    });
    this.editing.set(u.id);
  }

  protected saveEdit(u: UserDetail): void {
    if (this.editForm.invalid) {
      this.editForm.markAllAsTouched();
      return;
    }
    const v = this.editForm.getRawValue();
    const patch: UserPatch = {};
    if ([...v.roles].sort().join() !== [...u.roles].sort().join()) patch.roles = v.roles;
    if (v.departmentId !== u.departmentId) patch.departmentId = v.departmentId;
    const grantsChanged =
      [...v.granted].sort().join() !== [...u.grantedCostCenterIds].sort().join();
    this.store.dispatch(
      UsersPageActions.userChangeSubmitted({
        id: u.id,
        patch,
        ...(grantsChanged ? { grantedCostCenterIds: v.granted } : {}),
      }),
    );
  }

  protected setActive(u: UserDetail, active: boolean): void {
    this.store.dispatch(UsersPageActions.userChangeSubmitted({ id: u.id, patch: { active } }));
  }
}
