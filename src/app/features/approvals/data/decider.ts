import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n } from '../../../core/i18n/i18n';
import { localName } from '../../../core/i18n/local-name';

interface Decided {
  status: string;
  deciderName?: string;
  deciderNameEn?: string;
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
}

/** Who decided, in the reader's language: the decider, or "X 代 Y 审批 / approved by X on behalf of Y". */
export function deciderText(d: Decided, i18n: Pick<I18n, 't' | 'lang'>): string {
  const decider = localName(d, i18n.lang(), 'deciderName');
  if (!d.onBehalfOfName) return decider;
  return i18n.t(`approvals.decidedFor.${d.status === 'rejected' ? 'rejected' : 'approved'}`, {
    decider,
    approver: localName(d, i18n.lang(), 'onBehalfOfName'),
  });
}

/** `{{ task | decider }}` — impure like `t`, so that it follows the language signal. */
@Pipe({ name: 'decider', pure: false })
export class DeciderPipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(d: Decided): string {
    return deciderText(d, this.i18n);
  }
}
