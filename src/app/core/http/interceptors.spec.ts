import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { Router, provideRouter } from '@angular/router';
import { API_BASE_URL } from '../api/api-base-url';
import { AuthSession } from '../auth/auth-session';
import { coreTranslations } from '../i18n/core.i18n';
import { I18n } from '../i18n/i18n';
import { SHELL_I18N } from '../layout/shell.i18n';
import { authTokenInterceptor, isApiUrl } from './auth-token.interceptor';
import { errorInterceptor } from './error.interceptor';
import { silentErrors } from './http-context';
import { LoadingIndicator, loadingInterceptor } from './loading';
import { Notifier } from './notifier';

const problem = (status: number, code: string, extra: object = {}) => ({
  type: 'about:blank',
  title: `title ${code}`,
  status,
  detail: `detail ${code}`,
  code,
  ...extra,
});

describe('HTTP interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: { token: ReturnType<typeof signal<string | null>>; expire: jasmine.Spy };
  let notifier: jasmine.SpyObj<Notifier>;
  let i18n: I18n;

  beforeEach(async () => {
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['error', 'info']);
    notifier.error.and.resolveTo();
    session = { token: signal<string | null>('tok-1'), expire: jasmine.createSpy('expire') };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(
          withInterceptors([loadingInterceptor, authTokenInterceptor, errorInterceptor]),
        ),
        provideHttpClientTesting(),
        { provide: AuthSession, useValue: session },
        { provide: API_BASE_URL, useValue: '/api' },
        { provide: Notifier, useValue: notifier },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.register(SHELL_I18N);
    i18n.lang.set('zh-CN');
  });

  afterEach(() => backend.verify());

  describe('token', () => {
    it('adds the bearer token to API requests', () => {
      http.get('/api/budgets').subscribe();
      expect(backend.expectOne('/api/budgets').request.headers.get('Authorization')).toBe(
        'Bearer tok-1',
      );
    });

    it('never sends the token anywhere else', () => {
      http.get('https://cdn.example/api/x').subscribe();
      http.get('/apiary/x').subscribe();
      expect(
        backend.expectOne('https://cdn.example/api/x').request.headers.has('Authorization'),
      ).toBeFalse();
      expect(backend.expectOne('/apiary/x').request.headers.has('Authorization')).toBeFalse();
    });

    it('sends no header when signed out', () => {
      session.token.set(null);
      http.get('/api/products').subscribe();
      expect(backend.expectOne('/api/products').request.headers.has('Authorization')).toBeFalse();
    });

    it('recognises API URLs under any base', () => {
      expect(isApiUrl('/api/me', '/api')).toBeTrue();
      expect(
        isApiUrl('https://bank.example/portal/api/me', 'https://bank.example/portal/api/'),
      ).toBeTrue();
      expect(isApiUrl('/apix', '/api')).toBeFalse();
    });
  });

  describe('errors', () => {
    it('turns a 401 on an API call into "session expired" with the current URL', () => {
      spyOnProperty(TestBed.inject(Router), 'url').and.returnValue('/procurement/cart');
      let failed = false;
      http.get('/api/cart').subscribe({ error: () => (failed = true) });
      backend
        .expectOne('/api/cart')
        .flush(problem(401, 'UNAUTHENTICATED'), { status: 401, statusText: 'Unauthorized' });
      expect(failed).toBeTrue();
      expect(session.expire).toHaveBeenCalledOnceWith('/procurement/cart');
      expect(notifier.error).not.toHaveBeenCalled();
    });

    it('leaves a 401 of the login itself to the login page', () => {
      http
        .post('/api/auth/login', {}, { context: silentErrors() })
        .subscribe({ error: () => undefined });
      backend
        .expectOne('/api/auth/login')
        .flush(problem(401, 'INVALID_CREDENTIALS'), { status: 401, statusText: 'Unauthorized' });
      expect(session.expire).not.toHaveBeenCalled();
      expect(notifier.error).not.toHaveBeenCalled();
    });

    it('shows our text for a known problem code in the active language', () => {
      http.post('/api/orders', {}).subscribe({ error: () => undefined });
      backend
        .expectOne('/api/orders')
        .flush(problem(422, 'BUDGET_EXCEEDED'), { status: 422, statusText: 'Unprocessable' });
      expect(notifier.error).toHaveBeenCalledWith('预算余额不足。');
      i18n.lang.set('en');
      http.post('/api/orders', {}).subscribe({ error: () => undefined });
      backend
        .expectOne('/api/orders')
        .flush(problem(422, 'BUDGET_EXCEEDED'), { status: 422, statusText: 'Unprocessable' });
      expect(notifier.error).toHaveBeenCalledWith('There is not enough budget left.');
    });

    it("falls back to the problem's detail for a code without a text", () => {
      http.get('/api/x').subscribe({ error: () => undefined });
      backend
        .expectOne('/api/x')
        .flush(problem(418, 'TEAPOT'), { status: 418, statusText: 'Teapot' });
      expect(notifier.error).toHaveBeenCalledWith('detail TEAPOT');
    });

    it('leaves field errors to the form, and silent requests to their caller', () => {
      let error: unknown;
      http.post('/api/orders', {}).subscribe({ error: (e: unknown) => (error = e) });
      backend.expectOne('/api/orders').flush(
        problem(400, 'VALIDATION_FAILED', {
          errors: [{ path: 'lines.0.qty', message: 'too small' }],
        }),
        {
          status: 400,
          statusText: 'Bad Request',
        },
      );
      http.get('/api/orders/9', { context: silentErrors() }).subscribe({ error: () => undefined });
      backend
        .expectOne('/api/orders/9')
        .flush(problem(404, 'NOT_FOUND'), { status: 404, statusText: 'Not Found' });
      expect(notifier.error).not.toHaveBeenCalled();
      expect((error as HttpErrorResponse).status).toBe(400);
    });

    it('says the server cannot be reached when the network fails', () => {
      http.get('/api/budgets').subscribe({ error: () => undefined });
      backend.expectOne('/api/budgets').error(new ProgressEvent('error'), { status: 0 });
      expect(notifier.error).toHaveBeenCalledWith(i18n.t('error.network'));
    });
  });

  describe('loading indicator', () => {
    it('counts requests in flight, but not background ones', () => {
      const loading = TestBed.inject(LoadingIndicator);
      http.get('/api/a').subscribe();
      http.get('/api/b').subscribe({ error: () => undefined });
      expect(loading.count()).toBe(2);
      expect(loading.active()).toBeTrue();
      backend.expectOne('/api/a').flush([]);
      expect(loading.count()).toBe(1);
      backend.expectOne('/api/b').flush(problem(500, 'X'), { status: 500, statusText: 'Error' });
      expect(loading.active()).toBeFalse();
    });
  });
});
