import { html, nothing } from 'lit';
import type { Scheme } from '../../../core/index.ts';

/** Which scheme scores the hazards, and a warning when it is an example pack: said once a scheme is chosen. */
export function schemeInUse(scheme: Scheme) {
  return html`<p data-scheme=${scheme.id}>Scored under ${scheme.name} (${scheme.source}).</p>
    ${scheme.example ? html`<p class="warning-text">This is an example scheme pack, not official figures. Do not use it for enforcement.</p>` : nothing}`;
}
