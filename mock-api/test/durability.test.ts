// Durability (mock-api/README.md, storage): a `kill -9` at any moment leaves DB_FILE (the snapshot) and its
// journal readable and together holding every write answered with a 2xx. A child-process server takes a
// burst of writes (logins create sessions, logouts delete them); it is killed with SIGKILL right after some
// answers arrive while others are in flight; after a restart every acknowledged login still works and every
// acknowledged logout still holds. The first round only appends to the journal; in the later rounds the
// journal is compacted every few writes (JOURNAL_COMPACT_BYTES), so kills land around compactions too.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { journalFileFor } from '../lib/json-file.ts';
import { createKit, request, type Kit } from './kit.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let kit: Kit;
let dbFile: string;
let journalFile: string;
/** Accounts that can sign in (the demo accounts: generated employees have no password). */
let USERS: string[] = [];

before(() => {
  kit = createKit();
  dbFile = kit.freshDb();
  journalFile = journalFileFor(dbFile);
  const users = JSON.parse(readFileSync(dbFile, 'utf8')).users as {
    email: string;
    passwordHash: string | null;
  }[];
  USERS = users.filter((u) => u.passwordHash).map((u) => u.email);
});
const children: ChildProcess[] = [];
after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  kit.cleanup();
});

async function spawnServer(compactBytes = 0): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['mock-api/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      DB_FILE: dbFile,
      HOST: '127.0.0.1',
      JOURNAL_COMPACT_BYTES: String(compactBytes),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const base = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/localhost:(\d+)\/api/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    child.once('exit', (code) => rej(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, base };
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) return res();
    child.once('exit', () => res());
    child.kill('SIGKILL');
  });
}

describe('kill -9', () => {
  it('keeps every acknowledged write across three crashes, and the file always parses', async () => {
    const alive: string[] = [];
    const revoked: string[] = [];
    for (let round = 0; round < 3; round++) {
      const snapshotBefore = readFileSync(dbFile, 'utf8');
      const { child, base } = await spawnServer(round === 0 ? 0 : 2048);
      // Earlier acknowledged writes survived the previous crash.
      for (const t of alive)
        assert.equal(
          (await request(base, 'GET', '/api/me', { token: t })).status,
          200,
          `round ${round}: acknowledged login lost`,
        );
      for (const t of revoked)
        assert.equal(
          (await request(base, 'GET', '/api/me', { token: t })).status,
          401,
          `round ${round}: acknowledged logout lost`,
        );

      // A burst of writes; SIGKILL as soon as 12 of them are acknowledged, with the rest in flight. In
      // the later rounds, also not before a first compaction has replaced the snapshot: the writer
      // compacts after acknowledging a batch, so a kill right at the 12th answer could land before
      // any compaction had finished, and the round would not have crashed around one.
      const compacted = () => round === 0 || readFileSync(dbFile, 'utf8') !== snapshotBefore;
      let acked = 0;
      let killed: Promise<void> | null = null;
      const onAck = () => {
        if (++acked >= 12 && !killed && compacted()) killed = kill9(child);
      };
      const toRevoke = alive.splice(0, 2);
      const writes: Promise<void>[] = [];
      for (const t of toRevoke)
        writes.push(
          request(base, 'POST', '/api/auth/logout', { token: t }).then(
            (r) => {
              if (r.status === 204) {
                revoked.push(t);
                onAck();
              } else {
                alive.push(t);
              }
            },
            () => {
              alive.push(t); // not acknowledged: the logout may or may not have happened
            },
          ),
        );
      for (let i = 0; i < 30; i++)
        writes.push(
          request(base, 'POST', '/api/auth/login', {
            body: { email: USERS[i % USERS.length], password: 'Passw0rd!' },
          }).then(
            (r) => {
              if (r.status === 200) {
                alive.push(r.body.token);
                onAck();
              }
            },
            () => undefined,
          ),
        );
      await Promise.all(writes);
      // every write answered before a compaction finished: the last one due is under way
      for (let waited = 0; !killed && !compacted() && waited < 10_000; waited += 20)
        await new Promise((done) => setTimeout(done, 20));
      await (killed ?? kill9(child));
      assert.ok(acked >= 12, `round ${round}: ${acked} writes acknowledged before the kill`);
      // Unacknowledged logouts may or may not have happened; only acknowledged ones are checked.
      for (const t of toRevoke) if (!revoked.includes(t) && !alive.includes(t)) alive.push(t);
      const snapshot = readFileSync(dbFile, 'utf8');
      const doc = JSON.parse(snapshot);
      assert.ok(
        Array.isArray(doc.sessions) && Array.isArray(doc.users),
        'DB_FILE parses after kill -9',
      );
      if (round === 0) assert.equal(snapshot, snapshotBefore, 'the writes went to the journal');
      else assert.notEqual(snapshot, snapshotBefore, 'the journal was compacted during the burst');
      // Every complete journal line parses; only the last one may be torn by the kill.
      const journal = existsSync(journalFile) ? readFileSync(journalFile, 'utf8') : '';
      for (const line of journal.split('\n').slice(0, -1)) JSON.parse(line);
    }
    const { child, base } = await spawnServer();
    try {
      for (const t of alive)
        assert.equal(
          (await request(base, 'GET', '/api/me', { token: t })).status,
          200,
          'acknowledged login lost after the last crash',
        );
      for (const t of revoked)
        assert.equal(
          (await request(base, 'GET', '/api/me', { token: t })).status,
          401,
          'acknowledged logout lost after the last crash',
        );
      assert.ok(
        alive.length >= 30 && revoked.length >= 2,
        `${alive.length} sessions, ${revoked.length} logouts checked`,
      );
    } finally {
      await kill9(child);
    }
  });
});
