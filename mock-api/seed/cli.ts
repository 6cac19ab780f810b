// `npm run api:seed -- --out FILE [--skus N] [--seed S] [--today YYYY-MM-DD]`
// Writes FILE (mutable data) and FILE's sibling <name>.catalog.json (catalog + travel inventory).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { todayUtc, writeSeed } from './generate.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'mock-api/data/db.json' },
    skus: { type: 'string', default: '5000' },
    seed: { type: 'string', default: 'portal' },
    today: { type: 'string' },
  },
});
const skus = Number(values.skus);
if (!Number.isInteger(skus) || skus < 1 || skus > 1_000_000) {
  console.error(`--skus must be an integer between 1 and 1000000, got ${values.skus}`);
  process.exit(2);
}
const today = values.today ?? todayUtc();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today must be YYYY-MM-DD, got ${today}`);
  process.exit(2);
}
const t0 = performance.now();
const out = writeSeed(resolve(values.out!), { seed: values.seed!, skus, today });
console.log(
  `seeded ${out.products} products into ${out.dbFile} (+ ${out.catalogFile}) in ${Math.round(performance.now() - t0)} ms`,
);
