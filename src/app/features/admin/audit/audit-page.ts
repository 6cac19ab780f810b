import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
} from '@angular/core';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { AUDIT_ACTIONS, type AuditChange } from '../../../../domain/index.ts';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalDatePipe, formatFen } from '../../../core/i18n/format';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import type { AuditFilters } from '../data/audit-api';
import { AuditPageActions } from '../data/audit.actions';
import { auditFeature } from '../data/audit.feature';

const PAGE_SIZE = 20;

/** A changed value as people read it: money fields (…Fen) in yuan, the rest as stored. */
export function auditValue(field: string, value: AuditChange['before'], locale: string): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number' && /Fen(?![a-z])/.test(field)) return formatFen(value, locale);
  return String(value);
}

/** 审计日志 (admin): who changed what in the company's set-up, filtered in the URL, and its CSV. */
@Component({
  selector: 'app-audit-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginator,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage implements OnChanges {
  /** Query parameters: `?action=&from=&to=&page=` (page 1-based). */
  readonly action = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  private readonly reference = inject(ReferenceData);
  protected readonly s = this.store.selectSignal(auditFeature.selectAdminAuditState);
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly filters = computed((): AuditFilters => ({
    action: this.action() || null,
    from: this.from() || null,
    to: this.to() || null,
  }));
  protected readonly pageIndex = computed(() => Math.max(0, (Number(this.page()) || 1) - 1));
  protected readonly error = computed(() => {
    const e = this.s().error;
    return e ? errorMessage(e, this.i18n) : null;
  });
  protected readonly exportError = computed(() => {
    const e = this.s().exportError;
    return e ? errorMessage(e, this.i18n) : null;
  });

  ngOnChanges(): void {
    this.load();
  }

  protected load(): void {
    this.store.dispatch(
      AuditPageActions.queryChanged({
        filters: this.filters(),
        pageIndex: this.pageIndex(),
        pageSize: PAGE_SIZE,
      }),
    );
  }

  /** A filter into the URL (back to the first page). */
  protected filter(key: keyof AuditFilters, value: string | null): void {
    void this.router.navigate([], {
      queryParams: { [key]: value || null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected paged(e: PageEvent): void {
    void this.router.navigate([], {
      queryParams: { page: e.pageIndex > 0 ? e.pageIndex + 1 : null },
      queryParamsHandling: 'merge',
    });
  }

  protected exportCsv(): void {
    this.store.dispatch(AuditPageActions.csvRequested({ filters: this.filters() }));
  }

  protected fieldName(field: string): string {
    const key = `admin.audit.field.${field.replace(/\.\d+$/, '')}`;
    const tier = /\.(\d)$/.exec(field)?.[1];
    if (!this.i18n.has(key)) return field;
    const name = this.i18n.t(key);
    return tier ? `${name}${this.i18n.t('admin.audit.tier', { tier })}` : name;
  }

  /** Ids and codes as people know them: departments, cost centers and roles by name, yes / no. */
  protected value(field: string, v: AuditChange['before']): string {
    const lang = this.i18n.lang();
    if (typeof v === 'boolean') return this.i18n.t(v ? 'admin.audit.yes' : 'admin.audit.no');
    if (typeof v === 'string' && v) {
      const list = (name: (id: string) => string) =>
        v
          .split(', ')
          .map((x) => name(x) || x)
          .join(lang === 'en' ? ', ' : '、');
      if (field === 'departmentId')
        return (
          localName(
            this.reference.departments().find((d) => d.id === v),
            lang,
          ) || v
        );
      if (field === 'costCenterId' || field === 'grantedCostCenterIds')
        return list((id) => this.reference.costCenterLabel(id));
      if (field === 'roles')
        return list((r) => (this.i18n.has(`role.${r}`) ? this.i18n.t(`role.${r}`) : r));
    }
    return auditValue(field, v, this.i18n.locale());
  }
}
