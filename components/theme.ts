/**
 * Colours shared by the timeline, the graph and their legends, so a side is
 * the same colour everywhere. Chosen to stay apart for common colour-vision
 * deficiencies (blue / vermilion / green / purple / ochre / grey, after
 * Okabe–Ito) and to keep 4.5:1 contrast as text on the page background.
 */
import type { Side } from '@/lib/timeline-model';

export const SIDE_COLORS: Record<Side, string> = {
  us: '#1f5fa8',
  cn: '#b8401a',
  'other-states': '#1d7a55',
  media: '#7a4a9e',
  companies: '#8a6100',
  other: '#59606b',
};

/** Colour of a country code in the graph (falls back to the neutral grey). */
export function countryColor(country: string | null): string {
  if (country === 'US') return SIDE_COLORS.us;
  if (country === 'CN') return SIDE_COLORS.cn;
  if (country) return SIDE_COLORS['other-states'];
  return SIDE_COLORS.other;
}

export const INK = '#1b2027';
export const MUTED = '#5b6470';
export const PAPER = '#fbfaf7';
export const HIGHLIGHT = '#f2c230';
