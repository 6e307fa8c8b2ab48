// A chosen file is read by code that loads when a file is given: src/read/intake.ts (is it an
// RSシステム file?), src/view/panels/readText.ts and the decoder it loads (src/read/decode.ts).
// When one of those chunks cannot be fetched, the user is told which file could not be read, the
// diagram shown before stays, and choosing the file again works once the chunk is reachable.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, shot, start } from './harness.mjs';

const SEED = await readFile(new URL('../../seeds/000_07fcc2ea9ae77a26.txt', import.meta.url), 'utf8');
// The same sheet with block B's largest recipient renamed: its label tells the new sheet from the seed.
const NEXT = Buffer.from(SEED.replaceAll('株式会社日立製作所', '株式会社見本製作所'));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

describe('a file-reading chunk that cannot load', () => {
  for (const chunk of ['readText', 'decode', 'intake']) {
    it(`${chunk}: names the file, keeps the diagram, and a second try reads it`, async () => {
      const { page, problems, context } = await open(env);
      const before = page.getByRole('button', { name: /^B 日立製作所 他5者 206\.4/ });
      assert.equal(await before.count(), 1);
      let reachable = false;
      const asked = [];
      await page.route(new RegExp(`/assets/${chunk}-[^/]+\\.js$`), (route) => {
        asked.push(reachable);
        return reachable ? route.continue() : route.abort('failed');
      });
      const input = page.locator('input[type=file]');
      await input.setInputFiles({ name: 'next-sheet.txt', mimeType: 'text/plain', buffer: NEXT });
      // The page's banner (and the loader's own alert) say so.
      const alert = page.getByRole('alert').filter({ hasText: '「next-sheet.txt」を読み込めませんでした。' });
      await alert.first().waitFor();
      assert.match(await page.getByRole('alert').filter({ hasText: '表示中の図はそのままです' }).innerText(), /「next-sheet\.txt」を読み込めませんでした。/);
      assert.deepEqual(asked, [false], `the ${chunk} chunk was asked for once, and refused`);
      // The diagram of before is still there, whole.
      assert.equal(await before.count(), 1);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'サイバーセキュリティ統合知的・人材育成基盤の構築');
      assert.equal(await page.getByRole('button', { name: /^B 見本製作所/ }).count(), 0);
      // Not busy: the picker can be used again.
      assert.equal(await page.locator('[aria-busy="true"]').count(), 0);
      if (chunk === 'readText') await shot(page, `readchunk-failed-${chunk}`);

      reachable = true;
      await input.setInputFiles({ name: 'next-sheet.txt', mimeType: 'text/plain', buffer: NEXT });
      await page.getByRole('button', { name: /^B 見本製作所 他5者 206\.4/ }).waitFor();
      assert.equal(await before.count(), 0);
      assert.equal(await alert.count(), 0, 'the error is gone once the file is read');
      assert.ok(asked.includes(true), `the ${chunk} chunk was asked for again`);
      // The chunk's failed request is the one console line expected; nothing else.
      assert.deepEqual(
        problems.filter((p) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(p)),
        [],
      );
      await context.close();
    });
  }
});
