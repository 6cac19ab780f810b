import { TestBed } from '@angular/core/testing';
import { I18n } from '../../core/i18n/i18n';
import { PersonNamePipe, personName } from './person-name';

describe('personName', () => {
  const task = { requesterName: '王志强', requesterNameEn: 'Wang Zhiqiang', deciderName: '林晓雯' };

  it('picks the English name in English and the Chinese one in Chinese', () => {
    expect(personName(task, 'requester', 'en')).toBe('Wang Zhiqiang');
    expect(personName(task, 'requester', 'zh-CN')).toBe('王志强');
  });

  it('falls back to the Chinese name when the English one is missing or empty, and to "" when there is no name', () => {
    expect(personName(task, 'decider', 'en')).toBe('林晓雯');
    expect(personName({ actorName: '陈佳琪', actorNameEn: '' }, 'actor', 'en')).toBe('陈佳琪');
    expect(personName(task, 'createdBy', 'en')).toBe('');
    expect(personName(null, 'requester', 'en')).toBe('');
  });

  it('reads name / nameEn without a role', () => {
    expect(personName({ name: '林晓雯', nameEn: 'Lin Xiaowen' }, undefined, 'en')).toBe(
      'Lin Xiaowen',
    );
    expect(personName({ name: '林晓雯', nameEn: 'Lin Xiaowen' }, undefined, 'zh-CN')).toBe(
      '林晓雯',
    );
  });

  it('the pipe follows the language signal', () => {
    const i18n = TestBed.inject(I18n);
    const pipe = TestBed.runInInjectionContext(() => new PersonNamePipe());
    i18n.lang.set('zh-CN');
    expect(pipe.transform(task, 'requester')).toBe('王志强');
    i18n.lang.set('en');
    expect(pipe.transform(task, 'requester')).toBe('Wang Zhiqiang');
  });
});
