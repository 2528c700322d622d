import { TEMPLATE_HEADER, TEMPLATE_PATHS } from './enrollment-template.ts';
import type { StarterRegion } from './starter-program.ts';

/** README.md of a starter folder: what to fill in, and the commands that follow. */
export function starterReadme(region: StarterRegion, folder: string): string {
  return `# Input folder for ${region.name} (${region.code})

Written by \`npm run init\`. Nothing here is data yet: fill it in, then run stage 1 and build the site.
data/README.md in the repository describes every file and column in full.

## What to fill in

1. **program.json**: the region (${region.code}, ${region.name}) is filled in from the official Kemendagri list;
   everything else is an example to change:
   - \`name\`, \`source\` (who exported the data, when), \`asOfDate\` (the export's as-of date);
   - \`premiumPerPersonMonth\` (whole rupiah per person per month);
   - \`batches\`: each budget that pays premiums, with the first day of cover;
   - \`groups\` and \`categories\`: the categories your program covers; \`aliases\` are the ways the export
     writes each category in its KATEGORI column (case, spaces and punctuation are ignored);
   - \`contact\` (who answers "report a discrepancy") and \`site.url\` (the site's public address);
   - \`synthetic\` stays false for real data.
2. **enrollment/**: the membership export, one or more .csv or .xlsx files. \`${TEMPLATE_PATHS.csv}\` and
   \`${TEMPLATE_PATHS.xlsx}\` hold the expected header:
   ${TEMPLATE_HEADER.join(', ')}.
   Paste the rows into one of them, or replace both with the export itself (other header spellings can be
   added under \`columnAliases\` in program.json). KECAMATAN and KELURAHAN are names as the official list writes
   them (desa and kelurahan alike); NIK stays text, all 16 digits.
3. **targets.csv** (optional rows): how many people are eligible per area and category (kode_wilayah is the
   Kemendagri code of a kecamatan or kelurahan/desa, kategori a category id).
4. **claims.csv** (optional rows): JKK and JKM claims paid, per day, area and programme.
5. **populasi.csv** (optional, not written here): residents per area from an official count
   (kode_wilayah, penduduk, sumber, tahun), for rates per 1,000 residents.

## Next commands

    npm run data -- --in ${folder} --out data/published
    npm run build
    npm run preview

Stage 1 keeps its validation report and the cell-key secret in data/private/: keep both private, and back up
the secret (see data/README.md). Maps use default shapes unless program.json names official boundary files
under \`boundaries\` (see the README).
`;
}
