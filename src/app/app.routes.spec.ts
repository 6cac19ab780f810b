import { NAV_ITEMS } from './core/nav/nav-items';
import { SHELL_CHILDREN, routes } from './app.routes';

describe('app routes', () => {
  it('has the login page outside the shell and the shell behind canMatch', () => {
    expect(routes.map((r) => r.path)).toEqual(['login', '']);
    expect(routes[1].canMatch?.length).toBe(1);
  });

  it('has a lazy, role-guarded route for every module of the navigation, a landing page and a 404', () => {
    const paths = SHELL_CHILDREN.map((r) => r.path);
    for (const item of NAV_ITEMS) expect(paths).toContain(item.path.slice(1));
    for (const r of SHELL_CHILDREN.filter((c) =>
      NAV_ITEMS.some((i) => i.path === `/${c.path}` && c.path),
    )) {
      expect(r.loadChildren).withContext(r.path!).toBeDefined();
      expect(r.canActivate?.length).withContext(r.path!).toBe(1);
    }
    expect(paths[paths.length - 1]).toBe('**');
  });
});
