import { HighContrastModeDetector } from '@angular/cdk/a11y';
import { BreakpointObserver } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSidenavContent } from '@angular/material/sidenav';
import { By } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { BehaviorSubject } from 'rxjs';
import type { Role, User } from '../../../domain/index.ts';
import { AuthSession } from '../auth/auth-session';
import { provideSignedIn } from '../auth/signed-in.spec-util';
import { coreTranslations } from '../i18n/core.i18n';
import { I18n } from '../i18n/i18n';
import { withBootFrame } from './boot-frame.spec-util';
import { Shell } from './shell';
import { SHELL_I18N } from './shell.i18n';
import { nextTask } from '../../shared/next-task.spec-util';

@Component({ template: '<h1>routed page</h1>' })
class RoutedPage {}

const userWith = (...roles: Role[]): User => ({
  id: `u-${roles.join('-')}`,
  name: '周建国',
  email: 'x@c1.example',
  roles,
  companyId: 'c1',
  departmentId: 'd',
});

describe('Shell', () => {
  let desktop$: BehaviorSubject<{ matches: boolean; breakpoints: Record<string, boolean> }>;
  let backend: HttpTestingController;

  /** The shell, rendered once, for `user`; opened on `url` (its route activated before it renders). */
  async function render(user: User, isDesktop = true, url?: string) {
    desktop$ = new BehaviorSubject({ matches: isDesktop, breakpoints: {} });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'orders', children: [] },
          { path: 'page', component: RoutedPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideSignedIn(user),
        { provide: BreakpointObserver, useValue: { observe: () => desktop$ } },
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.register(SHELL_I18N);
    i18n.lang.set('zh-CN');
    backend = TestBed.inject(HttpTestingController);
    if (url) await TestBed.inject(Router).navigateByUrl(url);
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return fixture;
  }

  const navIds = (root: HTMLElement, selector: string) =>
    Array.from(root.querySelectorAll(`${selector} [data-nav]`)).map((a) =>
      a.getAttribute('data-nav'),
    );

  const cases: [Role, string[]][] = [
    ['employee', ['home', 'welfare', 'travel']],
    ['buyer', ['home', 'procurement', 'welfare', 'travel', 'budgets']],
    ['hr', ['home', 'welfare', 'travel', 'approvals', 'budgets']],
    ['admin', ['home', 'procurement', 'welfare', 'travel', 'approvals', 'budgets', 'admin']],
  ];
  for (const [role, expected] of cases) {
    it(`shows a ${role} only the modules the role allows`, async () => {
      const fixture = await render(userWith(role));
      expect(navIds(fixture.nativeElement, '[data-testid=side-nav]')).toEqual(expected);
    });
  }

  it('shows the pending approvals count on the approvals item of an approver', async () => {
    const fixture = await render(userWith('hr'));
    await nextTask();
    const req = backend.expectOne((r) => r.url === '/api/approvals');
    expect(req.request.params.get('status')).toBe('pending');
    expect(req.request.params.get('_limit')).toBe('1');
    req.flush([{}], { headers: { 'X-Total-Count': '7' } });
    await fixture.whenStable();
    const badge = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid=approvals-badge]',
    );
    expect(badge?.textContent?.trim()).toBe('7');
    expect(badge?.getAttribute('aria-label')).toBe('7 项待审批');
  });

  it('asks for its badges once when the first navigation makes it, in the task after', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '', component: Shell }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideSignedIn(userWith('hr')),
        {
          provide: BreakpointObserver,
          useValue: { observe: () => new BehaviorSubject({ matches: true, breakpoints: {} }) },
        },
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.register(SHELL_I18N);
    await RouterTestingHarness.create('/');
    backend = TestBed.inject(HttpTestingController);
    const badgeReads = () =>
      backend.match((r) => r.url === '/api/approvals' || r.url === '/api/notifications');
    expect(badgeReads()).toEqual([]);
    await nextTask();
    expect(backend.match((r) => r.url === '/api/approvals').length).toBe(1);
    expect(backend.match((r) => r.url === '/api/notifications').length).toBe(1);
  });

  it('does not ask an employee for approvals unless an approver named them their delegate', async () => {
    await render(userWith('employee'));
    await nextTask();
    backend.expectOne('/api/delegations').flush({ given: [], received: [] });
    expect(backend.match((r) => r.url === '/api/approvals').length).toBe(0);
  });

  it('opens approvals, with its count, to an employee named a delegate', async () => {
    const fixture = await render(userWith('employee'));
    await nextTask();
    backend
      .expectOne('/api/delegations')
      .flush({ given: [], received: [{ id: 'DG1', state: 'active' }] });
    backend
      .expectOne((r) => r.url === '/api/approvals')
      .flush([{}], { headers: { 'X-Total-Count': '2' } });
    await fixture.whenStable();
    expect(navIds(fixture.nativeElement, '[data-testid=side-nav]')).toEqual([
      'home',
      'welfare',
      'travel',
      'approvals',
    ]);
    expect(
      (fixture.nativeElement as HTMLElement)
        .querySelector('[data-testid=approvals-badge]')
        ?.textContent?.trim(),
    ).toBe('2');
  });

  it('shows the company name from the API', async () => {
    const fixture = await render(userWith('buyer'));
    backend.expectOne('/api/companies/current').flush({
      id: 'c1',
      name: '华东精工制造有限公司',
      nameEn: 'East China Precision',
      settings: {},
    });
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid=company-name]')
        ?.textContent,
    ).toContain('华东精工制造有限公司');
    TestBed.inject(I18n).use('en');
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid=company-name]')
        ?.textContent,
    ).toContain('East China Precision');
    TestBed.inject(I18n).use('zh-CN');
  });

  it('on a phone, puts the navigation in a bottom bar, with "more" when it does not fit', async () => {
    const fixture = await render(userWith('admin'), false);
    const root = fixture.nativeElement as HTMLElement;
    expect(navIds(root, '[data-testid=bottom-nav]')).toEqual([
      'home',
      'procurement',
      'welfare',
      'travel',
    ]);
    expect(root.querySelector('[data-testid=bottom-nav] button')?.textContent).toContain('更多');
  });

  it('on a phone, makes the drawer\'s list only when "more" first opens it', async () => {
    const fixture = await render(userWith('admin'), false);
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[data-testid=side-nav]')).toBeNull();
    root.querySelector<HTMLButtonElement>('[data-testid=bottom-nav] button')!.click();
    await fixture.whenStable();
    expect(navIds(root, '[data-testid=side-nav]')).toEqual([
      'home',
      'procurement',
      'welfare',
      'travel',
      'approvals',
      'budgets',
      'admin',
    ]);
  });

  it('on a phone, an employee gets all three items and no "more"', async () => {
    const fixture = await render(userWith('employee'), false);
    const root = fixture.nativeElement as HTMLElement;
    expect(navIds(root, '[data-testid=bottom-nav]')).toEqual(['home', 'welfare', 'travel']);
    expect(root.querySelector('[data-testid=bottom-nav] button')).toBeNull();
  });

  it('a new page scrolls to its top and refreshes the badges; a query change does neither', async () => {
    const fixture = await render(userWith('hr'));
    const pane = fixture.debugElement
      .query(By.directive(MatSidenavContent))
      .injector.get(MatSidenavContent);
    const scrollTo = spyOn(pane, 'scrollTo');
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/orders');
    expect(scrollTo).not.toHaveBeenCalled(); // the first page is at its top already
    backend.match(() => true);
    await router.navigateByUrl('/');
    expect(scrollTo).toHaveBeenCalledOnceWith({ top: 0 });
    scrollTo.calls.reset();
    await nextTask();
    expect(backend.match((r) => r.url.endsWith('/approvals')).length).toBeGreaterThan(0);
    backend.match(() => true);
    await router.navigateByUrl('/?drill=month:2026-01');
    await router.navigateByUrl('/?drill=cc:cc-1#x');
    await nextTask();
    expect(scrollTo).not.toHaveBeenCalled();
    expect(backend.match(() => true).map((r) => r.request.url)).toEqual([]);
  });

  it('makes its bars, controls and bell without checking for high contrast (a forced style recalculation)', async () => {
    const check = spyOn(
      HighContrastModeDetector.prototype,
      'getHighContrastMode',
    ).and.callThrough();
    const fixture = await render(userWith('hr'), false, '/page');
    expect(fixture.nativeElement.querySelector('[data-testid=notifications]')).not.toBeNull();
    expect(check).not.toHaveBeenCalled();
  });

  it('makes its controls and its page with itself when no frame is shown (after signing in)', async () => {
    const fixture = await render(userWith('buyer'), false, '/page');
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[data-testid=user-menu]')).not.toBeNull();
    expect(root.querySelector('[data-testid=bottom-nav]')).not.toBeNull();
    expect(root.querySelector('main h1')?.textContent).toBe('routed page');
  });

  it('under the frame, makes its bars, then its controls, then its first page, each in a later task, and keeps the frame until the page is there', async () => {
    await withBootFrame(async (frame) => {
      const fixture = await render(userWith('buyer'), false, '/page');
      const root = fixture.nativeElement as HTMLElement;
      const nextStage = async () => {
        await new Promise((resolve) => setTimeout(resolve));
        await fixture.whenStable();
      };
      expect(root.querySelector('mat-toolbar')).not.toBeNull();
      expect(root.querySelector('[data-testid=user-menu]')).toBeNull();
      expect(root.querySelector('[data-testid=bottom-nav]')).toBeNull();
      expect(root.querySelector('main')!.textContent).not.toContain('routed page');
      expect(frame.isConnected).toBeTrue();

      await nextStage();
      expect(root.querySelector('[data-testid=user-menu]')).not.toBeNull();
      expect(root.querySelector('app-language-switch')).not.toBeNull();
      expect(root.querySelector('[data-testid=bottom-nav]')).not.toBeNull();
      expect(root.querySelector('main')!.textContent).not.toContain('routed page');
      expect(frame.isConnected).toBeTrue();

      await nextStage();
      expect(root.querySelector('main h1')?.textContent).toBe('routed page');
      expect(frame.isConnected).toBeFalse();
    });
  });

  it('under the frame, stops making itself when it is gone before it is whole (signed out at once)', async () => {
    await withBootFrame(async () => {
      const fixture = await render(userWith('buyer'), false, '/page');
      const errors = spyOn(console, 'error');
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent) => (uncaught.push(e.error), e.preventDefault());
      window.addEventListener('error', onError);
      fixture.destroy();
      for (let task = 0; task < 3; task++) await new Promise((resolve) => setTimeout(resolve));
      window.removeEventListener('error', onError);
      expect(uncaught).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
    });
  });

  it('logs out from the user menu, whose items are made when it first opens', async () => {
    const asked = spyOn(I18n.prototype, 't').and.callThrough();
    const fixture = await render(userWith('buyer'));
    const session = TestBed.inject(AuthSession);
    spyOn(session, 'logout');
    const menuMade = () => asked.calls.allArgs().some(([key]) => key === 'user.logout');
    expect(menuMade()).toBeFalse();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid=user-menu]')!
      .click();
    await fixture.whenStable();
    expect(menuMade()).toBeTrue();
    const logout = document.querySelector<HTMLButtonElement>('[data-testid=logout]');
    expect(logout?.textContent).toContain('退出登录');
    logout!.click();
    expect(session.logout).toHaveBeenCalledOnceWith(false);
  });

  it('signs out on every device from the user menu', async () => {
    const fixture = await render(userWith('employee'));
    const session = TestBed.inject(AuthSession);
    spyOn(session, 'logout');
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid=user-menu]')!
      .click();
    await fixture.whenStable();
    const everywhere = document.querySelector<HTMLButtonElement>('[data-testid=logout-all]');
    expect(everywhere?.textContent).toContain('退出所有设备');
    everywhere!.click();
    expect(session.logout).toHaveBeenCalledOnceWith(true);
  });
});
