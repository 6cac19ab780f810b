import { createFeature, createReducer, on } from '@ngrx/store';
import type { AuditEntry } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import { AuditApiActions, AuditPageActions } from './audit.actions';

/** The audit log page: one page of entries, and the CSV export. */
export interface AuditState {
  entries: AuditEntry[];
  total: number;
  loading: boolean;
  error: ApiError | null;
  exporting: boolean;
  exportError: ApiError | null;
}

export const initialAuditState: AuditState = {
  entries: [],
  total: 0,
  loading: false,
  error: null,
  exporting: false,
  exportError: null,
};

export const auditFeature = createFeature({
  name: 'adminAudit',
  reducer: createReducer(
    initialAuditState,
    on(AuditPageActions.queryChanged, (s): AuditState => ({ ...s, loading: true, error: null })),
    on(AuditApiActions.loaded, (s, { page }): AuditState => ({
      ...s,
      entries: page.items,
      total: page.total,
      loading: false,
    })),
    on(AuditApiActions.loadFailed, (s, { error }): AuditState => ({
      ...s,
      loading: false,
      error,
    })),
    on(AuditPageActions.csvRequested, (s): AuditState => ({
      ...s,
      exporting: true,
      exportError: null,
    })),
    on(AuditApiActions.csvDownloaded, (s): AuditState => ({ ...s, exporting: false })),
    on(AuditApiActions.csvFailed, (s, { error }): AuditState => ({
      ...s,
      exporting: false,
      exportError: error,
    })),
  ),
});
