import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';

// e差旅 is built in its own issue; until then the module says what it will offer.
export const TRAVEL_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('../../core/pages/status-page').then((m) => m.StatusPage),
    data: { kind: 'soon', textPrefix: 'travel.soon' },
    providers: [
      provideEnvironmentInitializer(() =>
        inject(I18n).register({
          'zh-CN': {
            'travel.soon.title': 'e差旅 即将上线',
            'travel.soon.text':
              '出差申请与审批、按差旅标准搜索机票、火车票与酒店，合规选项优先展示。',
          },
          en: {
            'travel.soon.title': 'e-Travel is coming soon',
            'travel.soon.text':
              'Trip requests and approval, then flights, trains and hotels searched within your travel policy, compliant offers first.',
          },
        }),
      ),
    ],
  },
];
