import { Injectable, Injector, inject } from '@angular/core';
import { I18n } from '../i18n/i18n';

/**
 * Snackbar messages. MatSnackBar (and the CDK overlay behind it) is loaded on first use, so it
 * stays out of the login page's JavaScript.
 */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);

  async error(message: string): Promise<void> {
    await this.open(message, 'app-snack--error');
  }

  async info(message: string): Promise<void> {
    await this.open(message, 'app-snack--info');
  }

  /** A message with one action (e.g. undo); resolves true when the user takes it. */
  async offer(message: string, action: string): Promise<boolean> {
    const ref = await this.open(message, 'app-snack--info', action);
    return new Promise((resolve) => {
      ref.onAction().subscribe(() => resolve(true));
      ref.afterDismissed().subscribe(({ dismissedByAction }) => {
        if (!dismissedByAction) resolve(false);
      });
    });
  }

  private async open(message: string, panelClass: string, action = this.i18n.t('common.close')) {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    return this.injector.get(MatSnackBar).open(message, action, {
      duration: 6000,
      panelClass,
      politeness: panelClass === 'app-snack--error' ? 'assertive' : 'polite',
    });
  }
}
