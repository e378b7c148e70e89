import { css } from 'lit';

/**
 * Public custom properties (`--hhsrs-*`) with GOV.UK Design System colours by default; private ones (`--_*`)
 * read them once so every rule below has a fallback. Councils theme by setting the public ones on the host.
 */
export const tokenStyles = css`
  :host {
    --_text: var(--hhsrs-text-colour, #0b0c0c);
    --_secondary: var(--hhsrs-secondary-text-colour, #505a5f);
    --_link: var(--hhsrs-link-colour, #1d70b8);
    --_accent: var(--hhsrs-accent, #1d70b8);
    --_focus: var(--hhsrs-focus-colour, #ffdd00);
    --_focus-text: var(--hhsrs-focus-text-colour, #0b0c0c);
    --_error: var(--hhsrs-error-colour, #d4351c);
    --_success: var(--hhsrs-success-colour, #00703c);
    --_border: var(--hhsrs-border-colour, #b1b4b6);
    --_input-border: var(--hhsrs-input-border-colour, #0b0c0c);
    --_surface: var(--hhsrs-background, #ffffff);
    --_panel: var(--hhsrs-panel-background, #f3f2f1);
    --_button: var(--hhsrs-button-colour, #00703c);
    --_button-text: var(--hhsrs-button-text-colour, #ffffff);
    --_font: var(--hhsrs-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    display: block;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: 1.1875rem;
    line-height: 1.32;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;
