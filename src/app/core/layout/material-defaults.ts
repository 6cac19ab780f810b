import {
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { getSupportedInputTypes } from '@angular/cdk/platform';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { MatIconRegistry } from '@angular/material/icon';
import { MAT_SELECT_CONFIG } from '@angular/material/select';

// Material's first text field asks the browser which input types it supports, one throwaway
// element per type: about 25 ms on a phone, inside the first page's render. This module loads while
// the session is being checked, so the question is asked then, in the browser's idle time.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => getSupportedInputTypes());

/**
 * Material defaults of the portal: outlined form fields, selects whose "all …" option (value null)
 * shows as chosen instead of an empty field, and the self-hosted *outlined* icon font.
 * Provided on the login route and on the shell route (which holds every feature), not at the
 * root, so that Material stays out of the initial JavaScript.
 */
export function provideMaterialDefaults(): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
    { provide: MAT_SELECT_CONFIG, useValue: { canSelectNullableOptions: true } },
    provideEnvironmentInitializer(() =>
      inject(MatIconRegistry).setDefaultFontSetClass('material-icons-outlined'),
    ),
  ]);
}
