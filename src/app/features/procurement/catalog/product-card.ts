import { UnitPipe } from '../../../core/i18n/unit.pipe';
import {
  type OnInit,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { nearestValidQty, type Product } from '../../../../domain/index.ts';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { QtyStepper } from '../product/qty-stepper';

/** A product in the catalog grid: picture, name, brand, price from, MOQ, stock, lead time and add-to-cart. */
@Component({
  selector: 'app-product-card',
  imports: [
    UnitPipe,
    LocalNamePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    MoneyPipe,
    QtyStepper,
  ],
  template: `
    <article class="card" [attr.aria-labelledby]="'p-' + product().id">
      <a
        class="card__media"
        [routerLink]="['/procurement/products', product().id]"
        tabindex="-1"
        aria-hidden="true"
      >
        <img
          [src]="product().image"
          alt=""
          [attr.loading]="priority() ? 'eager' : 'lazy'"
          [attr.fetchpriority]="priority() ? 'high' : null"
          width="160"
          height="160"
        />
      </a>
      <div class="card__body">
        <a
          class="card__name"
          [id]="'p-' + product().id"
          [routerLink]="['/procurement/products', product().id]"
          >{{ name() }}</a
        >
        <div class="card__meta">
          {{ product() | localName: 'brand' }} · <span class="sku">{{ product().sku }}</span>
        </div>
        @if (supplierName()) {
          <div class="card__meta">{{ supplierName() }}</div>
        }
        <div class="card__price">
          <span class="from">{{ 'procurement.catalog.priceFrom' | t }}</span>
          <strong>{{ lowestPrice() | money }}</strong><span class="unit"
            >/{{ product().unit | unit }}</span
          >
        </div>
        <dl class="card__facts">
          <div>
            <dt>{{ 'procurement.product.moq' | t }}</dt>
            <dd>{{ product().moq }}</dd>
          </div>
          <div>
            <dt>{{ 'procurement.product.stock' | t }}</dt>
            <dd [class.out]="product().stock < product().moq">{{ product().stock }}</dd>
          </div>
          <div>
            <dt>{{ 'procurement.product.leadTime' | t }}</dt>
            <dd>{{ 'procurement.days' | t: { n: product().leadTimeDays } }}</dd>
          </div>
        </dl>
        @if (shown()) {
          <div class="card__add">
            <app-qty-stepper
              #stepper
              [product]="product()"
              [(qty)]="qty"
              [compact]="true"
              [label]="'procurement.qty.labelFor' | t: { name: name() }"
            />
            <button
              mat-flat-button
              type="button"
              (click)="addToCart()"
              [disabled]="!stepper.valid()"
              [attr.aria-label]="'procurement.catalog.addNamed' | t: { name: name() }"
            >
              <mat-icon>add_shopping_cart</mat-icon>{{ 'procurement.catalog.add' | t }}
            </button>
          </div>
        } @else {
          <div class="card__add card__add--later"></div>
        }
      </div>
    </article>
  `,
  styleUrl: './product-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductCard implements OnInit {
  private readonly i18n = inject(I18n);
  readonly product = input.required<Product>();
  readonly supplierName = input<string>('');
  /** The first cards of the grid: their pictures are the page's largest paint, so they load at once. */
  readonly priority = input(false);
  readonly add = output<{ productId: string; qty: number }>();
  protected readonly stepper = viewChild<QtyStepper>('stepper');
  /**
   * The quantity and add button (most of a card's work to render) are made when the card comes near
   * the screen: a phone shows two cards of the page's 24. The first cards (`priority`) have them at once.
   */
  protected readonly shown = signal(false);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly qty = signal(0);
  protected readonly name = computed(() => localName(this.product(), this.i18n.lang()));
  protected readonly lowestPrice = computed(() =>
    Math.min(...this.product().priceTiers.map((t) => t.unitPriceFen)),
  );

  constructor() {
    let near: IntersectionObserver | null = null;
    afterNextRender(() => {
      if (this.shown()) return;
      if (typeof IntersectionObserver !== 'function') {
        this.shown.set(true);
        return;
      }
      near = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          near?.disconnect();
          this.shown.set(true);
        },
        { rootMargin: '600px 0px' },
      );
      near.observe(this.host);
    });
    inject(DestroyRef).onDestroy(() => near?.disconnect());
  }

  ngOnInit(): void {
    if (this.priority()) this.shown.set(true);
    this.qty.set(nearestValidQty(this.product(), this.product().moq));
  }

  protected addToCart(): void {
    if (!this.stepper()?.valid()) return;
    this.add.emit({ productId: this.product().id, qty: this.qty() });
  }
}
