import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';
import { SHELL_I18N } from '../layout/shell.i18n';
import { DeciderNamePipe, LocalNamePipe, deciderName, localName } from './local-name';

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

  describe('deciderName', () => {
    const event = { actorName: '周建国', actorNameEn: 'Zhou Jianguo' };
    const forHr = { ...event, onBehalfOfName: '林晓雯', onBehalfOfNameEn: 'Lin Xiaowen' };

    it('names the decider alone, or with the approver they acted for through a delegation', () => {
      const i18n = TestBed.inject(I18n);
      i18n.register(SHELL_I18N);
      i18n.lang.set('zh-CN');
      expect(deciderName(event, i18n, 'actorName')).toBe('周建国');
      expect(deciderName(forHr, i18n, 'actorName')).toBe('周建国（代林晓雯）');
      i18n.lang.set('en');
      expect(deciderName(forHr, i18n, 'actorName')).toBe('Zhou Jianguo on behalf of Lin Xiaowen');
      expect(
        TestBed.runInInjectionContext(() => new DeciderNamePipe()).transform(event, 'actorName'),
      ).toBe('Zhou Jianguo');
    });
  });
});
