import { TestBed } from '@angular/core/testing';
import { App } from './app';

describe('App', () => {
  it('renders', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('150');
  });
});
