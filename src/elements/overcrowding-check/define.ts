import { defineOnce } from '../define-once.ts';
import { OvercrowdingCheck } from './overcrowding-check.ts';

defineOnce('overcrowding-check', OvercrowdingCheck);

declare global {
  interface HTMLElementTagNameMap {
    'overcrowding-check': OvercrowdingCheck;
  }
}
