import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { deepActiveElement } from '../../helpers/keyboard.ts';
import { expectAccessible } from '../../helpers/a11y.ts';
import {
  all,
  button,
  click,
  fillHousehold,
  freshDatabase,
  overcrowdingFixture,
  personControls,
  q,
  roomControls,
  setValue,
} from './fixture.ts';

const errorFor = (root: ShadowRoot, control: HTMLElement) =>
  root.getElementById(`${control.id}-error`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<overcrowding-check> bad input', () => {
  beforeEach(freshDatabase);

  it('shows each problem beside its field and in an error summary that takes focus, keeping what was typed', async function () {
    this.timeout(30000);
    const { el, root } = await overcrowdingFixture();
    let lastResult: unknown = 'none sent';
    el.addEventListener('hhsrs-overcrowding-change', (event) => (lastResult = event.result));
    await fillHousehold(
      el,
      root,
      [
        { name: 'Amy', age: '-1', sex: 'female' },
        { name: 'Ben', age: '131', sex: 'male' },
        { name: 'Cal', age: 'ten', sex: 'male' },
      ],
      [
        { name: 'Attic', use: 'bedroom', area: '-5' },
        { name: 'Hall', use: 'other', area: '1001' },
        { name: 'Box room', use: 'bedroom', length: '3', width: 'wide' },
      ],
    );
    expect(root.querySelector('.error-summary')).to.equal(null, 'no summary before the user asks for the result');
    await click(el, button(root, 'Check overcrowding'));
    await waitUntil(
      () => deepActiveElement()?.classList.contains('error-summary'),
      'the error summary did not take focus',
    );

    const summary = all(root, '.error-summary li').map((li) => li.textContent?.trim());
    expect(summary).to.deep.equal([
      'Amy’s age must be 0 or more',
      'Ben’s age must be 130 or less',
      'Cal’s age must be a number, like 34, or 0 for a baby under 1',
      'The floor area of Attic must be more than 0',
      'The floor area of Hall must be 1,000 m² or less',
      'The width of Box room must be a number, like 12.5',
    ]);
    const amy = personControls(root, 0);
    expect(errorFor(root, amy.age)).to.equal('Error: Amy’s age must be 0 or more');
    expect(amy.age.getAttribute('aria-invalid')).to.equal('true');
    expect(amy.age.getAttribute('aria-describedby')).to.contain(`${amy.age.id}-error`);
    expect(amy.age.closest('.form-group')!.classList.contains('form-group--error')).to.equal(true);
    expect(errorFor(root, roomControls(root, 2).width)).to.equal(
      'Error: The width of Box room must be a number, like 12.5',
    );

    // Nothing typed is lost: the wrong values stay in the fields to be corrected.
    expect([0, 1, 2].map((n) => personControls(root, n).age.value)).to.deep.equal(['-1', '131', 'ten']);
    expect(roomControls(root, 0).area.value).to.equal('-5');
    expect(roomControls(root, 2).width.value).to.equal('wide');
    expect(el.result).to.equal(null);
    expect(lastResult).to.equal('none sent', 'no result is announced from invalid input');
    await expectAccessible(el, 'errors');
  });

  it('moves focus to the field when an error summary link is followed', async () => {
    const { el, root } = await overcrowdingFixture();
    await fillHousehold(
      el,
      root,
      [{ name: 'Dev', age: '', sex: 'male' }],
      [{ name: 'Bedroom', use: 'bedroom', area: '9' }],
    );
    await click(el, button(root, 'Check overcrowding'));
    const link = q<HTMLAnchorElement>(root, '.error-summary a');
    expect(link.textContent).to.equal('Enter Dev’s age');
    link.click();
    expect(deepActiveElement()).to.equal(personControls(root, 0).age);
  });

  it('asks for at least one person and one room', async () => {
    const { el, root } = await overcrowdingFixture();
    await click(el, button(root, 'Check overcrowding'));
    expect(all(root, '.error-summary a').map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Add at least one person who lives in the home', '#add-person'],
      ['Add at least one room', '#add-room'],
    ]);
  });

  it('says so at once when a partner is removed from the list, and keeps the rest', async () => {
    const { el, root } = await overcrowdingFixture();
    await click(el, button(root, 'Add a couple'));
    expect(personControls(root, 0).partner.selectedOptions[0]?.textContent).to.equal('Adult 2');
    await setValue(el, personControls(root, 0).age, '40');
    await click(el, button(root, 'Remove Adult 2'));
    const adult = personControls(root, 0);
    expect(adult.partner.selectedOptions[0]?.textContent).to.equal('Someone who is no longer listed');
    expect(errorFor(root, adult.partner)).to.equal(
      'Error: The partner chosen for Adult 1 is no longer listed. Choose their partner again, or choose "Not part of a couple here"',
    );
    expect(adult.age.value).to.equal('40');
    await setValue(el, adult.partner, '');
    expect(errorFor(root, personControls(root, 0).partner)).to.equal(undefined);
  });

  it('refuses more floor under a low ceiling than the room has (HMO)', async () => {
    const { el, root } = await overcrowdingFixture();
    await click(el, q(root, '#hmo'));
    await fillHousehold(
      el,
      root,
      [{ name: 'Eve', age: '25', sex: 'female' }],
      [{ name: 'Attic', use: 'bedroom', area: '8', lowCeiling: '8.5' }],
    );
    await click(el, button(root, 'Check overcrowding'));
    expect(errorFor(root, roomControls(root, 0).lowCeiling)).to.equal(
      'Error: The floor under a low ceiling in Attic cannot be more than the room’s floor area, which is 8 m²',
    );
  });

  it('gives the floor area exactly as typed when refusing a low ceiling: 110 sq ft, not 10.219334400000001 m²', async () => {
    const { el, root } = await overcrowdingFixture({ units: 'imperial' });
    await click(el, q(root, '#hmo'));
    await fillHousehold(
      el,
      root,
      [{ name: 'Eve', age: '25', sex: 'female' }],
      [{ name: 'Attic', use: 'bedroom', area: '110' }],
    );
    await click(el, q(root, '#units-metric'));
    // 10.22 m² is more than 110 sq ft (10.2193344 m²) by a hair.
    await setValue(el, roomControls(root, 0).lowCeiling, '10.22');
    await click(el, button(root, 'Check overcrowding'));
    expect(errorFor(root, roomControls(root, 0).lowCeiling)).to.equal(
      'Error: The floor under a low ceiling in Attic cannot be more than the room’s floor area, which is 110 sq ft',
    );
    await setValue(el, roomControls(root, 0).lowCeiling, '10.2193344');
    expect(errorFor(root, roomControls(root, 0).lowCeiling)).to.equal(
      undefined,
      'the whole floor may be under a low ceiling',
    );
  });
});
