// The font of every PNG the build draws: Inter (SIL Open Font Licence 1.1, see src/pictures/fonts/OFL.txt), in two
// forms. resvg reads a font file again for every glyph it lays out, so the full files (340 KB each, from
// @expo-google-fonts/inter) cost most of a picture's drawing time; the subsets in src/pictures/fonts (made by
// `npm run fonts` from the same files) keep only the characters below, with the same outlines, advances and
// kerning, and are used whenever a picture needs no other character.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT_WEIGHTS = [400, 600, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

const FULL_FILE: Record<FontWeight, string> = {
  400: '400Regular/Inter_400Regular.ttf',
  600: '600SemiBold/Inter_600SemiBold.ttf',
  700: '700Bold/Inter_700Bold.ttf',
};

/** Code point ranges the subsets keep: Latin with accents, punctuation, currency, arrows and maths signs. */
export const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0x17f], [0x2010, 0x2027], [0x2030, 0x203a], [0x20ac, 0x20ac], [0x2190, 0x2193], [0x2212, 0x2212],
  [0x2248, 0x2248], [0x2264, 0x2265],
];

export const inSubset = (codePoint: number) => SUBSET_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);

/** The full Inter file of a weight. */
export const fullFontPath = (weight: FontWeight) => fileURLToPath(import.meta.resolve(`@expo-google-fonts/inter/${FULL_FILE[weight]}`));

/**
 * Where the subset of a weight is kept (committed; `npm run fonts` remakes it), from the project folder the build
 * runs in: Astro bundles this module elsewhere, so it cannot be found from import.meta.url.
 */
export const subsetFontPath = (weight: FontWeight) => resolve('src/pictures/fonts', FULL_FILE[weight].split('/')[1]!.replace('.ttf', '.subset.ttf'));
