import { HttpClient } from '@angular/common/http';
import {
  Injectable,
  Injector,
  computed,
  inject,
  runInInjectionContext,
  untracked,
} from '@angular/core';
import type {
  ChargeableCostCenter,
  Company,
  CostCenter,
  Department,
} from '../../../domain/index.ts';
import { isActiveUnit } from '../../../domain/company.ts';
import { API_BASE_URL } from '../api/api-base-url';
import { AuthSession } from '../auth/auth-session';
import { background } from '../http/http-context';
import { remote, type Remote } from '../http/remote';
import { I18n, type Lang } from '../i18n/i18n';
import { localName } from '../i18n/local-name';

/** How a cost center is named everywhere: `code · name` in the active language. */
export function costCenterLabel(cc: CostCenter | null | undefined, lang: Lang): string {
  if (!cc) return '';
  const name = localName(cc, lang);
  return cc.code ? `${cc.code} · ${name}` : name;
}

/**
 * The signed-in user's company, departments and cost centers (GET /api/companies/current,
 * /api/departments, /api/cost-centers, and
 * those the user may charge, /api/me/cost-centers), fetched once per user for every feature. The company loads
 * with the shell; the lists load when something first reads them. Everything is dropped when the
 * user signs out (the requests follow the session's user) and fetched again for the next one.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceData {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly session = inject(AuthSession);
  private readonly userId = computed(() => this.session.user()?.id ?? null);

  private readonly companyRemote = this.load<Company>('/companies/current');
  private readonly costCentersRemote = this.lazy(() =>
    this.load<CostCenter[]>('/cost-centers', { _limit: 100 }),
  );
  private readonly departmentsRemote = this.lazy(() =>
    this.load<Department[]>('/departments', { _limit: 100 }),
  );
  private readonly chargeableRemote = this.lazy(() =>
    this.load<ChargeableCostCenter[]>('/me/cost-centers'),
  );

  readonly company = computed(() => this.companyRemote.value() ?? null);
  readonly companyLoading = this.companyRemote.loading;
  readonly companyError = this.companyRemote.error;
  /** The company's name in the active language ('' until it is known). */
  readonly companyName = computed(() => localName(this.company(), this.i18n.lang()));

  readonly costCenters = computed<readonly CostCenter[]>(
    () => this.costCentersRemote().value() ?? [],
  );
  readonly costCentersLoading = computed(() => this.costCentersRemote().loading());
  readonly costCentersError = computed(() => this.costCentersRemote().error());

  /** The company's departments (e.g. a welfare campaign's audience). */
  readonly departments = computed<readonly Department[]>(
    () => this.departmentsRemote().value() ?? [],
  );

  /** What a new choice may name: departments and cost centers an admin has not deactivated. */
  readonly activeDepartments = computed(() => this.departments().filter(isActiveUnit));
  readonly activeCostCenters = computed(() => this.costCenters().filter(isActiveUnit));

  /**
   * The cost centers the user may charge (orders, trips): their department's, then any an admin
   * granted them. The API refuses any other with 403.
   */
  readonly chargeableCostCenters = computed<readonly ChargeableCostCenter[]>(
    () => this.chargeableRemote().value() ?? [],
  );
  readonly chargeableLoading = computed(() => this.chargeableRemote().loading());
  readonly chargeableError = computed(() => this.chargeableRemote().error());

  /** The cost center of the user's own department, else the first they may charge (null until known). */
  readonly defaultCostCenterId = computed(() => {
    const chargeable = this.chargeableCostCenters();
    return (chargeable.find((c) => c.source === 'department') ?? chargeable[0])?.id ?? null;
  });

  costCenter(id: string | null | undefined): CostCenter | null {
    return (
      this.chargeableCostCenters().find((c) => c.id === id) ??
      this.costCenters().find((c) => c.id === id) ??
      null
    );
  }

  /** `code · name` of a cost center, or its id while the names are unknown. */
  costCenterLabel(id: string | null | undefined): string {
    return costCenterLabel(this.costCenter(id), this.i18n.lang()) || (id ?? '');
  }

  reloadCompany(): void {
    this.companyRemote.reload();
  }

  /** After an admin changed the organisation: departments, cost centers and what the user may charge. */
  reloadCostCenters(): void {
    this.costCentersRemote().reload();
    this.departmentsRemote().reload();
    this.chargeableRemote().reload();
  }

  /** The company as the API answered a change of it (admin settings): every page shows it at once. */
  companyChanged(company: Company): void {
    this.companyRemote.set(company);
  }

  /** GET `path` for the signed-in user, again when the user changes; nothing while signed out. */
  private load<T>(path: string, params: Record<string, number> = {}): Remote<T> {
    return runInInjectionContext(this.injector, () =>
      remote<T>(() =>
        this.userId()
          ? this.http.get<T>(`${this.base}${path}`, {
              params,
              observe: 'response',
              context: background(),
            })
          : null,
      ),
    );
  }

  /** Created on first use, so that a list nobody reads is never fetched. */
  private lazy<T>(create: () => Remote<T>): () => Remote<T> {
    let created: Remote<T> | undefined;
    return () => (created ??= untracked(create));
  }
}
