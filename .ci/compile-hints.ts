// After `ng build` (`npm run build`, `npm run serve`): marks the build's scripts for eager
// compilation, V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints, Chrome 136).
//
// V8 compiles a function the first time it is called, on the main thread. Nearly every function of
// the app's chunks is called as soon as its chunk loads (a route's page, the shell, Angular itself),
// so a phone's first load spent much of its long tasks compiling them one by one. A script whose
// first line is the magic comment below is compiled whole while it downloads, on a background
// thread. Other browsers read it as a comment. The README (Performance) has the figures.
//
// Prepending a line moves the code down one line, so a source map beside a script gets an empty
// line at its start. Run twice, it changes nothing.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** The production build's browser folder, as `ng build` writes it (angular.json). */
const BROWSER_BUILD = join(import.meta.dirname, '..', 'dist/portal/browser');

/** Adds the hint to each script in `dir` that lacks it; returns how many it changed. */
export function addCompileHints(dir = BROWSER_BUILD): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const file = join(dir, name);
    const code = readFileSync(file, 'utf8');
    if (code.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, COMPILE_HINT + code);
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
      const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings: string };
      map.mappings = `;${map.mappings}`;
      writeFileSync(mapFile, JSON.stringify(map));
    }
    changed++;
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const changed = addCompileHints();
  console.log(`compile hints: ${changed} script(s) marked for eager compilation`);
}
