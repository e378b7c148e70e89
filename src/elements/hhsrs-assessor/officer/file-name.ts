/** A file name from an address or title: lower case, hyphens for anything else, at most 60 characters. */
export function fileNameFrom(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'assessment';
}
