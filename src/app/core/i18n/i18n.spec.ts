import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';

describe('I18n.t', () => {
  it('fills parameters and chooses the English plural by the count', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register({
      'zh-CN': { days: '{n} 天', hello: '你好，{name}' },
      en: { days: '{n, plural, one {# day} other {# days}}', hello: 'Hello, {name}' },
    });
    i18n.lang.set('en');
    expect([0, 1, 2, 10].map((n) => i18n.t('days', { n }))).toEqual([
      '0 days',
      '1 day',
      '2 days',
      '10 days',
    ]);
    expect(i18n.t('hello', { name: 'Wang' })).toBe('Hello, Wang');
    // the rule is written by hand: it must choose as the browser's English rules do
    const english = new Intl.PluralRules('en-US');
    for (const n of [-2, -1, 0, 0.5, 1, 1.5, 2, 11, 21, 101, 1000]) {
      const expected = english.select(n) === 'one' ? `${n} day` : `${n} days`;
      expect(i18n.t('days', { n })).withContext(String(n)).toBe(expected);
    }
    i18n.lang.set('zh-CN');
    expect(i18n.t('days', { n: 1 })).toBe('1 天');
  });
});
