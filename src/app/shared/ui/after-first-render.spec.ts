import { ApplicationRef, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { afterFirstRender } from './after-first-render';
import { nextTask } from '../next-task.spec-util';

@Component({
  template: `<p>page</p>
    @if (later()) {
      <nav>paginator</nav>
    }`,
})
class Page {
  readonly later = afterFirstRender();
}

describe('afterFirstRender', () => {
  it('leaves its part out of the first render and makes it in the next task', async () => {
    const fixture = TestBed.createComponent(Page);
    const root = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    expect(root.querySelector('p')).not.toBeNull();
    expect(root.querySelector('nav')).toBeNull();
    await nextTask();
    fixture.detectChanges();
    expect(root.querySelector('nav')?.textContent).toBe('paginator');
  });

  it('keeps the application unstable until its part is made', async () => {
    const fixture = TestBed.createComponent(Page);
    fixture.detectChanges();
    await TestBed.inject(ApplicationRef).whenStable();
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('nav')).not.toBeNull();
  });

  it('stops when its view is destroyed first, leaving the application stable', async () => {
    const fixture = TestBed.createComponent(Page);
    fixture.detectChanges();
    fixture.destroy();
    await expectAsync(TestBed.inject(ApplicationRef).whenStable()).toBeResolved();
  });
});
