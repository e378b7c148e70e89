// The CDN build drops indentation inside Lit templates only: other strings (a letter copied as text, CSV lines)
// keep every space, and each template keeps its newlines so source maps still point at the right lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { templateWhitespace } from '../../scripts/build/template-whitespace.mjs';

const transform = (code) => templateWhitespace().transform(code, '/repo/src/elements/example.ts')?.code ?? code;

test('drops indentation inside html`…` and css`…`, keeping newlines and expressions', () => {
  const code = [
    'const styles = css`',
    '    .a { color: red; }',
    '',
    '    .b { margin: 0; }`;',
    'const view = (x) => html`',
    '      <p class="a">',
    '        ${x ? html`',
    '            <b>${x}</b>` : nothing}',
    '      </p>`;',
  ].join('\n');
  assert.equal(
    transform(code),
    [
      'const styles = css`',
      '.a { color: red; }',
      '.b { margin: 0; }`;',
      'const view = (x) => html`',
      '<p class="a">',
      '${x ? html`',
      '<b>${x}</b>` : nothing}',
      '</p>`;',
    ].join('\n'),
  );
});

test('leaves untagged templates, other tags and ordinary strings exactly as written', () => {
  const code = [
    'const letter = `Dear landlord,',
    '    I am writing about damp.`;',
    "const csv = 'a,b\\n    c';",
    'const sql = other`',
    '    keep`;',
  ].join('\n');
  assert.equal(transform(code), code);
});

test('only touches the toolkit’s own TypeScript sources', () => {
  const code = 'const v = html`\n    <p></p>`;';
  assert.equal(templateWhitespace().transform(code, '/repo/node_modules/lit/index.js'), null);
});
