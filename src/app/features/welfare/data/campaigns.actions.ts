import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type {
  AudienceCheck,
  Campaign,
  CampaignCommand,
  CampaignPreview,
  CampaignReport,
  RangeProduct,
  WelfareGrant,
  WelfareLiability,
} from './campaign.model';

export const CampaignListPageActions = createActionGroup({
  source: 'Campaign List Page',
  events: {
    Opened: props<{ pageIndex: number; pageSize: number }>(),
    'Export Requested': emptyProps(),
  },
});

export const CampaignPageActions = createActionGroup({
  source: 'Campaign Page',
  events: {
    /** `id` null: a new campaign. */
    Opened: props<{ id: string | null }>(),
    /**
     * Create (id null) or change a draft. `giftSkus`: with a curated gift range, its SKU codes, which
     * become the command's `productIds` (an unknown one fails the save, path `giftSkus`).
     */
    'Save Requested': props<{
      id: string | null;
      command: CampaignCommand;
      giftSkus: string[] | null;
    }>(),
    'Publish Requested': props<{ id: string }>(),
    'Close Requested': props<{ id: string }>(),
    'Grant Requested': props<{ id: string }>(),
  },
});

export const CampaignReportPageActions = createActionGroup({
  source: 'Campaign Report Page',
  events: {
    Opened: props<{ id: string }>(),
  },
});

export const CampaignsApiActions = createActionGroup({
  source: 'Campaigns API',
  events: {
    'List Loaded': props<{ page: PageOf<Campaign> }>(),
    'List Failed': props<{ error: ApiError }>(),
    'Liability Loaded': props<{ liability: WelfareLiability }>(),
    'Liability Failed': props<{ error: ApiError }>(),
    Exported: emptyProps(),
    'Export Failed': props<{ error: ApiError }>(),
    Loaded: props<{ campaign: Campaign }>(),
    Failed: props<{ id: string; error: ApiError }>(),
    /** A save, publish or close went through. */
    Saved: props<{ campaign: Campaign; created: boolean }>(),
    'Save Failed': props<{ error: ApiError }>(),
    /** The products of the campaign's curated gift range, named. */
    'Range Products Loaded': props<{ id: string; products: RangeProduct[] }>(),
    'Report Loaded': props<{ report: CampaignReport }>(),
    'Report Failed': props<{ id: string; error: ApiError }>(),
    'Audience Checked': props<{ id: string; check: AudienceCheck }>(),
    'Audience Check Failed': props<{ id: string; error: ApiError }>(),
    'Preview Loaded': props<{ preview: CampaignPreview }>(),
    'Preview Failed': props<{ id: string; error: ApiError }>(),
    Granted: props<{ id: string; grant: WelfareGrant }>(),
    'Grant Failed': props<{ id: string; error: ApiError }>(),
  },
});
