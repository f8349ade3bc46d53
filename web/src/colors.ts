// One colour per ACLED event type, shared by markers, the timeline and the legend
// (a qualitative palette that stays distinct for common colour-vision deficiencies: Okabe & Ito).
export const TYPE_COLORS: Record<string, string> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#CC79A7',
  'Violence against civilians': '#E69F00',
  Protests: '#0072B2',
  Riots: '#56B4E9',
  'Strategic developments': '#009E73',
};
export const TYPES = Object.keys(TYPE_COLORS);
export const colorOf = (type: string): string => TYPE_COLORS[type] ?? '#777777';
