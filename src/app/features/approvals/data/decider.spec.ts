import { TestBed } from '@angular/core/testing';
import { I18n } from '../../../core/i18n/i18n';
import { APPROVALS_I18N } from '../approvals.i18n';
import { deciderText } from './decider';

describe('deciderText', () => {
  it('names the decider, or the decider and the approver they acted for, in the reader’s language', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(APPROVALS_I18N);
    i18n.lang.set('zh-CN');
    const own = { status: 'approved', deciderName: '林晓雯', deciderNameEn: 'Lin Xiaowen' };
    const forOther = { ...own, onBehalfOfName: '郑思远', onBehalfOfNameEn: 'Zheng Siyuan' };
    expect(deciderText(own, i18n)).toBe('林晓雯');
    expect(deciderText(forOther, i18n)).toBe('林晓雯 代 郑思远 审批');
    expect(deciderText({ ...forOther, status: 'rejected' }, i18n)).toBe('林晓雯 代 郑思远 驳回');
    i18n.lang.set('en');
    expect(deciderText(own, i18n)).toBe('Lin Xiaowen');
    expect(deciderText(forOther, i18n)).toBe('approved by Lin Xiaowen on behalf of Zheng Siyuan');
  });
});
