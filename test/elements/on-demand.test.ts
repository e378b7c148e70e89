import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.ts';
import { LitElement } from 'lit';
import { OnDemand } from '../../src/elements/controllers/on-demand.ts';

/** A host with one part fetched on demand; `attempts` counts fetches, and the first `failures` of them fail. */
class OnDemandHost extends LitElement {
  attempts = 0;
  failures = 0;
  readonly extra = new OnDemand(this, async () => {
    this.attempts += 1;
    if (this.attempts <= this.failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { words: 'the part has arrived' };
  });
  override render() {
    return this.extra.get() ? html`<p>${this.extra.module?.words}</p>` : this.extra.placeholder();
  }
}
customElements.define('on-demand-host-test', OnDemandHost);

describe('A part of an element loaded on demand', () => {
  it('says it is loading, then shows the part, fetching it once however often the host renders', async () => {
    const host = await fixture<OnDemandHost>(html`<on-demand-host-test></on-demand-host-test>`);
    await waitUntil(() => host.shadowRoot?.textContent?.includes('the part has arrived'), 'the part never showed');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.attempts).to.equal(1);
  });

  it('tells the user when the part cannot load, and loads it when they try again', async () => {
    const host = document.createElement('on-demand-host-test') as OnDemandHost;
    host.failures = 1;
    document.body.append(host);
    await waitUntil(() => host.shadowRoot?.querySelector('[role="alert"]'), 'no failure message');
    expect(host.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.include('could not load');
    host.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click();
    await waitUntil(
      () => host.shadowRoot?.textContent?.includes('the part has arrived'),
      'the retry did not load the part',
    );
    expect(host.attempts).to.equal(2);
    host.remove();
  });
});
