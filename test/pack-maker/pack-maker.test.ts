import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.ts';
import '../../src/pack-maker/define.ts';
import type { HhsrsPackMaker } from '../../src/pack-maker/pack-maker.ts';
import { expectAccessible } from '../helpers/a11y.ts';
import { deepActiveElement } from '../helpers/keyboard.ts';

const EXAMPLE = '/demo/schemes/example-england-2026-shape.json';
const KEY = 'test-pack-maker';

async function maker() {
  const el = await fixture<HhsrsPackMaker>(
    html`<hhsrs-pack-maker example-src=${EXAMPLE} storage-key=${KEY}></hhsrs-pack-maker>`,
  );
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('#f-id'), 'the form did not show', { timeout: 20000 });
  return { el, root };
}

async function type(el: HhsrsPackMaker, selector: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

describe('<hhsrs-pack-maker>', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  it('starts from the example pack, labelled as example figures, and refuses to download until a worked example agrees', async function () {
    this.timeout(60000);
    const { el, root } = await maker();
    expect(root.textContent).to.contain('These are example figures, not the 2026 tables');
    expect(root.querySelector<HTMLInputElement>('#f-id')!.value).to.equal('example-england-2026-shape');
    expect(root.querySelectorAll('[id^="f-hazards-"][id$="-name"]')).to.have.length(21);
    await expectAccessible(el, 'started from the example');

    button(root, 'Download the pack').click();
    await el.updateComplete;
    expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
    expect(root.querySelector('.error-summary')!.textContent).to.contain('add at least one worked example');

    button(root, 'Add a worked example').click();
    await el.updateComplete;
    // (10000×0 + 1000×10 + 300×21.5 + 10×68.5) ÷ 10 = 1,713.5 → 1,714 under the example's (2005) figures.
    await type(el, '#f-examples-0-likelihood', '10');
    await type(el, '#f-examples-0-spread-0', '0');
    await type(el, '#f-examples-0-spread-1', '10');
    await type(el, '#f-examples-0-spread-2', '21.5');
    await type(el, '#f-examples-0-spread-3', '68.5');
    await type(el, '#f-examples-0-expectedScore', '1700');
    const verdict = () => root.querySelector('[data-example-result]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(verdict()).to.equal('Score under this pack: 1714 Disagrees');
    expect(root.querySelector('.error-summary')!.textContent).to.contain(
      'disagrees: the pack gives 1714, the guidance 1700',
    );
    await expectAccessible(el, 'an example disagrees');

    await type(el, '#f-examples-0-expectedScore', '1714');
    expect(verdict()).to.equal('Score under this pack: 1714 Agrees');
    expect(root.querySelector('.error-summary')).to.equal(null);
  });

  it('shows a mistyped figure inline as it is typed, and the example that it breaks', async function () {
    this.timeout(60000);
    const { el, root } = await maker();
    button(root, 'Add a worked example').click();
    await el.updateComplete;
    for (const [c, v] of ['0', '10', '21.5', '68.5'].entries()) await type(el, `#f-examples-0-spread-${c}`, v);
    await type(el, '#f-examples-0-likelihood', '10');
    await type(el, '#f-examples-0-expectedScore', '1714');
    await type(el, '#f-harmClasses-1-weight', '1OO');
    expect(root.querySelector('#f-harmClasses-1-weight-error')!.textContent).to.contain(
      'must be a number, like 4.6; got "1OO"',
    );
    expect(root.querySelector('#f-harmClasses-1-weight')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('[data-example-result]')!.textContent).to.contain('Not checked yet');
    // Class II weight 100 instead of 1000: (100×10 + 300×21.5 + 10×68.5) ÷ 10 = 813.5 → 814, so it disagrees.
    await type(el, '#f-harmClasses-1-weight', '100');
    expect(root.querySelector('[data-example-result]')!.textContent).to.contain('Disagrees');
    await type(el, '#f-id', 'england-2005');
    expect(root.querySelector('#f-id-error')!.textContent).to.contain('is the id of a built-in scheme');
    await type(el, '#f-coverage-0-from', '2026-06-21');
    expect(root.querySelector('#f-coverage-0-from-error')!.textContent).to.contain('must be 22 June 2026 or later');
    await expectAccessible(el, 'inline errors');
  });

  it('keeps what was typed in this browser: a new page opens with it', async function () {
    this.timeout(60000);
    const first = await maker();
    await type(first.el, '#f-id', 'anytown-england-2026');
    await type(first.el, '#f-likelihoodScale-0-rspr', '6000');
    expect(first.root.querySelector('[role="status"]')!.textContent).to.contain('Saved in this browser');
    first.el.remove();
    const second = await maker();
    expect(second.root.querySelector<HTMLInputElement>('#f-id')!.value).to.equal('anytown-england-2026');
    expect(second.root.querySelector<HTMLInputElement>('#f-likelihoodScale-0-rspr')!.value).to.equal('6000');
  });

  it('opens a pack file to edit it, and refuses a file that is not a pack without changing the form', async function () {
    this.timeout(60000);
    const { el, root } = await maker();
    const choose = async (text: string) => {
      const input = root.querySelector<HTMLInputElement>('#pack-file')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'pack.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    await choose('{"format":"hhsrs-scheme-pack/1"}');
    await waitUntil(() => root.querySelector('[data-open-problems]'), 'the refusal did not show');
    expect(root.querySelector('[data-open-problems]')!.textContent).to.contain('Nothing was changed');
    expect(root.querySelector<HTMLInputElement>('#f-id')!.value).to.equal('example-england-2026-shape');

    const pack = await (await fetch(EXAMPLE)).json();
    const examples = [{ description: 'Example 1', likelihood: 10, spread: [0, 10, 21.5, 68.5], expectedScore: 1714 }];
    await choose(JSON.stringify({ ...pack, id: 'anytown-england-2026', workedExamples: examples }));
    await waitUntil(
      () => root.querySelector<HTMLInputElement>('#f-id')!.value === 'anytown-england-2026',
      'the pack did not open',
    );
    expect(root.querySelector('[data-open-problems]')).to.equal(null);
    expect(root.querySelector('[data-example-result]')!.textContent).to.contain('Agrees');
    await expectAccessible(el, 'opened a pack');
  });
});
