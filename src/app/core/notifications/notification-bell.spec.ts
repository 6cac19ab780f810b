import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { PortalNotification } from '../../../domain/index.ts';
import { I18n } from '../i18n/i18n';
import { SHELL_I18N } from '../layout/shell.i18n';
import { NotificationBell } from './notification-bell';
import { notificationLink, notificationText } from './notification-text';
import { UnreadNotifications } from './unread-notifications';

const rejected: PortalNotification = {
  id: 'n1',
  userId: 'u-c1-buyer',
  companyId: 'c1',
  kind: 'order_rejected',
  subjectType: 'order',
  subjectId: 'PO1',
  params: {
    amountFen: 1_286_240,
    deciderName: '林晓雯',
    deciderNameEn: 'Lin Xiaowen',
    comment: '超预算',
  },
  message: '…',
  messageEn: '…',
  createdAt: '2026-06-15T08:00:05Z',
  read: false,
};

describe('notifications', () => {
  let i18n: I18n;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    i18n = TestBed.inject(I18n);
    i18n.register(SHELL_I18N);
    http = TestBed.inject(HttpTestingController);
  });

  it('are written in the reader language, money formatted, the decider by their own name', () => {
    i18n.lang.set('zh-CN');
    expect(notificationText(rejected, i18n)).toBe(
      '采购订单 PO1（¥12,862.40）被林晓雯驳回：“超预算”',
    );
    i18n.lang.set('en');
    expect(notificationText(rejected, i18n)).toBe(
      'Purchase order PO1 (¥12,862.40) was rejected by Lin Xiaowen: “超预算”',
    );
  });

  it('a decision made through a delegation names the approver the decider acted for', () => {
    const onBehalf: PortalNotification = {
      ...rejected,
      kind: 'trip_approved',
      subjectType: 'trip',
      subjectId: 'TR1',
      params: {
        amountFen: 250_000,
        deciderName: '周建国',
        deciderNameEn: 'Zhou Jianguo',
        onBehalfOfName: '林晓雯',
        onBehalfOfNameEn: 'Lin Xiaowen',
      },
    };
    i18n.lang.set('zh-CN');
    expect(notificationText(onBehalf, i18n)).toContain('周建国（代林晓雯）');
    i18n.lang.set('en');
    expect(notificationText(onBehalf, i18n)).toContain('by Zhou Jianguo on behalf of Lin Xiaowen');
  });

  it('points credited: the points, the occasion in the reader language and the expiry date; links to the wallet', () => {
    const credited: PortalNotification = {
      ...rejected,
      kind: 'points_credited',
      subjectType: 'grant',
      subjectId: 'WG1',
      params: {
        points: 800,
        expiresAt: '2027-06-15T15:59:59.000Z',
        occasion: '2027 春节福利',
        occasionEn: 'Spring Festival 2027',
      },
    };
    i18n.lang.set('zh-CN');
    expect(notificationText(credited, i18n)).toBe(
      '2027 春节福利：800 福利积分已到账，2027年6月15日前有效',
    );
    i18n.lang.set('en');
    expect(notificationText(credited, i18n)).toBe(
      '800 welfare points for Spring Festival 2027 are in your wallet, valid until Jun 15, 2027',
    );
    expect(notificationLink(credited)).toEqual(['/welfare/wallet']);
  });

  it('a delegation received: who named the reader, from when to when; links to the delegation page', () => {
    const named: PortalNotification = {
      ...rejected,
      kind: 'delegation_received',
      subjectType: 'delegation',
      subjectId: 'DG1',
      params: {
        delegatorName: '林晓雯',
        delegatorNameEn: 'Lin Xiaowen',
        startDate: '2026-06-15',
        endDate: '2026-06-20',
      },
    };
    i18n.lang.set('zh-CN');
    expect(notificationText(named, i18n)).toBe(
      '林晓雯指定您在 2026年6月15日 至 2026年6月20日 期间代为审批',
    );
    i18n.lang.set('en');
    expect(notificationText(named, i18n)).toBe(
      'Lin Xiaowen named you to approve on their behalf from Jun 15, 2026 to Jun 20, 2026',
    );
    expect(notificationLink(named)).toEqual(['/approvals/delegation']);
  });

  it('an approval names the approver without spaces around the name in Chinese, with them in English', () => {
    const approved: PortalNotification = {
      ...rejected,
      kind: 'order_approved',
      params: { amountFen: 1_286_240, deciderName: '郑思远', deciderNameEn: 'Zheng Siyuan' },
    };
    i18n.lang.set('zh-CN');
    expect(notificationText(approved, i18n)).toBe('采购订单 PO1（¥12,862.40）已由郑思远批准');
    i18n.lang.set('en');
    expect(notificationText(approved, i18n)).toBe(
      'Purchase order PO1 (¥12,862.40) was approved by Zheng Siyuan',
    );
  });

  it('the bell shows the unread count, lists the latest, and opening one marks it read', async () => {
    i18n.lang.set('zh-CN');
    const asked = spyOn(i18n, 't').and.callThrough();
    // the menu's content is made when it first opens, not with the shell on every page
    const menuMade = () => asked.calls.allArgs().some(([key]) => key === 'notifications.title');
    const unread = TestBed.inject(UnreadNotifications);
    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    const fixture = TestBed.createComponent(NotificationBell);
    const root = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(root.querySelector('mat-icon.unread')).toBeNull();
    unread.refresh();
    http
      .expectOne((r) => r.url === '/api/notifications' && r.params.get('unread') === 'true')
      .flush([rejected], { headers: { 'X-Total-Count': '3' } });
    await fixture.whenStable();
    const bell = root.querySelector<HTMLButtonElement>('[data-testid=notifications]')!;
    expect(bell.getAttribute('aria-label')).toBe('通知（3 条未读）');
    expect(root.querySelector('mat-icon.unread')).not.toBeNull();
    expect(menuMade()).toBeFalse();

    bell.click();
    http
      .expectOne((r) => r.url === '/api/notifications' && r.params.get('_limit') === '8')
      .flush([rejected]);
    await fixture.whenStable();
    expect(menuMade()).toBeTrue();
    const item = document.querySelector<HTMLButtonElement>('[data-kind=order_rejected]')!;
    expect(item.textContent).toContain('采购订单 PO1（¥12,862.40）被林晓雯驳回');
    item.click();
    http.expectOne('/api/notifications/n1/read').flush(null);
    http
      .expectOne((r) => r.url === '/api/notifications' && r.params.get('unread') === 'true')
      .flush([], { headers: { 'X-Total-Count': '2' } });
    expect(router.navigate).toHaveBeenCalledWith(['/procurement/orders', 'PO1']);
    expect(unread.count()).toBe(2);
    http.verify();
  });
});
