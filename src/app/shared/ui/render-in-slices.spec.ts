import { ApplicationRef, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { renderInSlices } from './render-in-slices';
import { nextTask } from '../next-task.spec-util';

@Component({
  template: `@for (n of cards(); track n) {
    <i>{{ n }}</i>
  }`,
})
class Grid {
  readonly list = signal<readonly number[]>([]);
  readonly cards = renderInSlices(this.list);
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, i) => from + i);

describe('renderInSlices', () => {
  function render(): { grid: Grid; shown: () => string[]; detect: () => void } {
    const fixture = TestBed.createComponent(Grid);
    const root = fixture.nativeElement as HTMLElement;
    return {
      grid: fixture.componentInstance,
      shown: () => [...root.querySelectorAll('i')].map((i) => i.textContent!.trim()),
      detect: () => fixture.detectChanges(),
    };
  }

  it('makes the first four cards at once and four more in each following task', async () => {
    const { grid, shown, detect } = render();
    grid.list.set(range(0, 10));
    detect();
    expect(shown()).toEqual(['0', '1', '2', '3']);
    await nextTask();
    detect();
    expect(shown()).toEqual(range(0, 8).map(String));
    await nextTask();
    detect();
    expect(shown()).toEqual(range(0, 10).map(String));
  });

  it('keeps the application unstable until the list is whole', async () => {
    const { grid, shown, detect } = render();
    grid.list.set(range(0, 24));
    detect();
    await TestBed.inject(ApplicationRef).whenStable();
    detect();
    expect(shown().length).toBe(24);
  });

  it('shows a new list whole once the first was, and goes on in slices only past it', async () => {
    const { grid, shown, detect } = render();
    grid.list.set(range(0, 8));
    detect();
    await nextTask();
    detect();
    expect(shown().length).toBe(8);

    grid.list.set(range(100, 108));
    detect();
    expect(shown()).toEqual(range(100, 108).map(String));

    grid.list.set(range(200, 214));
    detect();
    expect(shown()).toEqual(range(200, 208).map(String));
    await nextTask();
    detect();
    expect(shown().length).toBe(12);
  });

  it('stops when its view is destroyed, leaving the application stable', async () => {
    const fixture = TestBed.createComponent(Grid);
    fixture.componentInstance.list.set(range(0, 24));
    fixture.detectChanges();
    fixture.destroy();
    await expectAsync(TestBed.inject(ApplicationRef).whenStable()).toBeResolved();
  });
});
