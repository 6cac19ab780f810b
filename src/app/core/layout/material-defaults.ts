import {
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';

/**
 * Material's defaults for the shell and every page: the self-hosted *outlined* icon font. Provided
 * on the shell route, not at the root, so that Material stays out of the initial JavaScript. Form
 * fields, selects and paginators have theirs on the feature routes (`provideFieldDefaults`).
 */
export function provideMaterialDefaults(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideEnvironmentInitializer(() =>
      inject(MatIconRegistry).setDefaultFontSetClass('material-icons-outlined'),
    ),
  ]);
}
