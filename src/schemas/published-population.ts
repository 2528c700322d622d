import { z } from 'zod';
import { AreaLevel } from './area-level.ts';
import { PublishedMeta } from './published-meta.ts';

/** Written by every stage 1 run (with no rows when the input has no populasi.csv); releases made before it lack it. */
export const POPULATION_FILE = 'population.json';

/** Residents of one area, as an official source counted them: public statistics, published as given, never protected. */
export const PopulationRow = z.object({
  /** Kemendagri code of the region (21.71), a kecamatan (21.71.10) or a kelurahan/desa (21.71.10.1001). */
  code: z.string(),
  level: AreaLevel,
  /** People living in the area (penduduk), a whole number. */
  residents: z.number().int().positive(),
  /** Where the figure comes from, as the data officer wrote it (e.g. "BPS, Kecamatan Gubeng Dalam Angka 2024"). */
  source: z.string().min(1),
  /** The year the figure holds for, which can be years before the as-of date. */
  year: z.number().int(),
});
export type PopulationRow = z.infer<typeof PopulationRow>;

/** population.json: residents per area from populasi.csv, sorted by code; the site's per-1,000-resident rates divide by them. */
export const Population = PublishedMeta.extend({ rows: z.array(PopulationRow) });
export type Population = z.infer<typeof Population>;

/** The CSV mirror's header (csv/penduduk.csv); the figures' own year is in `tahun`, so it has no tanggal_data. */
export const POPULATION_CSV_HEADER = ['kode_wilayah', 'tingkat', 'nama_wilayah', 'penduduk', 'sumber', 'tahun'] as const;
