import { deleteDB } from 'idb';
import { DATABASE_NAME, openDatabase, type Database } from '../../../src/storage/database.ts';
import { clearPendingUnder } from '../../../src/storage/drafts/pending.ts';
import { IdbRegisterRepository } from '../../../src/storage/register/idb-repository.ts';
import type { RecordInput } from '../../../src/storage/register/repository.ts';

/**
 * Register test data: a repository on a fresh database (with no form values kept from an earlier test) and a
 * clock the test sets, ticking 1 ms per use. `otherTab` is a second repository on its own connection to the
 * same database, as another tab of the page has.
 */
export async function freshRegister(storageKey = 'hazard-register', start = '2026-03-02T09:00:00.000Z') {
  await deleteDB(DATABASE_NAME);
  // Registers restored in earlier tests each have a database of their own.
  for (const { name } of await indexedDB.databases())
    if (name?.startsWith(`${DATABASE_NAME}-register-`)) await deleteDB(name);
  clearPendingUnder(storageKey);
  let connection: Promise<Database> | undefined;
  let otherConnection: Promise<Database> | undefined;
  const connect = () => (connection ??= openDatabase(() => (connection = undefined)));
  const connectOther = () => (otherConnection ??= openDatabase(() => (otherConnection = undefined)));
  const clock = { now: new Date(start) };
  const tick = () => {
    const now = clock.now;
    clock.now = new Date(now.getTime() + 1);
    return now;
  };
  const repository = new IdbRegisterRepository(connect, storageKey, tick);
  const otherTab = new IdbRegisterRepository(connectOther, storageKey, tick);
  const close = async () => {
    (await connection)?.close();
    (await otherConnection)?.close();
  };
  return { repository, otherTab, clock, close };
}

export const propertyInput = (
  reference: string,
  change: Partial<RecordInput<'properties'>> = {},
): RecordInput<'properties'> => ({
  housingSchemeId: null,
  reference,
  addressLine1: `${reference.replace(/\D/g, '') || '1'} Mill Lane`,
  addressLine2: '',
  town: 'Leeds',
  postcode: 'LS6 2AB',
  landlordType: 'social',
  nation: 'england',
  nextInspectionDate: null,
  notes: '',
  ...change,
});

export const hazardInput = (
  propertyId: string,
  change: Partial<RecordInput<'hazards'>> = {},
): RecordInput<'hazards'> => ({
  propertyId,
  assessmentId: null,
  hazardId: 'damp-and-mould-growth',
  location: 'Back bedroom',
  description: 'Black mould on the outside wall',
  foundOn: '2026-03-02',
  reportedBy: 'inspection',
  likelihood: null,
  spread: null,
  score: 1714,
  band: 'C',
  category: 1,
  status: 'open',
  escalatedOn: null,
  resolvedOn: null,
  awaabs: null,
  investigationEndedOn: null,
  ...change,
});

export const actionInput = (
  propertyId: string,
  hazardId: string,
  change: Partial<RecordInput<'actions'>> = {},
): RecordInput<'actions'> => ({
  propertyId,
  hazardId,
  description: 'Treat mould and fit extractor fan',
  assignee: 'Sam Patel',
  contractor: 'Dry Homes Ltd',
  costPence: 45000,
  raisedOn: '2026-03-02',
  targetDate: '2026-03-30',
  completedOn: null,
  outcome: '',
  state: 'open',
  notice: null,
  ...change,
});

/** A real PNG, drawn on a canvas. */
export function pngFile(name = 'mould.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 24;
  canvas.height = 16;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#2b8cc4';
  context.fillRect(0, 0, 24, 16);
  return new Promise((resolve) =>
    canvas.toBlob((blob) => resolve(new File([blob!], name, { type: 'image/png' })), 'image/png'),
  );
}

/** A small real PDF: a contractor's invoice. */
export const INVOICE_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

export const invoiceFile = (name = 'invoice-1043.pdf') => new File([INVOICE_PDF], name, { type: 'application/pdf' });
