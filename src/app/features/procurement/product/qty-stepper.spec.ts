import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18n } from '../../../core/i18n/i18n';
import { QtyStepper, stepDown, stepUp, type StepperProduct } from './qty-stepper';

const P = { moq: 12, packSize: 6, stock: 48, unit: '箱' };

@Component({
  imports: [QtyStepper],
  template: `<app-qty-stepper #s [product]="product" [(qty)]="qty" />`,
})
class Host {
  product: StepperProduct = P;
  qty = signal(12);
}

describe('quantity stepper', () => {
  it('steps by the pack size from the MOQ, never below it, snapping invalid values', () => {
    expect(stepUp(P, 12)).toBe(18);
    expect(stepUp(P, 13)).toBe(18);
    expect(stepUp(P, NaN)).toBe(12);
    expect(stepDown(P, 18)).toBe(12);
    expect(stepDown(P, 12)).toBe(12);
    expect(stepDown(P, 20)).toBe(18);
    expect(stepDown(P, 3)).toBe(12);
  });

  describe('component', () => {
    let fixture: ReturnType<typeof TestBed.createComponent<Host>>;
    let input: HTMLInputElement;
    const msg = () =>
      (fixture.nativeElement as HTMLElement).querySelector('.stepper__msg')!.textContent!.trim();
    const buttons = () =>
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('button');

    beforeEach(async () => {
      TestBed.inject(I18n).register({
        'zh-CN': {
          'procurement.qty.not_pack_multiple': 'pack {pack}',
          'procurement.qty.below_moq': 'moq {moq}',
          'procurement.qty.not_integer': 'integer',
          'procurement.qty.above_stock': 'stock {stock}',
          'procurement.qty.useValid': 'use {qty}',
          'procurement.qty.above_max': 'max {max}',
          'procurement.qty.noSuggestion': 'no suggestion, stock {stock}',
          'procurement.qty.hint': 'hint {moq}/{pack}',
        },
        en: {},
      });
      fixture = TestBed.createComponent(Host);
      await fixture.whenStable();
      input = (fixture.nativeElement as HTMLElement).querySelector('input')!;
    });

    async function type(value: string): Promise<void> {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    }

    it('shows the quantity and the rule when valid', () => {
      expect(input.value).toBe('12');
      expect(msg()).toBe('hint 12/6');
      expect(input.getAttribute('aria-invalid')).toBe('false');
    });

    it('says why a typed quantity is invalid and offers the nearest valid one', async () => {
      await type('14');
      expect(msg()).toContain('pack 6');
      expect(msg()).toContain('use 18');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const fix = [...buttons()].find((b) => b.textContent!.includes('use 18'))!;
      fix.click();
      await fixture.whenStable();
      expect(input.value).toBe('18');
      expect(fixture.componentInstance.qty()).toBe(18);
      expect(msg()).toBe('hint 12/6');
    });

    it('below the MOQ and text are explained too', async () => {
      await type('6');
      expect(msg()).toContain('moq 12');
      await type('abc');
      expect(msg()).toContain('integer');
    });

    it('never suggests more than the line maximum or the stock', async () => {
      await type('999999');
      expect(msg()).toContain('max 100000');
      expect(msg()).toContain('use 48');
      await type('50');
      // 50 → 54 would pass the stock of 48: the largest valid quantity in stock instead.
      expect(msg()).toContain('use 48');
    });

    it('says so when no quantity can be suggested (stock below the MOQ)', async () => {
      fixture.componentInstance.product = { ...P, stock: 6 };
      fixture.changeDetectorRef.markForCheck();
      await type('7');
      expect(msg()).toContain('no suggestion, stock 6');
      expect([...buttons()].some((b) => b.textContent!.includes('use'))).toBeFalse();
    });

    it('above stock is a warning, not an error', async () => {
      await type('54');
      expect(msg()).toBe('stock 48');
      expect(input.getAttribute('aria-invalid')).toBe('false');
    });

    it('+, − and the arrow keys step by pack', async () => {
      buttons()[1].click();
      await fixture.whenStable();
      expect(fixture.componentInstance.qty()).toBe(18);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp' }));
      await fixture.whenStable();
      expect(fixture.componentInstance.qty()).toBe(24);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
      buttons()[0].click();
      await fixture.whenStable();
      expect(fixture.componentInstance.qty()).toBe(12);
      expect(buttons()[0].disabled).toBeTrue();
    });

    it('follows a new value from outside', async () => {
      fixture.componentInstance.qty.set(30);
      await fixture.whenStable();
      expect(input.value).toBe('30');
    });
  });
});
