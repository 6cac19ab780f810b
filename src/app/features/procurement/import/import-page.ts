import { UnitPipe } from '../../../core/i18n/unit.pipe';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Actions, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import { localName } from '../../../core/i18n/local-name';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { PageHeader } from '../../../shared/ui/page-header';
import { CartAddActions, CartApiActions } from '../data/cart.actions';
import { CatalogApi } from '../data/catalog-api';
import { downloadText } from '../cart/cart-csv';
import { ProcurementDrafts } from '../data/drafts';
import { ImportEngine } from './import-engine';
import {
  applyFix,
  checkLines,
  dropLine,
  fixAll,
  goodLines,
  indexBySku,
  parseQty,
  setQty,
  skuBatches,
  summarize,
  toImportProduct,
  type CheckedLine,
  type ImportDraft,
  type ImportFix,
  type ImportProduct,
  type ImportProblem,
} from './import-rules';
import { MAX_IMPORT_ROWS } from './import-protocol';

type Stage = 'parse' | 'lookup' | 'check';

/** Lines per cart request (the API takes at most 500 per call). */
const ADD_CHUNK = 500;

/**
 * Bulk import: paste from a spreadsheet or upload CSV/xlsx; every line is checked and explained, with a
 * one-click fix where one exists; then the good lines go to the cart. Parsing and checking run in a worker.
 */
@Component({
  selector: 'app-import-page',
  imports: [
    UnitPipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginator,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslatePipe,
    PageHeader,
  ],
  providers: [ImportEngine],
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly engine = inject(ImportEngine);
  private readonly api = inject(CatalogApi);
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  private readonly session = inject(ProcurementDrafts);
  protected readonly pasted = this.session.importText;
  protected readonly fileName = signal('');
  protected readonly stage = signal<Stage | null>(null);
  protected readonly progress = signal({ done: 0, total: 0 });
  protected readonly failure = signal<string | null>(null);
  protected readonly drafts = this.session.importDrafts;
  private readonly index = this.session.importIndex;
  protected readonly lines = this.session.importLines;
  protected readonly problemsOnly = this.session.importProblemsOnly;
  protected readonly pageIndex = this.session.importPage;
  protected readonly pageSize = 25;
  protected readonly adding = signal(false);
  protected readonly en = computed(() => this.i18n.lang() === 'en');

  protected readonly summary = computed(() => summarize(this.lines()));
  protected readonly good = computed(() => goodLines(this.lines()));
  protected readonly visible = computed(() =>
    this.problemsOnly() ? this.lines().filter((l) => l.problems.length) : this.lines(),
  );
  protected readonly pageLines = computed(() =>
    this.visible().slice(this.pageIndex() * this.pageSize, (this.pageIndex() + 1) * this.pageSize),
  );
  protected readonly percent = computed(() => {
    const p = this.progress();
    return p.total ? Math.round((p.done / p.total) * 100) : 0;
  });

  constructor() {
    // After the good lines reached the cart, show the cart.
    inject(Actions)
      .pipe(
        ofType(CartApiActions.linesAdded, CartApiActions.addFailed),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((a) => {
        if (a.origin !== 'import') return;
        this.adding.set(false);
        if (a.type === CartApiActions.linesAdded.type)
          void this.router.navigate(['/procurement/cart']);
      });
  }

  protected async fromPaste(): Promise<void> {
    const text = this.pasted();
    if (!text.trim()) return;
    this.fileName.set('');
    await this.run(() => this.engine.parseText(text));
  }

  protected async fromFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.fileName.set(file.name);
    const isXlsx = /\.xlsx$/i.test(file.name) || file.type.includes('spreadsheetml');
    await this.run(async () =>
      isXlsx
        ? this.engine.parseXlsx(await file.arrayBuffer())
        : this.engine.parseText(await file.text()),
    );
  }

  private async run(parse: () => Promise<ImportDraft[]>): Promise<void> {
    this.failure.set(null);
    this.lines.set([]);
    try {
      this.stage.set('parse');
      this.progress.set({ done: 0, total: 0 });
      const drafts = await parse();
      if (!drafts.length) {
        this.failure.set(this.i18n.t('procurement.import.nothing'));
        return;
      }
      this.stage.set('lookup');
      const batches = skuBatches(drafts);
      const products: ImportProduct[] = [];
      this.progress.set({ done: 0, total: batches.length });
      // Up to three batches in flight at once; progress counts the answers.
      let done = 0;
      const queue = [...batches];
      const worker = async () => {
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          products.push(...(await firstValueFrom(this.api.lookup(batch))).map(toImportProduct));
          this.progress.set({ done: ++done, total: batches.length });
        }
      };
      await Promise.all([worker(), worker(), worker()]);
      this.stage.set('check');
      this.progress.set({ done: 0, total: drafts.length });
      const lines = await this.engine.check(drafts, products, (done, total) =>
        this.progress.set({ done, total }),
      );
      this.index.set(indexBySku(products));
      this.drafts.set(drafts);
      this.lines.set(lines);
      this.pageIndex.set(0);
      this.problemsOnly.set(lines.some((l) => !l.ok));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      this.failure.set(
        msg.startsWith('TOO_MANY_ROWS')
          ? this.i18n.t('procurement.import.tooMany', { max: MAX_IMPORT_ROWS })
          : this.i18n.t(
              this.stage() === 'lookup'
                ? 'procurement.import.lookupFailed'
                : 'procurement.import.parseFailed',
            ),
      );
    } finally {
      this.stage.set(null);
    }
  }

  /** Fixes change the drafts; the (fast, pure) check runs again on the result. */
  private update(drafts: ImportDraft[]): void {
    this.drafts.set(drafts);
    this.lines.set(checkLines(drafts, this.index()));
    const pages = Math.max(1, Math.ceil(this.visible().length / this.pageSize));
    if (this.pageIndex() >= pages) this.pageIndex.set(pages - 1);
  }

  protected fix(line: CheckedLine, fix: ImportFix): void {
    this.update(applyFix(this.drafts(), line.key, fix));
  }

  protected drop(line: CheckedLine): void {
    this.update(dropLine(this.drafts(), line.key));
  }

  protected fixAll(): void {
    this.update(fixAll(this.drafts(), this.index()));
  }

  protected typedQty(line: CheckedLine, text: string): void {
    if (text === line.qtyText) return;
    this.update(setQty(this.drafts(), line.key, parseQty(text), text));
  }

  protected addGood(): void {
    const lines = this.good();
    if (!lines.length) return;
    this.adding.set(true);
    for (let i = 0; i < lines.length; i += ADD_CHUNK) {
      this.store.dispatch(
        CartAddActions.addLinesRequested({
          lines: lines.slice(i, i + ADD_CHUNK),
          origin: 'import',
        }),
      );
    }
  }

  protected reset(): void {
    this.lines.set([]);
    this.drafts.set([]);
    this.failure.set(null);
  }

  protected page(e: PageEvent): void {
    this.pageIndex.set(e.pageIndex);
  }

  protected toggleProblems(on: boolean): void {
    this.problemsOnly.set(on);
    this.pageIndex.set(0);
  }

  protected downloadTemplate(): void {
    const header = this.en() ? 'SKU,Qty' : 'SKU,数量';
    downloadText(`\uFEFF${header}\n`, 'order-import-template.csv');
  }

  protected name(p: ImportProduct | null): string {
    return localName(p, this.i18n.lang());
  }

  protected problemText(p: ImportProblem): string {
    const text = this.i18n.t(`procurement.import.problem.${p.code}`, p.params);
    // A quantity with no valid correction: the stock is below the MOQ.
    return p.fix === null && 'qty' in p.params
      ? `${text} ${this.i18n.t('procurement.import.noFixStock', p.params)}`
      : text;
  }

  protected fixText(fix: ImportFix): string {
    switch (fix.kind) {
      case 'drop':
        return this.i18n.t('procurement.import.fix.drop');
      case 'merge':
        return this.i18n.t('procurement.import.fix.merge');
      case 'set_qty':
        return this.i18n.t('procurement.import.fix.setQty', { qty: fix.qty });
    }
  }
}
