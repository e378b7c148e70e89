// The README's "Element reference", written from custom-elements.json so the two never disagree.
const START = '<!-- element-reference:start -->';
const END = '<!-- element-reference:end -->';

/** The public elements (DESIGN "contract — elements"), in the order a reader meets them. */
const PUBLIC_TAGS = ['hhsrs-assessor', 'overcrowding-check', 'hazard-register'];

export function elementReference(manifest) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  const lines = [
    '## Element reference',
    '',
    'Generated from `custom-elements.json` (shipped as `hhsrs-toolkit/custom-elements.json`) by `npm run manifest`;',
    'edit the JSDoc on the element class, not this section.',
  ];
  for (const tag of PUBLIC_TAGS) {
    const element = elements.find((d) => d.tagName === tag);
    if (!element) continue;
    // The analyzer reads the JSDoc block directly above the class; anything in between detaches it.
    if (!element.summary)
      console.warn(`! <${tag}> has no @summary in custom-elements.json: is its JSDoc directly above the class?`);
    lines.push('', ...describe(element));
  }
  return lines.join('\n');
}

function describe(element) {
  const out = [`### \`<${element.tagName}>\``, ''];
  if (element.summary) out.push(element.summary, '');
  out.push(...table('Attribute', element.attributes, (a) => [code(a.name), a.description]));
  out.push(
    ...table('Property (JavaScript only)', scriptOnlyProperties(element), (p) => [
      code(p.name),
      `${p.readonly ? '(read-only) ' : ''}${p.description}`,
    ]),
  );
  out.push(...table('Event', element.events, (e) => [code(e.name), e.description]));
  out.push(...table('CSS custom property', element.cssProperties, (p) => [code(p.name), p.description]));
  out.push(...table('CSS part', element.cssParts, (p) => [code(`::part(${p.name})`), p.description]));
  out.push(...table('Slot', element.slots, (s) => [s.name ? code(s.name) : '(default)', s.description]));
  return trimBlank(out);
}

/** Public, documented fields with no attribute: set or read from JavaScript (e.g. `repository`). */
function scriptOnlyProperties(element) {
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName));
  return (element.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      m.description &&
      !['private', 'protected'].includes(m.privacy) &&
      !attributeFields.has(m.name),
  );
}

function table(heading, rows, cells) {
  if (!rows?.length) return [];
  return [
    `| ${heading} | Description |`,
    '| --- | --- |',
    ...rows.map((row) => `| ${cells(row).map(cell).join(' | ')} |`),
    '',
  ];
}

const code = (text) => `\`${text}\``;
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

function trimBlank(lines) {
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Replaces what lies between the markers, or appends the markers and the section when they are missing. */
export function replaceBetweenMarkers(readme, section) {
  const block = `${START}\n${section}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) return `${readme.replace(/\s*$/, '')}\n\n${block}\n`;
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}
