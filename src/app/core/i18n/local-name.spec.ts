import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';
import { LocalNamePipe, localName } from './local-name';

describe('localName', () => {
  const task = { requesterName: '王志强', requesterNameEn: 'Wang Zhiqiang', deciderName: '林晓雯' };

  it('picks the English text in English and the Chinese one in Chinese', () => {
    expect(localName(task, 'en', 'requesterName')).toBe('Wang Zhiqiang');
    expect(localName(task, 'zh-CN', 'requesterName')).toBe('王志强');
  });

  it('falls back to the Chinese text when the English one is missing or empty, and to "" when there is none', () => {
    expect(localName(task, 'en', 'deciderName')).toBe('林晓雯');
    expect(localName({ actorName: '陈佳琪', actorNameEn: '' }, 'en', 'actorName')).toBe('陈佳琪');
    expect(localName(task, 'en', 'createdByName')).toBe('');
    expect(localName(null, 'en')).toBe('');
  });

  it('reads name / nameEn by default', () => {
    expect(localName({ name: '林晓雯', nameEn: 'Lin Xiaowen' }, 'en')).toBe('Lin Xiaowen');
    expect(localName({ name: '林晓雯', nameEn: 'Lin Xiaowen' }, 'zh-CN')).toBe('林晓雯');
  });

  it('the pipe follows the language signal', () => {
    const i18n = TestBed.inject(I18n);
    const pipe = TestBed.runInInjectionContext(() => new LocalNamePipe());
    i18n.lang.set('zh-CN');
    expect(pipe.transform(task, 'requesterName')).toBe('王志强');
    expect(pipe.transform({ name: '文具', nameEn: 'Stationery' })).toBe('文具');
    i18n.lang.set('en');
    expect(pipe.transform(task, 'requesterName')).toBe('Wang Zhiqiang');
    expect(pipe.transform({ name: '文具', nameEn: 'Stationery' })).toBe('Stationery');
  });
});
