// Things that go wrong on real devices, on the built officer page. Each test proves that nothing already
// typed or saved is lost and that the officer is told what happened.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { openOfficer, saveStatus } from './support/officer.mjs';
import { startSite } from './support/site.mjs';

let site;
before(async () => (site = await startSite()));
afterEach(() => site?.closeContexts());
after(() => site?.close());

const address = (page) => page.locator('#details-address');

test('reload while typing: the text typed just before the reload is there afterwards', async () => {
  const { context, log } = await site.context();
  const page = await openOfficer(context, site.url('index.html'));
  await address(page).pressSequentially('27 Reload Road', { delay: 20 });
  // Well inside the save window (the element waits for a 300 ms pause, and promises 500 ms).
  await page.reload();
  await address(page).waitFor();
  assert.equal(await address(page).inputValue(), '27 Reload Road');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('tab closed while typing: reopening shows what was typed', async () => {
  const { context } = await site.context();
  const page = await openOfficer(context, site.url('index.html'));
  await address(page).pressSequentially('5 Closed Tab Close', { delay: 20 });
  const closed = new Promise((resolve) => page.once('close', resolve));
  await page.close({ runBeforeUnload: true });
  await closed;
  const again = await openOfficer(context, site.url('index.html'));
  assert.equal(await address(again).inputValue(), '5 Closed Tab Close');
  await context.close();
});

test('two tabs change the same draft: the second is told, and both versions are kept', async () => {
  const { context } = await site.context();
  const setup = await openOfficer(context, site.url('index.html'));
  await address(setup).fill('Original Street');
  await saveStatus(setup).getByText('Saved in this browser').waitFor();
  await setup.close();

  // The second tab's timers are held while it is edited, so its change is still unsaved when the first saves.
  const holdTimers = () => {
    const setTimer = window.setTimeout;
    const held = [];
    window.holdTimers = false;
    window.setTimeout = (callback, delay, ...args) =>
      window.holdTimers ? held.push(() => callback(...args)) : setTimer(callback, delay, ...args);
    window.releaseTimers = () => {
      window.holdTimers = false;
      held.splice(0).forEach((run) => run());
    };
  };
  const first = await openOfficer(context, site.url('index.html'));
  const second = await openOfficer(context, site.url('index.html'), [holdTimers]);
  for (const page of [first, second]) assert.equal(await address(page).inputValue(), 'Original Street');
  await second.evaluate(() => (window.holdTimers = true));
  await address(second).fill('Bravo Street');
  await address(first).fill('Alpha Street');
  await saveStatus(first).getByText('Saved in this browser').waitFor();

  const banner = second.locator('hhsrs-officer-assessment [data-conflict]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /changed in another tab/i);
  assert.equal(await first.locator('hhsrs-officer-assessment [data-conflict]').count(), 0);
  assert.equal(await address(second).inputValue(), 'Bravo Street', 'the second tab still shows its own text');

  await second.evaluate(() => window.releaseTimers());
  await second.getByRole('button', { name: 'Keep mine as a new assessment' }).click();
  await saveStatus(second).getByText('Saved in this browser').waitFor();
  const check = await openOfficer(context, site.url('index.html'));
  await check.locator('hhsrs-officer-assessment details summary').click();
  const drafts = await check.locator('hhsrs-officer-assessment ul.drafts').innerText();
  assert.match(drafts, /Alpha Street/);
  assert.match(drafts, /Bravo Street/);
  await context.close();
});

test('IndexedDB unavailable (private mode): the officer is warned and can still work in memory', async () => {
  const { context } = await site.context();
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  const page = await openOfficer(context, site.url('index.html'));
  const notice = page.locator('hhsrs-officer-assessment .banner').filter({ hasText: 'private mode' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /export it to a file/i);
  await address(page).fill('12 Memory Mews');
  await page.locator('button[data-add="excess-cold"]').click();
  await page.locator('#hazard-0-likelihood').waitFor();
  assert.equal(await address(page).inputValue(), '12 Memory Mews');
  await context.close();
});

test('an old tab blocks the database upgrade: the officer is told to close it, and work resumes after', async () => {
  const { context } = await site.context();
  // The "old tab" holds version 1 of the database (as an earlier release created it) and ignores requests
  // to close, as a tab left open on an old release would.
  const old = await context.newPage();
  await old.goto(site.url('demo/'));
  await old.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('hhsrs-toolkit', 1);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('drafts', { keyPath: 'key' });
          for (const name of [
            'housingSchemes',
            'properties',
            'assessments',
            'hazards',
            'actions',
            'evidence',
            'audit',
            'schemePacks',
          ]) {
            db.createObjectStore(name, { keyPath: 'id' });
          }
          db.createObjectStore('settings', { keyPath: 'key' });
          db.createObjectStore('meta', { keyPath: 'key' });
        };
        request.onsuccess = () => {
          window.oldConnection = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const page = await context.newPage();
  await page.goto(site.url('index.html'));
  const banner = page
    .locator('hhsrs-officer-assessment')
    .getByText('An older copy of this tool is open in another tab');
  await banner.waitFor();
  await old.close();
  await address(page).waitFor();
  await address(page).fill('After the upgrade');
  await saveStatus(page).getByText('Saved in this browser').waitFor();
  await context.close();
});

test('storage full: the officer is told, offered Export, and the typed text stays on the page', async () => {
  const { context } = await site.context();
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await openOfficer(context, site.url('index.html'));
  await address(page).fill('3 Full Disk Drive');
  const banner = page.locator('hhsrs-officer-assessment [data-save-failed]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /out of storage space/);
  await banner.getByRole('button', { name: 'Export to file' }).waitFor();
  assert.equal(await address(page).inputValue(), '3 Full Disk Drive');
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export to file' }).click();
  assert.match((await download).suggestedFilename(), /3-full-disk-drive\.json$/);
  await context.close();
});

for (const [name, file] of [
  [
    'a corrupt file',
    {
      name: 'assessment.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"hhsrs-assessment", "hazards": ['),
    },
  ],
  [
    'a file over 5 MB',
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20) },
  ],
]) {
  test(`importing ${name}: the problems are listed and the open assessment is untouched`, async () => {
    const { context } = await site.context();
    const page = await openOfficer(context, site.url('index.html'));
    await address(page).fill('9 Untouched Terrace');
    await saveStatus(page).getByText('Saved in this browser').waitFor();
    await page.locator('hhsrs-officer-assessment #import-file').setInputFiles(file);
    const problems = page.locator('hhsrs-officer-assessment [data-import-problems]');
    await problems.waitFor();
    assert.ok((await problems.locator('li').count()) >= 1, 'at least one problem is listed');
    assert.equal(await address(page).inputValue(), '9 Untouched Terrace');
    await page.reload();
    assert.equal(await address(page).inputValue(), '9 Untouched Terrace');
    await page.locator('hhsrs-officer-assessment details summary').click();
    // The list arrives once there is something to list, as a person opening it would wait for it.
    await page.locator('hhsrs-officer-assessment ul.drafts > li').first().waitFor();
    assert.equal(await page.locator('hhsrs-officer-assessment ul.drafts > li').count(), 1, 'no draft was added');
    await context.close();
  });
}

/** Replaces Date so that "now" is `years` away from the real time, as on a badly set device. */
function skewClock(years) {
  const offset = years * 365.25 * 24 * 3600 * 1000;
  const RealDate = Date;
  class SkewedDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [RealDate.now() + offset]));
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = SkewedDate;
}

test('a device clock far in the past or future: saving still works and no false conflict appears', async () => {
  const { context } = await site.context();
  const page = await openOfficer(context, site.url('index.html'));
  await address(page).fill('Now Street');
  await saveStatus(page).getByText('Saved in this browser').waitFor();
  await page.close();

  for (const [years, text] of [
    [-30, 'Past Street'],
    [50, 'Future Street'],
  ]) {
    const p = await openOfficer(context, site.url('index.html'), [skewClock, years]);
    assert.equal(await p.evaluate(() => new Date().getFullYear()), new Date().getFullYear() + years);
    assert.notEqual(await address(p).inputValue(), '', 'the draft saved under the other clock opens');
    await address(p).fill(text);
    await saveStatus(p).getByText('Saved in this browser').waitFor();
    assert.equal(await p.locator('hhsrs-officer-assessment [data-conflict]').count(), 0);
    await p.reload();
    assert.equal(await address(p).inputValue(), text);
    await p.close();
  }
  await context.close();
});
