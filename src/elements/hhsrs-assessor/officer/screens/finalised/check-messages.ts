import { translator, type Catalogue } from '../../../../i18n.ts';

/** What checking an assessment says is missing, in plain English (GOV.UK style): fetched when first checked. */
export const checkMessages = {
  checkedOk: 'The assessment is complete.',
  errAddress: 'Enter the address of the dwelling',
  errNation: 'Select whether the dwelling is in England or Wales',
  errDate: 'Enter the date the inspection began',
  errOccupiers: 'Enter ages as whole numbers from 0 to 130, separated by commas',
  errLikelihood: (name: string) => `Choose the likelihood for ${name}`,
  errClass: (name: string) => `Choose the most likely class of harm for ${name}`,
  errJustification: (name: string) => `Enter a justification for ${name}: what you saw and where`,
} satisfies Catalogue;

export const checkText = translator(checkMessages, {}, 'en');
