import { HAZARDS } from '../../../core/index.ts';

// Apart from format.ts, so the properties list (which names no hazard) opens without the scheme's hazard list.

/** "Damp and mould growth", from a hazard id. */
export function hazardName(id: string): string {
  return HAZARDS.find((hazard) => hazard.id === id)?.name ?? id;
}
