import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type {
  AudienceCheck,
  Campaign,
  CampaignCommand,
  CampaignPreview,
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
    /** Create (id null) or change a draft. */
    'Save Requested': props<{ id: string | null; command: CampaignCommand }>(),
    'Publish Requested': props<{ id: string }>(),
    'Close Requested': props<{ id: string }>(),
    'Grant Requested': props<{ id: string }>(),
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
    'Audience Checked': props<{ id: string; check: AudienceCheck }>(),
    'Audience Check Failed': props<{ id: string; error: ApiError }>(),
    'Preview Loaded': props<{ preview: CampaignPreview }>(),
    'Preview Failed': props<{ id: string; error: ApiError }>(),
    Granted: props<{ id: string; grant: WelfareGrant }>(),
    'Grant Failed': props<{ id: string; error: ApiError }>(),
  },
});
