import { createFeature, createReducer, on } from '@ngrx/store';
import type { RequisitionTemplate, RequisitionTemplateDetail } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import {
  CartTemplateActions,
  TemplatePageActions,
  TemplatesApiActions,
  TemplatesPageActions,
} from './templates.actions';

/** 常用清单: the list, the template being ordered from, and saving the cart as one. */
export interface TemplatesState {
  list: RequisitionTemplate[];
  listLoading: boolean;
  listError: ApiError | null;
  detailId: string | null;
  detail: RequisitionTemplateDetail | null;
  detailError: ApiError | null;
  saving: boolean;
  saveError: ApiError | null;
  /** The template just saved from the cart (the cart page says so, with a link). */
  saved: RequisitionTemplate | null;
  actionError: ApiError | null;
}

export const initialTemplatesState: TemplatesState = {
  list: [],
  listLoading: false,
  listError: null,
  detailId: null,
  detail: null,
  detailError: null,
  saving: false,
  saveError: null,
  saved: null,
  actionError: null,
};

export const templatesFeature = createFeature({
  name: 'procurementTemplates',
  reducer: createReducer(
    initialTemplatesState,
    on(TemplatesPageActions.opened, (s): TemplatesState => ({
      ...s,
      listLoading: true,
      listError: null,
      actionError: null,
    })),
    on(TemplatesApiActions.listLoaded, (s, { templates }): TemplatesState => ({
      ...s,
      list: templates,
      listLoading: false,
    })),
    on(TemplatesApiActions.listFailed, (s, { error }): TemplatesState => ({
      ...s,
      listLoading: false,
      listError: error,
    })),
    on(TemplatePageActions.opened, (s, { id }): TemplatesState => ({
      ...s,
      detailId: id,
      detail: s.detail?.id === id ? s.detail : null,
      detailError: null,
    })),
    on(TemplatesApiActions.detailLoaded, (s, { template }): TemplatesState =>
      template.id === s.detailId ? { ...s, detail: template } : s,
    ),
    on(TemplatesApiActions.detailFailed, (s, { id, error }): TemplatesState =>
      id === s.detailId ? { ...s, detailError: error } : s,
    ),
    on(CartTemplateActions.saveAsTemplateRequested, (s): TemplatesState => ({
      ...s,
      saving: true,
      saveError: null,
      saved: null,
    })),
    on(TemplatesApiActions.saved, (s, { template }): TemplatesState => ({
      ...s,
      saving: false,
      saved: template,
      list: [template, ...s.list.filter((t) => t.id !== template.id)],
    })),
    on(TemplatesApiActions.saveFailed, (s, { error }): TemplatesState => ({
      ...s,
      saving: false,
      saveError: error,
    })),
    on(TemplatesApiActions.deleted, (s, { id }): TemplatesState => ({
      ...s,
      list: s.list.filter((t) => t.id !== id),
    })),
    on(TemplatesApiActions.deleteFailed, (s, { error }): TemplatesState => ({
      ...s,
      actionError: error,
    })),
  ),
});
