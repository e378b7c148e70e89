import { actionMessages } from './action-messages.ts';
import { formMessages } from './form-messages.ts';
import { hazardMessages } from './hazard-messages.ts';
import { listMessages } from './list-messages.ts';
import { mergeMessages } from './merge-messages.ts';
import { propertyMessages } from './property-messages.ts';
import { reportMessages } from './report-messages.ts';

/** The words of every screen after the properties list: fetched with the first of those screens. */
export const screenMessages = { ...listMessages, ...propertyMessages, ...hazardMessages, ...actionMessages, ...reportMessages, ...mergeMessages, ...formMessages };
export type ScreenMessages = typeof screenMessages;
