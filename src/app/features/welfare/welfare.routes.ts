import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';

// e福礼 is built in its own issue; until then the module says what it will offer.
export const WELFARE_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('../../core/pages/status-page').then((m) => m.StatusPage),
    data: { kind: 'soon', textPrefix: 'welfare.soon' },
    providers: [
      provideEnvironmentInitializer(() =>
        inject(I18n).register({
          'zh-CN': {
            'welfare.soon.title': 'e福礼 即将上线',
            'welfare.soon.text':
              '节日与生日福利活动、积分兑换礼品、积分 + 现金支付。当前积分余额与即将过期的积分请在工作台查看。',
          },
          en: {
            'welfare.soon.title': 'e-Welfare is coming soon',
            'welfare.soon.text':
              'Festival and birthday campaigns, gifts paid with points, points + cash. Your points balance and expiring points are on the home page.',
          },
        }),
      ),
    ],
  },
];
