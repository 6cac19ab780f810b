import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { routes } from './app/app.routes';
import { App } from './app/app';
import { DEFAULT_API_BASE } from './app/core/api/api-base-url';
import { hasEarlyRead } from './app/early-read-pages';
import { noteRequestsUntilServed, serveEarlyResponsesWith } from './app/core/http/early-responses';
import { readSession } from './app/core/auth/auth.storage';
import { prefetchRoute } from './app/core/nav/prefetch';
import { installTrustedTypesPolicy } from './app/core/security/trusted-types';

installTrustedTypesPolicy();
// A returning user: the shell's and the page's code download while the session is being checked,
// and so does the read the page's largest paint waits for (in a chunk the login page does not
// download; only a head start: if it cannot start, the page reads as usual).
const session = readSession();
if (session) {
  void prefetchRoute(routes, location.pathname);
  if (hasEarlyRead(location.pathname)) {
    noteRequestsUntilServed();
    import('./app/early-requests')
      .then((m) => m.startEarlyRequests(location, session, DEFAULT_API_BASE))
      .catch(() => serveEarlyResponsesWith(null));
  }
}
// In a task of its own: evaluating the code and building the app are two shorter tasks on a phone,
// not one long one, and the browser may paint or answer a tap in between.
setTimeout(() => bootstrapApplication(App, appConfig).catch((err) => console.error(err)));
