/**
 * Registers a custom element unless the tag is taken — by an earlier load of this script, or by another
 * version of the toolkit on the same page — so a CMS that includes the snippet twice never throws.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
