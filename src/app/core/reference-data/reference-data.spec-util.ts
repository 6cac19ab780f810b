import { computed, inject, signal, type Provider } from '@angular/core';
import type { ChargeableCostCenter, Company, CostCenter } from '../../../domain/index.ts';
import { I18n } from '../i18n/i18n';
import { localName } from '../i18n/local-name';
import { ReferenceData, costCenterLabel } from './reference-data';

/** A ReferenceData stand-in for page tests, holding `data` (change it through the returned signals). */
export function provideReferenceData(
  data: {
    company?: Company | null;
    costCenters?: CostCenter[];
    /** Default: every cost center, the first as the department's. */
    chargeable?: ChargeableCostCenter[];
    defaultCostCenterId?: string | null;
  } = {},
): Provider {
  return {
    provide: ReferenceData,
    useFactory: () => {
      const i18n = inject(I18n);
      const company = signal(data.company ?? null);
      const costCenters = signal<readonly CostCenter[]>(data.costCenters ?? []);
      const costCenter = (id: string | null | undefined) =>
        costCenters().find((c) => c.id === id) ?? null;
      return {
        company,
        companyLoading: signal(false),
        companyError: signal(null),
        companyName: computed(() => localName(company(), i18n.lang())),
        costCenters,
        costCentersLoading: signal(false),
        costCentersError: signal(null),
        chargeableCostCenters: signal<readonly ChargeableCostCenter[]>(
          data.chargeable ??
            costCenters().map((c, i) => ({ ...c, source: i === 0 ? 'department' : 'granted' })),
        ),
        chargeableLoading: signal(false),
        chargeableError: signal(null),
        defaultCostCenterId: signal(data.defaultCostCenterId ?? null),
        costCenter,
        costCenterLabel: (id: string | null | undefined) =>
          costCenterLabel(costCenter(id), i18n.lang()) || (id ?? ''),
        reloadCompany: () => undefined,
        reloadCostCenters: () => undefined,
        companyChanged: (c: Company) => company.set(c),
      } satisfies Partial<Record<keyof ReferenceData, unknown>>;
    },
  };
}
