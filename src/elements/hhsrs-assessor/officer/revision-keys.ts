// Keys that only finalising and a finalised assessment's page use: they come with that part.

/** Where revision `n` of the assessment stored at `key` is kept: `${storageKey}/${id}@r${n}`. */
export const revisionKey = (key: string, revision: number): string => `${key}@r${revision}`;

/** The key of the assessment a revision was kept from. */
export const currentKeyOf = (key: string): string => key.replace(/@r\d+$/, '');
