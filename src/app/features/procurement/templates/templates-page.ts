import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { AuthSession } from '../../../core/auth/auth-session';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalDatePipe } from '../../../core/i18n/format';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { TemplatesPageActions } from '../data/templates.actions';
import { templatesFeature } from '../data/templates.feature';

/** 常用清单: the buyer's own lists and those shared in their department; open one to order from it. */
@Component({
  selector: 'app-templates-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    LocalDatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './templates-page.html',
  styleUrl: './templates.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatesPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly session = inject(AuthSession);
  protected readonly s = this.store.selectSignal(templatesFeature.selectProcurementTemplatesState);
  protected readonly me = computed(() => this.session.user()?.id);
  /** The template whose deletion waits for a second click. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly listError = computed(() => {
    const e = this.s().listError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  protected readonly actionError = computed(() => {
    const e = this.s().actionError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.store.dispatch(TemplatesPageActions.opened());
  }

  protected remove(id: string): void {
    this.confirming.set(null);
    this.store.dispatch(TemplatesPageActions.deleteConfirmed({ id }));
  }
}
