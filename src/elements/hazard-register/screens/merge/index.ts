import { html } from 'lit';
import { laterScreen } from '../../common/later-screen.ts';
import { RegisterMergeView } from './merge-view.ts';

/** Merging another device's backup into this register, conflict by conflict. */
export const screen = laterScreen<'merge'>(
  { 'hhsrs-register-merge': RegisterMergeView },
  (_route, ctx) => html`<hhsrs-register-merge data-screen .ctx=${ctx}></hhsrs-register-merge>`,
);
