import { Component } from '@angular/core';
import type { Routes } from '@angular/router';
import { shellRoutes } from '../layout/shell.routes';
import { routesLoadedInTasksOfTheirOwn } from './next-task';
import { nextTask } from '../../shared/next-task.spec-util';

@Component({ template: '' })
class Page {}

/** What `promise` has given by the end of the task it was started in (microtasks included). */
async function inThisTask<T>(promise: Promise<T>): Promise<{ value?: T }> {
  const seen: { value?: T } = {};
  void promise.then((value) => (seen.value = value));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return seen;
}

/** `loading` gives `value`, and only in a task after this one. */
async function expectInNextTask(loading: Promise<unknown>, value: unknown): Promise<void> {
  expect((await inThisTask(loading)).value).toBeUndefined();
  await nextTask();
  expect(await loading).toBe(value);
}

describe('routesLoadedInTasksOfTheirOwn', () => {
  it("hands a lazy page's component to the router in the task after the one its code came in", async () => {
    const [route] = routesLoadedInTasksOfTheirOwn([
      { path: 'p', loadComponent: () => Promise.resolve(Page) },
    ]);
    await expectInNextTask(route.loadComponent!() as Promise<unknown>, Page);
  });

  it('does the same at every level: routes a lazy level gives, and children', async () => {
    const [feature] = routesLoadedInTasksOfTheirOwn([
      {
        path: 'feature',
        loadChildren: () =>
          Promise.resolve<Routes>([
            { path: 'page', loadComponent: () => Promise.resolve(Page) },
            { path: 'group', children: [{ path: 'inner', loadComponent: () => Page }] },
          ]),
      },
    ]);
    const loading = feature.loadChildren!() as Promise<Routes>;
    expect((await inThisTask(loading)).value).toBeUndefined();
    await nextTask();
    const [page, group] = await loading;
    expect(page.path).toBe('page');
    await expectInNextTask(page.loadComponent!() as Promise<unknown>, Page);
    const inner = group.children![0];
    expect(inner.path).toBe('inner');
    await expectInNextTask(inner.loadComponent!() as Promise<unknown>, Page);
  });

  it("is applied by the shell's routes, which come a task later themselves", async () => {
    const loading = shellRoutes([{ path: 'p', loadComponent: () => Promise.resolve(Page) }]);
    expect((await inThisTask(loading)).value).toBeUndefined();
    await nextTask();
    const [shell] = await loading;
    const page = shell.children![0];
    expect(page.path).toBe('p');
    await expectInNextTask(page.loadComponent!() as Promise<unknown>, Page);
  });
});
