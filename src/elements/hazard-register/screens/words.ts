import { actionMessages } from './action-form/words.ts';
import { formMessages } from '../common/form-words.ts';
import { hazardMessages } from './hazard/words.ts';
import { listMessages } from './lists/words.ts';
import { mergeMessages } from './merge/words.ts';
import { propertyMessages } from './property/words.ts';
import { reportMessages } from './report/words.ts';

/** The words of every screen after the properties list: fetched with the first of those screens. */
export const screenMessages = {
  ...listMessages,
  ...propertyMessages,
  ...hazardMessages,
  ...actionMessages,
  ...reportMessages,
  ...mergeMessages,
  ...formMessages,
};
export type ScreenMessages = typeof screenMessages;
