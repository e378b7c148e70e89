import { css } from 'lit';

/** GOV.UK content patterns: headings, buttons, summary lists, tags, panels, banners, print. */
export const contentStyles = css`
  /* A long unbroken string (a fingerprint, a reference, a file name) wraps rather than widen the page. */
  :host { overflow-wrap: break-word; }
  h1, h2, h3, h4 { margin: 0 0 1rem; line-height: 1.15; font-weight: 700; }
  h1 { font-size: 2rem; }
  h2 { font-size: 1.5rem; margin-top: 1.5rem; }
  h3 { font-size: 1.1875rem; margin-top: 1rem; }
  p { margin: 0 0 1rem; }
  .secondary { color: var(--_secondary); }
  .small { font-size: 1rem; }
  a, .link {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.1em;
    background: none;
    border: 0;
    padding: 0;
    font: inherit;
    cursor: pointer;
  }
  a:focus, .link:focus, summary:focus {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .button {
    display: inline-block;
    min-height: 2.5rem;
    margin: 0 0.75rem 1rem 0;
    padding: 0.45rem 0.7rem;
    border: 2px solid transparent;
    border-radius: 0;
    box-shadow: 0 2px 0 #002d18;
    color: var(--_button-text);
    background: var(--_button);
    font: inherit;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }
  .button--secondary { color: var(--_text); background: var(--_panel); box-shadow: 0 2px 0 #929191; }
  .button--warning { color: #fff; background: var(--_error); box-shadow: 0 2px 0 #55150b; }
  .button:focus {
    outline: 3px solid transparent;
    border-color: var(--_focus);
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus), 0 2px 0 var(--_focus-text);
  }
  .button[disabled] { opacity: 0.5; cursor: not-allowed; }
  .button-group { display: flex; flex-wrap: wrap; align-items: center; }
  .summary-list { margin: 0 0 1.5rem; }
  .summary-list > div {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-list dt { font-weight: 700; }
  .summary-list dd { margin: 0; overflow-wrap: anywhere; }
  .tag {
    display: inline-block;
    padding: 0.15rem 0.4rem;
    border: 2px solid currentColor;
    font-weight: 700;
    font-size: 1rem;
    letter-spacing: 0.02em;
  }
  .tag--cat1 { color: #942514; background: #f4cdc6; }
  .tag--cat2 { color: #0c2d4a; background: #bbd4ea; }
  .tag--grey { color: #383f43; background: #e5e6e7; }
  .tag--green { color: #005a30; background: #cce2d8; }
  .inset { margin: 1rem 0; padding: 0.75rem 1rem; border-left: 10px solid var(--_border); }
  .panel { margin: 0 0 1.5rem; padding: 1rem; background: var(--_panel); }
  .warning-text { display: flex; gap: 0.75rem; align-items: flex-start; font-weight: 700; margin: 0 0 1rem; }
  .warning-text::before {
    content: '!';
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    color: #fff;
    background: var(--_text);
    font-size: 1.5rem;
  }
  .banner { margin: 0 0 1.5rem; border: 5px solid var(--_accent); }
  .banner__title { margin: 0; padding: 0.2rem 1rem; color: #fff; background: var(--_accent); font-weight: 700; }
  .banner__body { padding: 1rem; }
  .banner--success { border-color: var(--_success); }
  .banner--success .banner__title { background: var(--_success); }
  .banner--error { border-color: var(--_error); }
  .banner--error .banner__title { background: var(--_error); }
  .status-line { color: var(--_secondary); font-size: 1rem; min-height: 1.5em; }
  details { margin: 0 0 1rem; }
  summary { color: var(--_link); cursor: pointer; text-decoration: underline; }
  @media (max-width: 40rem) {
    h1 { font-size: 1.6rem; }
    .summary-list > div { grid-template-columns: 1fr; }
    .button { width: 100%; margin-right: 0; }
  }
  @media print {
    :host { font-size: 11pt; }
    .no-print, .button, button { display: none !important; }
    .tag { border-width: 1px; }
    a { color: inherit; }
  }
`;
