import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { TravelReportApiActions, TravelReportPageActions } from './travel.actions';
import type { TravelReport } from './travel.model';

/** HR / finance: the travel report of a year and the CSV being fetched. */
export interface ReportState {
  year: string | null;
  report: TravelReport | null;
  loading: boolean;
  error: ApiError | null;
  downloading: boolean;
  csvError: ApiError | null;
}

export const initialReportState: ReportState = {
  year: null,
  report: null,
  loading: false,
  error: null,
  downloading: false,
  csvError: null,
};

export const reportFeature = createFeature({
  name: 'travelReport',
  reducer: createReducer(
    initialReportState,
    on(TravelReportPageActions.yearChosen, (s, { year }): ReportState => ({
      ...s,
      year,
      report: s.report?.year === year ? s.report : null,
      loading: true,
      error: null,
    })),
    on(TravelReportApiActions.loaded, (s, { report }): ReportState =>
      report.year === s.year ? { ...s, report, loading: false } : s,
    ),
    on(TravelReportApiActions.loadFailed, (s, { error }): ReportState => ({
      ...s,
      loading: false,
      error,
    })),
    on(TravelReportPageActions.csvRequested, (s): ReportState => ({
      ...s,
      downloading: true,
      csvError: null,
    })),
    on(TravelReportApiActions.csvDownloaded, (s): ReportState => ({ ...s, downloading: false })),
    on(TravelReportApiActions.csvFailed, (s, { error }): ReportState => ({
      ...s,
      downloading: false,
      csvError: error,
    })),
  ),
});
