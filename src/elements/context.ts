import { createContext } from '@lit/context';
import type { DraftRepository } from '../storage/repository.ts';

/** A page (or a story) can provide one repository to every element below it; otherwise each opens the default. */
export const repositoryContext = createContext<DraftRepository | undefined>(Symbol.for('hhsrs-repository'));
