/**
 * npm run fonts: remakes the Inter subsets in src/pictures/fonts from @expo-google-fonts/inter (see
 * src/pictures/font-files.ts for why), and copies the font's licence beside them. Run it after updating that package.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { FONT_WEIGHTS, type FontWeight, fullFontPath, SUBSET_RANGES, subsetFontPath } from '../src/pictures/font-files.ts';

const DEFAULT_FEATURES = ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk', 'curs', 'dist', 'abvm', 'blwm', 'abvs', 'blws'];
const text = SUBSET_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

/** The subset of one weight, as `npm run fonts` writes it. */
export async function makeSubset(weight: FontWeight): Promise<Buffer> {
  const full = readFileSync(fullFontPath(weight));
  // Name ids 16 and 17 (typographic family and subfamily) too: without them the SemiBold face is a family of its
  // own ("Inter SemiBold"), and font-weight="600" would be drawn in another weight.
  // Only the OpenType features a text shaper applies by default (resvg sets no others): the stylistic alternates
  // and the glyphs they reach are left out, which halves the file.
  return subsetFont(full, text, { targetFormat: 'truetype', preserveNameIds: [16, 17], keepFeatures: DEFAULT_FEATURES });
}

if (import.meta.main) {
  for (const weight of FONT_WEIGHTS) {
    const subset = await makeSubset(weight);
    writeFileSync(subsetFontPath(weight), subset);
    console.log(`Inter ${weight}: ${readFileSync(fullFontPath(weight)).length.toLocaleString('en')} → ${subset.length.toLocaleString('en')} bytes (${subsetFontPath(weight)})`);
  }
  copyFileSync(fileURLToPath(import.meta.resolve('@expo-google-fonts/inter/LICENSE_FONT')), fileURLToPath(new URL('../src/pictures/fonts/OFL.txt', import.meta.url)));
}
