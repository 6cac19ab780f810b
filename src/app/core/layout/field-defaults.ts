import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { getSupportedInputTypes } from '@angular/cdk/platform';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MAT_SELECT_CONFIG } from '@angular/material/select';
import { PaginatorLabels } from './paginator-labels';

// Material's first text field asks the browser which input types it supports, one throwaway
// element per type: 25–50 ms on a phone, most of it the date formats a worker may have built first
// (date-formats.ts). Asked by that field, it would lengthen the first page's render; this module
// loads with a feature's code, while the session is being checked, so the question is asked then,
// in a task of its own. (Not in the browser's idle time: on a busy phone that came after the first
// page.)
setTimeout(getSupportedInputTypes);

const FIELD_DEFAULTS = makeEnvironmentProviders([
  {
    provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
    useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
  },
  { provide: MAT_SELECT_CONFIG, useValue: { canSelectNullableOptions: true } },
  { provide: MatPaginatorIntl, useClass: PaginatorLabels },
]);

/**
 * The portal's form fields, selects and paginators: outlined fields, selects whose "all …" option
 * (value null) shows as chosen instead of an empty field, and paginators in the active language.
 * Given on the route of each feature whose pages have them (every one but the home page), not on
 * the shell: their code (Angular's forms, Material's form field, select, paginator and tooltip)
 * then comes with the first page that uses it, and the home page, where everyone lands, does
 * without it.
 */
export function provideFieldDefaults(): EnvironmentProviders {
  return FIELD_DEFAULTS;
}
