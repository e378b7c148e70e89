import { html, nothing, type TemplateResult } from 'lit';
import { daysBetween } from '../../core/register/index.ts';
import { ukDateOf } from '../../core/uk-time.ts';
import type { Route } from './context.ts';
import type { ShellMessages } from './messages.ts';
import { SCREENS, type MenuView } from './screens.ts';

/** The parts around every screen: the menu, the problem banner, the backup reminder, the name prompt. */

const MENU: readonly (readonly [MenuView, keyof ShellMessages])[] = [
  ['properties', 'navProperties'],
  ['hazards', 'navHazards'],
  ['actions', 'navActions'],
  ['report', 'navReport'],
  ['data', 'navData'],
  ['settings', 'navSettings'],
];

export function navigation(m: ShellMessages, route: Route, go: (route: Route) => void): TemplateResult {
  const current = SCREENS[route.view].under;
  return html`<nav class="service-nav no-print" aria-label=${m.navLabel} part="navigation">
    <ul>
      ${MENU.map(
        ([view, label]) => html`<li>
        <button type="button" class="link service-nav__link" aria-current=${view === current ? 'page' : 'false'}
          @click=${() => go({ view } as Route)}>${m[label] as string}</button>
      </li>`,
      )}
    </ul>
  </nav>`;
}

export function errorBanner(m: ShellMessages, problem: string | undefined): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<div class="banner banner--error" role="alert" aria-labelledby="register-problem-title" part="banner">
    <p class="banner__title" id="register-problem-title">${m.problemTitle}</p>
    <div class="banner__body"><p>${problem}</p></div>
  </div>`;
}

/** The days before a backup reminder shows. */
export const EXPORT_REMINDER_DAYS = 30;

export function exportReminder(
  m: ShellMessages,
  lastExport: string | null,
  today: string,
  open: () => void,
): TemplateResult | typeof nothing {
  const days = lastExport === null ? null : daysBetween(ukDateOf(Date.parse(lastExport)), today);
  if (days !== null && days < EXPORT_REMINDER_DAYS) return nothing;
  return html`<div class="banner no-print" role="region" aria-labelledby="backup-reminder-title" part="banner">
    <p class="banner__title" id="backup-reminder-title">${m.backupReminderTitle}</p>
    <div class="banner__body">
      <p>${days === null ? m.backupNever : m.backupDays(days)}</p>
      <button type="button" class="link" @click=${open}>${m.backupGoThere}</button>
    </div>
  </div>`;
}

/** `landmark` is the screen's role: `main` only where the page has no main landmark of its own. */
export function whoForm(
  m: ShellMessages,
  save: (name: string) => void,
  landmark: 'main' | undefined,
  initial = '',
): TemplateResult {
  return html`<div class="screen" part="screen" role=${landmark ?? nothing}><hhsrs-register-who data-screen .m=${m} .onSave=${save} initial=${initial}></hhsrs-register-who></div>`;
}
