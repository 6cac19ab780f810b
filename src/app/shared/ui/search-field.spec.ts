import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { SearchField } from './search-field';

@Component({
  imports: [ReactiveFormsModule, SearchField],
  template: `
    <form [formGroup]="form">
      <app-search-field
        formControlName="q"
        label="搜索礼品"
        hint="名称、品牌或编号"
        placeholder="例如 茶叶"
      />
      <app-search-field formControlName="other" label="Search orders" />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    other: new FormControl<string | null>(null),
  });
}

describe('SearchField', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const [box, other] = Array.from(root.querySelectorAll<HTMLInputElement>('input'));
    return { fixture, root, box: box!, other: other!, form: fixture.componentInstance.form };
  }

  it('is a search box named by its label, described by its hint, with ids of its own', () => {
    const { root, box, other } = render();
    expect(box.type).toBe('search');
    expect(Array.from(box.labels ?? []).map((l) => l.textContent?.trim())).toEqual(['搜索礼品']);
    const hint = root.querySelector(`#${box.getAttribute('aria-describedby')}`);
    expect(hint?.textContent?.trim()).toBe('名称、品牌或编号');
    expect(box.id).not.toBe(other.id);
    // no hint, nothing to point at; the outline's copy of the label is not read out
    expect(other.hasAttribute('aria-describedby')).toBeFalse();
    expect(root.querySelector('fieldset')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('writes what the user types into the form, and marks it touched on leaving', () => {
    const { fixture, box, form } = render();
    box.value = '绿茶';
    box.dispatchEvent(new Event('input'));
    expect(form.controls.q.value).toBe('绿茶');
    expect(form.controls.q.touched).toBeFalse();
    box.dispatchEvent(new Event('blur'));
    expect(form.controls.q.touched).toBeTrue();
    fixture.detectChanges();
    expect(box.closest('.field')?.classList).toContain('field--filled');
  });

  it('hears of pinyin only once the input method has made it into 汉字', () => {
    const { box, form } = render();
    box.dispatchEvent(new CompositionEvent('compositionstart'));
    for (const letters of ['l', 'lv', 'lvc', 'lvcha']) {
      box.value = letters;
      box.dispatchEvent(new Event('input'));
    }
    expect(form.controls.q.value).toBe('');
    box.value = '绿茶';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new CompositionEvent('compositionend'));
    expect(form.controls.q.value).toBe('绿茶');
  });

  it('shows a value set by the page (a search from the URL), its label out of the way', () => {
    const { fixture, box, other, form } = render();
    form.setValue({ q: '运动鞋', other: null });
    fixture.detectChanges();
    expect(box.value).toBe('运动鞋');
    expect(other.value).toBe('');
    // filled: the label sits in the outline's gap, and the gap is open
    const field = box.closest('.field')!;
    expect(field.classList).toContain('field--filled');
    expect(parseFloat(getComputedStyle(field.querySelector('legend')!).maxWidth)).toBeGreaterThan(
      20,
    );
    expect(getComputedStyle(field.querySelector('label')!).fontSize).toBe('12px');
    // empty: the label is the field's text, and the outline has no gap
    const empty = other.closest('.field')!;
    expect(parseFloat(getComputedStyle(empty.querySelector('legend')!).maxWidth)).toBeLessThan(1);
    expect(getComputedStyle(empty.querySelector('label')!).fontSize).toBe('16px');
  });

  it('shows its placeholder only while focused, where Material shows it', () => {
    const { box } = render();
    expect(box.placeholder).toBe('例如 茶叶');
    expect(getComputedStyle(box, '::placeholder').color).toBe('rgba(0, 0, 0, 0)');
  });

  it('is disabled with its control', () => {
    const { fixture, box, form } = render();
    form.controls.q.disable();
    fixture.detectChanges();
    expect(box.disabled).toBeTrue();
    form.controls.q.enable();
    fixture.detectChanges();
    expect(box.disabled).toBeFalse();
  });
});
