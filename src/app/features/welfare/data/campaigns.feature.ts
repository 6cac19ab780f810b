import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import type {
  AudienceCheck,
  Campaign,
  CampaignPreview,
  CampaignReport,
  RangeProduct,
  WelfareGrant,
  WelfareLiability,
} from './campaign.model';
import {
  CampaignListPageActions,
  CampaignPageActions,
  CampaignReportPageActions,
  CampaignsApiActions,
} from './campaigns.actions';

/** HR's campaigns: the list, and one campaign with its audience check, preview and grant. */
export interface CampaignsState {
  items: Campaign[];
  total: number;
  pageIndex: number;
  loading: boolean;
  error: ApiError | null;
  liability: WelfareLiability | null;
  liabilityError: ApiError | null;
  exporting: boolean;
  exportError: ApiError | null;
  detailId: string | null;
  detail: Campaign | null;
  detailLoading: boolean;
  detailError: ApiError | null;
  saving: boolean;
  saveError: ApiError | null;
  /** The named products of the shown campaign's curated gift range. */
  rangeProducts: RangeProduct[];
  check: AudienceCheck | null;
  checkError: ApiError | null;
  preview: CampaignPreview | null;
  previewError: ApiError | null;
  granting: boolean;
  grant: WelfareGrant | null;
  grantError: ApiError | null;
  reportId: string | null;
  report: CampaignReport | null;
  reportLoading: boolean;
  reportError: ApiError | null;
}

export const initialCampaignsState: CampaignsState = {
  items: [],
  total: 0,
  pageIndex: 0,
  loading: false,
  error: null,
  liability: null,
  liabilityError: null,
  exporting: false,
  exportError: null,
  detailId: null,
  detail: null,
  detailLoading: false,
  detailError: null,
  saving: false,
  saveError: null,
  rangeProducts: [],
  check: null,
  checkError: null,
  preview: null,
  previewError: null,
  granting: false,
  grant: null,
  grantError: null,
  reportId: null,
  report: null,
  reportLoading: false,
  reportError: null,
};

export const campaignsFeature = createFeature({
  name: 'welfareCampaigns',
  reducer: createReducer(
    initialCampaignsState,
    on(CampaignListPageActions.opened, (s, { pageIndex }): CampaignsState => ({
      ...s,
      pageIndex,
      loading: true,
      error: null,
    })),
    on(CampaignsApiActions.listLoaded, (s, { page }): CampaignsState => ({
      ...s,
      items: page.items,
      total: page.total,
      loading: false,
    })),
    on(CampaignsApiActions.listFailed, (s, { error }): CampaignsState => ({
      ...s,
      loading: false,
      error,
    })),
    on(CampaignsApiActions.liabilityLoaded, (s, { liability }): CampaignsState => ({
      ...s,
      liability,
      liabilityError: null,
    })),
    on(CampaignsApiActions.liabilityFailed, (s, { error }): CampaignsState => ({
      ...s,
      liabilityError: error,
    })),
    on(CampaignListPageActions.exportRequested, (s): CampaignsState => ({
      ...s,
      exporting: true,
      exportError: null,
    })),
    on(CampaignsApiActions.exported, (s): CampaignsState => ({ ...s, exporting: false })),
    on(CampaignsApiActions.exportFailed, (s, { error }): CampaignsState => ({
      ...s,
      exporting: false,
      exportError: error,
    })),
    on(CampaignPageActions.opened, (s, { id }): CampaignsState => ({
      ...s,
      detailId: id,
      detail: id && s.detail?.id === id ? s.detail : null,
      detailLoading: id !== null,
      detailError: null,
      saveError: null,
      check: id && s.detailId === id ? s.check : null,
      checkError: null,
      rangeProducts: id && s.detailId === id ? s.rangeProducts : [],
      preview: id && s.detailId === id ? s.preview : null,
      previewError: null,
      grant: null,
      grantError: null,
    })),
    on(CampaignsApiActions.loaded, (s, { campaign }): CampaignsState =>
      s.detailId === campaign.id ? { ...s, detail: campaign, detailLoading: false } : s,
    ),
    on(CampaignReportPageActions.opened, (s, { id }): CampaignsState => ({
      ...s,
      reportId: id,
      report: s.report?.campaignId === id ? s.report : null,
      reportLoading: true,
      reportError: null,
    })),
    on(CampaignsApiActions.reportLoaded, (s, { report }): CampaignsState =>
      s.reportId === report.campaignId ? { ...s, report, reportLoading: false } : s,
    ),
    on(CampaignsApiActions.reportFailed, (s, { id, error }): CampaignsState =>
      s.reportId === id ? { ...s, reportLoading: false, reportError: error } : s,
    ),
    on(CampaignsApiActions.rangeProductsLoaded, (s, { id, products }): CampaignsState =>
      s.detailId === id ? { ...s, rangeProducts: products } : s,
    ),
    on(CampaignsApiActions.failed, (s, { id, error }): CampaignsState =>
      s.detailId === id ? { ...s, detailLoading: false, detailError: error } : s,
    ),
    on(
      CampaignPageActions.saveRequested,
      CampaignPageActions.publishRequested,
      CampaignPageActions.closeRequested,
      (s): CampaignsState => ({ ...s, saving: true, saveError: null }),
    ),
    on(CampaignsApiActions.saved, (s, { campaign }): CampaignsState => ({
      ...s,
      saving: false,
      detailId: campaign.id,
      detail: campaign,
      items: s.items.map((c) => (c.id === campaign.id ? campaign : c)),
    })),
    on(CampaignsApiActions.saveFailed, (s, { error }): CampaignsState => ({
      ...s,
      saving: false,
      saveError: error,
    })),
    on(CampaignsApiActions.audienceChecked, (s, { id, check }): CampaignsState =>
      s.detailId === id ? { ...s, check, checkError: null } : s,
    ),
    on(CampaignsApiActions.audienceCheckFailed, (s, { id, error }): CampaignsState =>
      s.detailId === id ? { ...s, checkError: error } : s,
    ),
    on(CampaignsApiActions.previewLoaded, (s, { preview }): CampaignsState =>
      s.detailId === preview.campaignId ? { ...s, preview, previewError: null } : s,
    ),
    on(CampaignsApiActions.previewFailed, (s, { id, error }): CampaignsState =>
      s.detailId === id ? { ...s, previewError: error } : s,
    ),
    on(CampaignPageActions.grantRequested, (s): CampaignsState => ({
      ...s,
      granting: true,
      grantError: null,
    })),
    on(CampaignsApiActions.granted, (s, { id, grant }): CampaignsState => ({
      ...s,
      granting: false,
      grant,
      detail: s.detail?.id === id ? { ...s.detail, grantId: grant.id } : s.detail,
    })),
    on(CampaignsApiActions.grantFailed, (s, { error }): CampaignsState => ({
      ...s,
      granting: false,
      grantError: error,
    })),
  ),
});
