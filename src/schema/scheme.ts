import { z } from './zod.ts';

const isoDate = z.iso.date();
const text = z.string().check(z.minLength(1));
const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
// JSON has no Infinity: an open-ended row (the top band, "less likely than 1 in 4200") is written null.
const bound = z.nullable(finite);

const hazard = z.object({
  number: z.int().check(z.gte(1)),
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')),
  name: text,
  group: z.enum(['physiological', 'psychological', 'infection', 'safety']),
  relevantOccupier: text,
  replaces: z.optional(z.array(z.int().check(z.gte(1), z.lte(29)))),
});

/** The JSON form of a scheme pack (FACTS §7). `format` versions the file layout itself. */
export const schemePackSchema = z
  .object({
    format: z.literal('hhsrs-scheme-pack/1'),
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')),
    version: text,
    name: text,
    source: text,
    example: z.boolean(),
    coverage: z
      .array(z.object({ nation: z.enum(['england', 'wales']), from: isoDate, until: z.nullable(isoDate) }))
      .check(z.minLength(1)),
    hazards: z.array(hazard).check(z.minLength(1)),
    likelihoodScale: z
      .array(z.object({ rspr: finite.check(z.gt(0)), from: finite.check(z.gte(1)), to: bound }))
      .check(z.minLength(2)),
    spreadScale: z
      .array(
        z.object({
          rsppr: finite.check(z.gte(0), z.lte(100)),
          from: finite.check(z.gte(0)),
          to: finite.check(z.lte(100)),
        }),
      )
      .check(z.minLength(2)),
    harmClasses: z
      .array(
        z.object({
          harmClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
          name: text,
          weight: finite.check(z.gt(0)),
          examples: z.string(),
        }),
      )
      .check(z.length(4)),
    bands: z.array(z.object({ band: text, min: finite.check(z.gte(0)), max: bound })).check(z.minLength(1)),
    category1Bands: z.array(text),
    prescribedFireHazards: z.array(text),
  })
  .check(
    z.superRefine((pack, ctx) =>
      consistency(pack).forEach((p) => ctx.addIssue({ code: 'custom', message: p.message, path: p.path })),
    ),
  );

export type SchemePack = z.infer<typeof schemePackSchema>;

function consistency(pack: SchemePack): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const seen = (values: readonly unknown[], field: string, key: string) =>
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index)
        problems.push({ path: [field, index, key], message: `repeats ${JSON.stringify(value)}` });
    });
  seen(
    pack.hazards.map((h) => h.id),
    'hazards',
    'id',
  );
  seen(
    pack.hazards.map((h) => h.number),
    'hazards',
    'number',
  );
  pack.harmClasses.forEach((harm, index) => {
    if (harm.harmClass !== index + 1)
      problems.push({
        path: ['harmClasses', index, 'harmClass'],
        message: `must be ${index + 1} (classes in order I to IV)`,
      });
  });
  pack.likelihoodScale.forEach((row, index) => {
    const next = pack.likelihoodScale[index + 1];
    if (next && next.rspr >= row.rspr)
      problems.push({
        path: ['likelihoodScale', index + 1, 'rspr'],
        message: 'must be smaller than the row before (most unlikely first)',
      });
  });
  pack.spreadScale.forEach((row, index) => {
    const next = pack.spreadScale[index + 1];
    if (next && next.rsppr <= row.rsppr)
      problems.push({ path: ['spreadScale', index + 1, 'rsppr'], message: 'must be larger than the row before' });
  });
  pack.bands.forEach((row, index) => {
    const next = pack.bands[index + 1];
    if (next && next.min >= row.min)
      problems.push({
        path: ['bands', index + 1, 'min'],
        message: 'must be lower than the band before (highest band first)',
      });
  });
  const last = pack.bands[pack.bands.length - 1];
  if (last && last.min !== 0)
    problems.push({
      path: ['bands', pack.bands.length - 1, 'min'],
      message: 'the lowest band must start at 0 so every score has a band',
    });
  const bandNames = pack.bands.map((b) => b.band);
  pack.category1Bands.forEach((band, index) => {
    if (!bandNames.includes(band))
      problems.push({ path: ['category1Bands', index], message: `names a band the pack does not have: ${band}` });
  });
  const ids = pack.hazards.map((h) => h.id);
  pack.prescribedFireHazards.forEach((id, index) => {
    if (!ids.includes(id))
      problems.push({
        path: ['prescribedFireHazards', index],
        message: `names a hazard the pack does not have: ${id}`,
      });
  });
  return problems;
}
