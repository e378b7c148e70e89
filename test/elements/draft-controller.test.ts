import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DraftController } from '../../src/elements/controllers/draft-controller.ts';
import { MemoryRepository } from '../../src/storage/memory-repository.ts';

/** The smallest host: one text value saved as a draft. */
class DraftHost extends LitElement {
  readonly draft = new DraftController<string>(this, { kind: 'note', schemaVersion: 1, title: (v) => v, revive: (v) => (typeof v === 'string' ? v : undefined) });
  override render() {
    return html`${this.draft.value}`;
  }
}
customElements.define('draft-host-test', DraftHost);

async function twoTabs() {
  const repository = new MemoryRepository();
  const a = await fixture<DraftHost>(html`<draft-host-test></draft-host-test>`);
  const b = await fixture<DraftHost>(html`<draft-host-test></draft-host-test>`);
  for (const tab of [a, b]) {
    await tab.draft.connect(repository);
    await tab.draft.open('notes/current', '');
  }
  return { a, b, repository };
}

describe('DraftController across tabs', () => {
  it('notices another tab saving a draft this tab has never saved', async () => {
    const { a, b } = await twoTabs();
    b.draft.update('typed in B');
    a.draft.update('typed in A');
    await a.draft.flush();
    await waitUntil(() => b.draft.status === 'conflict', 'B was not told', { timeout: 3000 });
  });

  it('on the user’s word, saves this tab’s version over the other, losing neither silently', async () => {
    const { a, b, repository } = await twoTabs();
    a.draft.update('from A');
    await a.draft.flush();
    b.draft.update('from B');
    await b.draft.flush();
    expect(b.draft.status).to.equal('conflict');
    expect((await repository.getDraft('notes/current'))?.value).to.equal('from A');
    await b.draft.overwriteWithMine();
    expect(b.draft.status).to.equal('saved');
    expect((await repository.getDraft('notes/current'))?.value).to.equal('from B');
  });
});
