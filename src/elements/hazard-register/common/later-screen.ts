import type { CSSResult, TemplateResult } from 'lit';
import { defineOnce } from '../../define-once.ts';
import type { RegisterContext, Route } from '../context.ts';
import { screenMessages, type ScreenMessages } from '../screens/words.ts';
import { recordStyles } from './record.styles.ts';

/** What a screen after the properties list brings when it arrives: the screens' words and styles, and its view. */
export interface LoadedScreen {
  words: ScreenMessages;
  styles: CSSResult;
  render(route: Route, ctx: RegisterContext): TemplateResult;
}

/**
 * A later screen's module: defines its elements (light-DOM, `data-screen` marks the one that takes focus)
 * and says how a route to it renders.
 */
export function laterScreen<V extends Route['view']>(
  elements: Record<string, CustomElementConstructor>,
  render: (route: Extract<Route, { view: V }>, ctx: RegisterContext) => TemplateResult,
): LoadedScreen {
  for (const [tag, element] of Object.entries(elements)) defineOnce(tag, element);
  return { words: screenMessages, styles: recordStyles, render: render as LoadedScreen['render'] };
}
