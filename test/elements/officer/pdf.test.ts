import { expect } from '@open-wc/testing';
import { pdfText } from '../../helpers/pdf.ts';
import { buttonNamed, downloadedPdf } from './downloads.ts';
import { fillWorkedExample } from './fill.ts';
import { addHazard, choose, freshDatabase, officerFixture, setValue } from './fixture.ts';

describe('<hhsrs-assessor mode="officer"> PDF', () => {
  beforeEach(freshDatabase);

  it('prints the details, each hazard’s inputs, working and justification, the summary and the scheme', async function () {
    this.timeout(30000);
    const { view, root } = await officerFixture();
    await fillWorkedExample(view, root);
    await setValue(root, '#details-address', 'Flat 2 <img src=x onerror=alert(1)>', view);
    await choose(root, '#details-hmo', view);
    await addHazard(root, 'fire', view);
    // (46000 + 10000 + 6450 + 639) / 1800 = 35.05 → 35
    await setValue(root, '#hazard-1-likelihood', '1800', view);
    await choose(root, '#hazard-1-class-4', view);
    await setValue(root, '#hazard-1-spread-1', '4.6', view);
    await setValue(root, '#hazard-1-spread-2', '10', view);
    await setValue(root, '#hazard-1-spread-3', '21.5', view);
    await setValue(
      root,
      '#hazard-1-justification',
      'No smoke alarm on the landing; bedroom doors not fire doors.',
      view,
    );

    const pdf = await downloadedPdf(buttonNamed(root, 'Download PDF'));
    const { text, info } = await pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(info).to.match(/Title:\s+HHSRS assessment/);
    expect(flat).to.contain('Flat 2 <img src=x onerror=alert(1)>');
    expect(flat).to.contain('Wales');
    expect(flat).to.contain('HHSRS 2005');
    expect(flat).to.contain('(10000×0 + 1000×4.6 + 300×21.5 + 10×73.9) ÷ 180 = 65.49 → 65, band G, Category 2');
    expect(flat).to.contain('(10000×4.6 + 1000×10 + 300×21.5 + 10×63.9) ÷ 1800 = 35.05 → 35, band H, Category 2');
    expect(flat).to.contain('Black mould on the bedroom ceiling, 1.5 m²');
    expect(flat).to.contain('No smoke alarm on the landing; bedroom doors not fire doors.');
    expect(flat).to.contain('0 Category 1 and 2 Category 2 hazards');
    expect(flat).to.contain('Consult the fire and rescue authority');
    // Category 2 only: Housing Act 1985 s.265(2) and s.289(2B), each in prescribed cases, on screen and in print.
    const courses = [...root.querySelectorAll('ul.enforcement li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(courses).to.include.members([
      'Demolition order (Housing Act 1985 s.265(2)). Only in prescribed cases.',
      'Clearance area (Housing Act 1985 s.289(2B)). Only in prescribed cases; for an area of such dwellings.',
    ]);
    expect(flat).to.contain('Demolition order (Housing Act 1985 s.265(2)). Only in prescribed cases.');
    expect(flat).to.contain(
      'Clearance area (Housing Act 1985 s.289(2B)). Only in prescribed cases; for an area of such dwellings.',
    );
    expect(flat).to.contain('Scheme england-2005');
    expect(flat, 'a draft never passes for a finalised record').to.contain('Draft: not finalised.');
    // The page itself never turned the address into markup.
    expect(root.querySelector('img')).to.equal(null);
  });
});
