import type { Route, Routes } from '@angular/router';
import { isObservable } from 'rxjs';

/** `value`, in a task after this one. */
export function inNextTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value)));
}

/**
 * `routes` with each lazy route's code (`loadChildren`, `loadComponent`, at every level) handed to
 * the router in a task after the one that evaluated it. The router goes on at once from a lazy
 * chunk's promise, in the task that evaluated the chunk: in a phone's load of the approval inbox,
 * the shell's chunk and the next level's set-up, the feature's chunk and its effects and guard, the
 * page's chunk and the shell's first render each made one task of 67–71 ms, the router's part 18,
 * 35 and 56 ms of them.
 */
export function routesLoadedInTasksOfTheirOwn(routes: Routes): Routes {
  return routes.map((route): Route => {
    const { loadChildren, loadComponent, children } = route;
    return {
      ...route,
      ...(loadComponent && {
        loadComponent: () => {
          const loaded = loadComponent();
          return isObservable(loaded) ? loaded : Promise.resolve(loaded).then(inNextTask);
        },
      }),
      ...(loadChildren && {
        loadChildren: () => {
          const loaded = loadChildren();
          if (isObservable(loaded)) return loaded;
          return Promise.resolve(loaded).then((code) =>
            inNextTask(Array.isArray(code) ? routesLoadedInTasksOfTheirOwn(code) : code),
          );
        },
      }),
      ...(children && { children: routesLoadedInTasksOfTheirOwn(children) }),
    };
  });
}
