import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  LineInput,
  RequisitionTemplate,
  RequisitionTemplateDetail,
} from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';

export const TemplatesPageActions = createActionGroup({
  source: 'Templates Page',
  events: {
    Opened: emptyProps(),
    'Delete Confirmed': props<{ id: string }>(),
  },
});

export const TemplatePageActions = createActionGroup({
  source: 'Template Page',
  events: {
    Opened: props<{ id: string }>(),
  },
});

export const CartTemplateActions = createActionGroup({
  source: 'Cart Page',
  events: {
    'Save As Template Requested': props<{ name: string; shared: boolean; lines: LineInput[] }>(),
  },
});

export const TemplatesApiActions = createActionGroup({
  source: 'Templates API',
  events: {
    'List Loaded': props<{ templates: RequisitionTemplate[] }>(),
    'List Failed': props<{ error: ApiError }>(),
    'Detail Loaded': props<{ template: RequisitionTemplateDetail }>(),
    'Detail Failed': props<{ id: string; error: ApiError }>(),
    Saved: props<{ template: RequisitionTemplate }>(),
    'Save Failed': props<{ error: ApiError }>(),
    Deleted: props<{ id: string }>(),
    'Delete Failed': props<{ error: ApiError }>(),
  },
});
