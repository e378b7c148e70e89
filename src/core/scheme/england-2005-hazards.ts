import type { Hazard } from './types.ts';

/**
 * Schedule 1 to the HHSRS (England) Regulations 2005 (SI 2005/3208), in its own order and numbering,
 * with the relevant occupier of reg 6(7). The Welsh regulations (SI 2006/1702 (W.164)) list the same 29.
 * Groups follow the Operating Guidance: physiological 1–10, psychological 11–14, infection 15–18, safety 19–29.
 */
export const ENGLAND_2005_HAZARDS: readonly Hazard[] = [
  { number: 1, id: 'damp-and-mould-growth', name: 'Damp and mould growth', group: 'physiological', relevantOccupier: 'Under 15' },
  { number: 2, id: 'excess-cold', name: 'Excess cold', group: 'physiological', relevantOccupier: '65 or over' },
  { number: 3, id: 'excess-heat', name: 'Excess heat', group: 'physiological', relevantOccupier: '65 or over' },
  { number: 4, id: 'asbestos-and-mmf', name: 'Asbestos and manufactured mineral fibres', group: 'physiological', relevantOccupier: 'Any occupier' },
  { number: 5, id: 'biocides', name: 'Biocides', group: 'physiological', relevantOccupier: 'Any occupier' },
  {
    number: 6,
    id: 'carbon-monoxide-and-fuel-combustion-products',
    name: 'Carbon monoxide and fuel combustion products',
    group: 'physiological',
    relevantOccupier: 'Carbon monoxide: 65 or over; nitrogen dioxide, sulphur dioxide and smoke: any occupier',
  },
  { number: 7, id: 'lead', name: 'Lead', group: 'physiological', relevantOccupier: 'Under 3' },
  { number: 8, id: 'radiation', name: 'Radiation', group: 'physiological', relevantOccupier: '60 or over, exposed to radon since birth' },
  { number: 9, id: 'uncombusted-fuel-gas', name: 'Uncombusted fuel gas', group: 'physiological', relevantOccupier: 'Any occupier' },
  { number: 10, id: 'volatile-organic-compounds', name: 'Volatile organic compounds', group: 'physiological', relevantOccupier: 'Any occupier' },
  { number: 11, id: 'crowding-and-space', name: 'Crowding and space', group: 'psychological', relevantOccupier: 'The actual occupier' },
  { number: 12, id: 'entry-by-intruders', name: 'Entry by intruders', group: 'psychological', relevantOccupier: 'Any occupier' },
  { number: 13, id: 'lighting', name: 'Lighting', group: 'psychological', relevantOccupier: 'Any occupier' },
  { number: 14, id: 'noise', name: 'Noise', group: 'psychological', relevantOccupier: 'Any occupier' },
  { number: 15, id: 'domestic-hygiene-pests-and-refuse', name: 'Domestic hygiene, pests and refuse', group: 'infection', relevantOccupier: 'Any occupier' },
  { number: 16, id: 'food-safety', name: 'Food safety', group: 'infection', relevantOccupier: 'Any occupier' },
  {
    number: 17,
    id: 'personal-hygiene-sanitation-and-drainage',
    name: 'Personal hygiene, sanitation and drainage',
    group: 'infection',
    relevantOccupier: 'Under 5',
  },
  { number: 18, id: 'water-supply', name: 'Water supply', group: 'infection', relevantOccupier: 'Any occupier' },
  { number: 19, id: 'falls-associated-with-baths', name: 'Falls associated with baths etc.', group: 'safety', relevantOccupier: '60 or over' },
  { number: 20, id: 'falling-on-level-surfaces', name: 'Falling on level surfaces etc.', group: 'safety', relevantOccupier: '60 or over' },
  { number: 21, id: 'falling-on-stairs', name: 'Falling on stairs etc.', group: 'safety', relevantOccupier: '60 or over' },
  { number: 22, id: 'falling-between-levels', name: 'Falling between levels', group: 'safety', relevantOccupier: 'Under 5' },
  { number: 23, id: 'electrical-hazards', name: 'Electrical hazards', group: 'safety', relevantOccupier: 'Under 5' },
  { number: 24, id: 'fire', name: 'Fire', group: 'safety', relevantOccupier: '60 or over' },
  { number: 25, id: 'flames-and-hot-surfaces', name: 'Flames, hot surfaces etc.', group: 'safety', relevantOccupier: 'Under 5' },
  {
    number: 26,
    id: 'collision-and-entrapment',
    name: 'Collision and entrapment',
    group: 'safety',
    relevantOccupier: 'Under 5; for collision with low architectural features, 16 or over',
  },
  { number: 27, id: 'explosions', name: 'Explosions', group: 'safety', relevantOccupier: 'Any occupier' },
  {
    number: 28,
    id: 'position-and-operability-of-amenities',
    name: 'Position and operability of amenities etc.',
    group: 'safety',
    relevantOccupier: '60 or over',
  },
  {
    number: 29,
    id: 'structural-collapse-and-falling-elements',
    name: 'Structural collapse and falling elements',
    group: 'safety',
    relevantOccupier: 'Any occupier',
  },
];
