import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';
import { UnitPipe } from './unit.pipe';

describe('UnitPipe', () => {
  it('writes units of sale in the active language, unknown ones as they are', () => {
    const i18n = TestBed.inject(I18n);
    const pipe = TestBed.runInInjectionContext(() => new UnitPipe());
    i18n.lang.set('en');
    expect(['箱', '台', '双', '㎡'].map((u) => pipe.transform(u))).toEqual([
      'ctn',
      'unit',
      'pr',
      '㎡',
    ]);
    i18n.lang.set('zh-CN');
    expect(pipe.transform('箱')).toBe('箱');
  });
});
