import type { Routes } from '@angular/router';
import { prefetchRoute } from './prefetch';

describe('prefetchRoute', () => {
  let loaded: string[];
  const component = (name: string) => () => {
    loaded.push(name);
    return Promise.resolve(class {});
  };
  const children = (name: string, routes: Routes) => () => {
    loaded.push(name);
    return Promise.resolve(routes);
  };
  const feature: Routes = [
    {
      path: '',
      children: [
        { path: '', pathMatch: 'full', redirectTo: 'catalog' },
        { path: 'catalog', loadComponent: component('catalog') },
        { path: 'products/:id', loadComponent: component('product') },
        { path: 'cart', loadComponent: component('cart') },
      ],
    },
  ];
  const routes: Routes = [
    { path: 'login', loadComponent: component('login') },
    {
      path: '',
      loadChildren: children('shell', [
        { path: '', pathMatch: 'full', loadChildren: children('home', []) },
        { path: 'procurement', loadChildren: children('procurement', feature) },
        { path: 'welfare', loadChildren: children('welfare', []) },
        { path: '**', loadComponent: component('not-found') },
      ]),
    },
  ];

  beforeEach(() => (loaded = []));

  it('loads the shell, the feature and the page of a path, and nothing else', async () => {
    await prefetchRoute(routes, '/procurement/catalog?q=paper#top');
    expect(loaded).toEqual(['shell', 'procurement', 'catalog']);
  });

  it('matches path parameters', async () => {
    await prefetchRoute(routes, '/procurement/products/p000001');
    expect(loaded).toEqual(['shell', 'procurement', 'product']);
  });

  it('takes a full-match route only for the exact path', async () => {
    await prefetchRoute(routes, '/');
    expect(loaded).toEqual(['shell', 'home']);
  });

  it('follows no redirect and stops where nothing matches below', async () => {
    await prefetchRoute(routes, '/procurement');
    expect(loaded).toEqual(['shell', 'procurement']);
  });

  it('falls back to the wildcard route', async () => {
    await prefetchRoute(routes, '/nowhere');
    expect(loaded).toEqual(['shell', 'not-found']);
  });

  it('swallows a failed download (the router reports it when it needs the code)', async () => {
    const failing: Routes = [
      { path: 'x', loadChildren: () => Promise.reject(new Error('offline')) },
    ];
    await expectAsync(prefetchRoute(failing, '/x')).toBeResolved();
  });
});
