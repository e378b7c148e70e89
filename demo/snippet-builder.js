// The snippet builder: turns the form into the HTML a web editor pastes into a council page. Plain ES module
// for a strict Content Security Policy (no inline code or styles, no eval, no innerHTML): every change to the
// form redraws the code as text, and everything a person typed is escaped for an HTML attribute.

/** What each choice of tool puts on the page. */
export const TOOLS = {
  tenant: { file: 'hhsrs-assessor.js', tag: 'hhsrs-assessor', mode: 'tenant', council: true },
  officer: { file: 'hhsrs-assessor.js', tag: 'hhsrs-assessor', mode: 'officer' },
  overcrowding: { file: 'overcrowding-check.js', tag: 'overcrowding-check', units: true },
  register: { file: 'hazard-register.js', tag: 'hazard-register' },
};

const COUNCIL_FIELDS = ['council-name', 'council-phone', 'council-url', 'council-hours'];

/** Text made safe for a double-quoted HTML attribute value: it can never end the value or start a tag. */
export function escapeAttribute(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A web address for a link or script: http(s), or a path on the same website. Anything else is refused. */
export function checkAddress(value, { folder = false, absoluteOnly = false } = {}) {
  const text = value.trim();
  if (!text) return { error: 'Enter an address' };
  if (/\s/.test(text)) return { error: 'An address cannot contain spaces' };
  let parsed;
  try {
    parsed = new URL(text, 'https://example.invalid/a/b/');
  } catch {
    return { error: 'Enter a web address, like https://www.anytown.gov.uk/page' };
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(text);
  if (scheme && parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { error: 'Enter an address that starts with https://' };
  if (absoluteOnly && !scheme) return { error: 'Enter the full address, starting with https://' };
  if (text.startsWith('//')) return { error: 'Enter an address that starts with https:// or /' };
  return { value: folder && !text.endsWith('/') ? `${text}/` : text };
}

/**
 * The snippet for a set of choices: theme link, script with its integrity hash, and the element.
 * @param {{ tool: keyof TOOLS, units: string, lang: string, council: Record<string, string>, theme: string,
 *   themeUrl: string, cdn: string, storageKey: string }} choice
 * @param {Record<string, string> | undefined} hashes the contents of sri.json
 */
export function buildSnippet(choice, hashes) {
  const tool = TOOLS[choice.tool];
  const attributes = [];
  if (tool.mode) attributes.push(['mode', tool.mode]);
  if (tool.units && choice.units === 'imperial') attributes.push(['units', 'imperial']);
  if (choice.lang === 'cy') attributes.push(['lang', 'cy']);
  if (tool.council)
    for (const name of COUNCIL_FIELDS)
      if (choice.council[name]?.trim()) attributes.push([name, choice.council[name].trim()]);
  if (choice.storageKey.trim()) attributes.push(['storage-key', choice.storageKey.trim()]);

  const lines = [];
  if (choice.theme) lines.push(`<link rel="stylesheet" href="${escapeAttribute(choice.themeUrl)}">`);
  const hash = hashes?.[tool.file];
  const integrity = hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
  lines.push(`<script type="module" src="${escapeAttribute(choice.cdn + tool.file)}"${integrity}></script>`);
  const open = attributes.length
    ? `<${tool.tag}\n${attributes.map(([name, value]) => `  ${name}="${escapeAttribute(value)}"`).join('\n')}>`
    : `<${tool.tag}>`;
  lines.push(`${open}</${tool.tag}>`);
  return lines.join('\n');
}

// ---- The page ----------------------------------------------------------------------------------------------

const form = document.getElementById('builder');
const code = document.getElementById('snippet-code');
const pre = document.getElementById('snippet');
const copy = document.getElementById('copy');
const status = document.getElementById('copy-status');
const field = (id) => document.getElementById(id);
const checked = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
const themeAddress = (name) => new URL(`../themes/${name}.css`, location.href).href;

/** Addresses are checked when a field is left or the form changes, so an error never appears mid-word. */
const touched = new Set();
let hashes;
let hashProblem = '';
/** False until sri.json has been read (or has failed), so the code is never copied without its hashes by mistake. */
let ready = false;

field('cdn-url').value = new URL('../cdn/', location.href).href;

function showError(id, message) {
  const input = field(id);
  const error = field(`${id}-error`);
  const group = input.closest('.form-group');
  const hint = `${id}-hint`;
  error.replaceChildren();
  if (message) {
    const prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = 'Error: ';
    error.append(prefix, message);
  }
  error.hidden = !message;
  group.classList.toggle('form-group--error', Boolean(message));
  input.classList.toggle('input--error', Boolean(message));
  input.setAttribute('aria-invalid', String(Boolean(message)));
  input.setAttribute('aria-describedby', message ? `${hint} ${id}-error` : hint);
}

/** The form's choices, or the errors that stop the code being made. */
function read() {
  const tool = checked('tool');
  const theme = checked('theme');
  const errors = {};
  const cdn = checkAddress(field('cdn-url').value, { folder: true });
  if (cdn.error) errors['cdn-url'] = cdn.error;
  const themeUrl = theme ? checkAddress(field('theme-url').value) : { value: '' };
  if (themeUrl.error) errors['theme-url'] = themeUrl.error;
  const councilUrl = field('council-url').value.trim();
  if (TOOLS[tool].council && councilUrl) {
    const checkedUrl = checkAddress(councilUrl, { absoluteOnly: true });
    if (checkedUrl.error) errors['council-url'] = checkedUrl.error;
  }
  const council = Object.fromEntries(COUNCIL_FIELDS.map((name) => [name, field(name).value]));
  const choice = {
    tool,
    units: checked('units'),
    lang: checked('lang'),
    council,
    theme,
    themeUrl: themeUrl.value,
    cdn: cdn.value,
    storageKey: field('storage-key').value,
  };
  return { choice, errors };
}

function render() {
  const tool = TOOLS[checked('tool')];
  field('units-section').hidden = !tool.units;
  field('council-section').hidden = !tool.council;
  field('theme-url-group').hidden = !checked('theme');

  const { choice, errors } = read();
  const blocking = Object.keys(errors).filter((id) => !field(id).closest('[hidden]'));
  for (const id of ['cdn-url', 'theme-url', 'council-url'])
    showError(id, touched.has(id) && blocking.includes(id) ? errors[id] : undefined);
  pre.classList.toggle('snippet--waiting', blocking.length > 0 || !ready);
  copy.disabled = blocking.length > 0 || !ready;
  if (!ready) {
    code.textContent = 'Making your code…';
  } else if (blocking.length) {
    const names = blocking.map((id) => `“${document.querySelector(`label[for="${id}"]`).textContent}”`).join(' and ');
    code.textContent = `Finish or correct ${names} to see your code.`;
  } else {
    code.textContent = buildSnippet(choice, hashes);
    if (hashProblem) code.textContent += `\n\n<!-- ${hashProblem} -->`;
  }
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', () => {
  status.textContent = '';
  render();
});
form.addEventListener('change', (event) => {
  const target = event.target;
  if (target.name === 'theme' && target.value) field('theme-url').value = themeAddress(target.value);
  if (target.id) touched.add(target.id);
  render();
});
form.addEventListener('focusout', (event) => {
  if (event.target.id) touched.add(event.target.id);
  render();
});

copy.addEventListener('click', async () => {
  const text = code.textContent;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
    await navigator.clipboard.writeText(text);
    status.textContent = 'Code copied. Paste it into your page.';
  } catch {
    // The browser did not allow copying: select the code so the person can copy it themselves.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent =
      'Your browser did not let us copy the code. It is selected: press Ctrl and C (or Command and C on a Mac) to copy it.';
  }
});

async function loadHashes() {
  try {
    const response = await fetch(new URL('../cdn/sri.json', import.meta.url), { cache: 'no-cache' });
    if (!response.ok) throw new Error(String(response.status));
    hashes = await response.json();
  } catch {
    hashProblem =
      'The integrity hashes (cdn/sri.json) could not be read, so this code has no integrity check. Rebuild the toolkit and reload this page.';
  }
  ready = true;
  render();
}

render();
loadHashes();
