import { inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { I18n } from '../i18n/i18n';

/** A page with edits that are not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page whose edits are not saved (the browser's own dialog: it also blocks). */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (page) =>
  !page.hasUnsavedChanges() || window.confirm(inject(I18n).t('common.leaveUnsaved'));
