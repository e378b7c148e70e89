import { defineOnce } from '../elements/define-once.ts';
import { HhsrsPackMaker } from './pack-maker.ts';

defineOnce('hhsrs-pack-maker', HhsrsPackMaker);

declare global {
  interface HTMLElementTagNameMap {
    'hhsrs-pack-maker': HhsrsPackMaker;
  }
}
