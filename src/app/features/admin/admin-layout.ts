import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { I18n, TranslatePipe } from '../../core/i18n/i18n';
import { ModuleNav, type ModuleLink } from '../../shared/ui/module-nav';

/** The frame of the admin pages: company settings, users, organisation and the audit log. */
@Component({
  selector: 'app-admin-layout',
  imports: [ModuleNav, TranslatePipe],
  template: `<app-module-nav [label]="'admin.nav.label' | t" [links]="links()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLayout {
  private readonly i18n = inject(I18n);
  protected readonly links = computed((): ModuleLink[] => [
    { path: 'settings', text: this.i18n.t('admin.settings.title'), icon: 'tune', exact: false },
    { path: 'approval-rules', text: this.i18n.t('admin.rules.title'), icon: 'rule', exact: false },
    { path: 'users', text: this.i18n.t('admin.users.title'), icon: 'group', exact: false },
    {
      path: 'organisation',
      text: this.i18n.t('admin.org.title'),
      icon: 'account_tree',
      exact: false,
    },
    { path: 'addresses', text: this.i18n.t('admin.addresses'), icon: 'place', exact: false },
    { path: 'audit', text: this.i18n.t('admin.audit.title'), icon: 'history', exact: false },
  ]);
}
