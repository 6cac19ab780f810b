import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from './app';
import { LoadingIndicator } from './core/http/loading';
import { REMOVES_BOOT_FRAME } from './core/layout/boot-frame';
import { withBootFrame } from './core/layout/boot-frame.spec-util';

@Component({ template: 'page' })
class Page {}

@Component({ template: 'layout' })
class Layout {
  readonly [REMOVES_BOOT_FRAME] = true;
}

describe('App', () => {
  it('shows the top progress bar only while requests are in flight', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const bar = (fixture.nativeElement as HTMLElement).querySelector('[role=progressbar]')!;
    expect(bar.classList).not.toContain('app-loading--active');
    const loading = TestBed.inject(LoadingIndicator);
    loading.start();
    await fixture.whenStable();
    expect(bar.classList).toContain('app-loading--active');
    expect(bar.getAttribute('aria-hidden')).toBe('false');
    loading.stop();
    await fixture.whenStable();
    expect(bar.classList).not.toContain('app-loading--active');
  });

  it('removes the frame index.html shows once the first page is on screen, not before', async () => {
    await withBootFrame(async (frame) => {
      TestBed.configureTestingModule({
        providers: [provideRouter([{ path: '', component: Page }])],
      });
      const fixture = TestBed.createComponent(App);
      await fixture.whenStable();
      expect(frame.isConnected).toBeTrue();
      await TestBed.inject(Router).navigateByUrl('/');
      await fixture.whenStable();
      expect(frame.isConnected).toBeFalse();
    });
  });

  it('leaves the frame to a layout that removes it itself, once its own page is on screen', async () => {
    await withBootFrame(async (frame) => {
      TestBed.configureTestingModule({
        providers: [provideRouter([{ path: '', component: Layout }])],
      });
      const fixture = TestBed.createComponent(App);
      await TestBed.inject(Router).navigateByUrl('/');
      await fixture.whenStable();
      expect((fixture.nativeElement as HTMLElement).textContent).toContain('layout');
      expect(frame.isConnected).toBeTrue();
    });
  });
});
