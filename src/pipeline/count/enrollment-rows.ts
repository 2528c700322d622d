import type { Program } from '../../schemas/program.ts';
import { makeCategoryResolver } from '../check/categories.ts';
import { ageOn, parseDate } from '../check/dates.ts';
import { type EnrollmentField, mapHeaders } from '../load/headers.ts';
import { NikSet } from '../check/nik-set.ts';
import { nikKey, parseNik } from '../check/nik.ts';
import type { Parsed } from '../check/parsed.ts';
import type { ProblemLog, RowPlace } from '../report/problems.ts';
import type { RawCell, TableHandler } from '../load/raw-table.ts';
import type { RegionIndex } from '../load/official-areas.ts';
import { makeRegionResolver } from '../check/places.ts';
import { parseSex } from '../check/sex.ts';
import { parseStatus } from '../check/status.ts';
import { ageBandIndex, Tally } from './tally.ts';

export interface EnrollmentCounts {
  rowsRead: number;
  validRows: number;
  duplicateRows: number;
  activePeople: number;
  nonActivePeople: number;
}

/**
 * Validates every enrollment row and counts it into a Tally; nothing else about a row is kept.
 * One instance reads all files of a run (it is the TableHandler each reader calls).
 */
export class EnrollmentRows implements TableHandler {
  readonly tally: Tally;
  readonly counts: EnrollmentCounts = { rowsRead: 0, validRows: 0, duplicateRows: 0, activePeople: 0, nonActivePeople: 0 };
  /** Problems that make a whole table unreadable (a missing column): the run must fail. */
  readonly fatal: string[] = [];

  private readonly program: Program;
  private readonly log: ProblemLog;
  private readonly regions: ReturnType<typeof makeRegionResolver>;
  private readonly kelurahanIndex: Map<string, number>;
  private readonly category: (raw: RawCell) => Parsed<string>;
  private readonly categoryIndex: Map<string, number>;
  private readonly nikSeen: NikSet;
  private readonly dateCache = new Map<string, Parsed<string>>();
  private columns: Record<EnrollmentField, number | undefined> | null = null;
  private headerNames: string[] = [];

  /** `keyer`: record keys for the cell key method (see record-keys.ts); null when the method needs none. */
  constructor(program: Program, regions: RegionIndex, log: ProblemLog, expectedRows = 0, keyer: ((niks: Buffer) => Uint32Array) | null = null) {
    this.program = program;
    this.log = log;
    this.regions = makeRegionResolver(regions);
    this.kelurahanIndex = new Map(regions.kelurahan.map((k, i) => [k.code, i]));
    this.category = makeCategoryResolver(program.categories);
    this.categoryIndex = new Map(program.categories.map((c, i) => [c.id, i]));
    this.tally = new Tally(regions.kelurahan.length, program.categories.length, keyer);
    this.nikSeen = new NikSet(expectedRows);
  }

  header(cells: RawCell[], place: RowPlace): void {
    const mapped = mapHeaders(cells, this.program.columnAliases);
    this.headerNames = cells.map((c) => (c === null ? '' : String(c).trim()));
    if (!mapped.ok) {
      this.columns = null;
      this.fatal.push(`${place.file}${place.sheet ? `, sheet "${place.sheet}"` : ''}, row ${place.row}: ${mapped.message}`);
      this.log.at(place, 'error', '(header)', this.headerNames.join(' | '), mapped.message);
      return;
    }
    this.columns = mapped.columns;
    for (const name of mapped.ignored)
      this.log.at(place, 'notice', name, '', `column "${name}" is not used by stage 1 and was ignored`);
  }

  row(cells: RawCell[], place: RowPlace): void {
    const columns = this.columns;
    if (columns === null) return; // the header was rejected; reported once as fatal
    if (isBlank(cells)) return;
    this.counts.rowsRead++;
    let bad = false;
    const fail = (field: EnrollmentField, message: string) => {
      const index = columns[field]!;
      this.log.at(place, 'error', this.headerNames[index] ?? field, cells[index], message);
      bad = true;
    };
    const cell = (field: EnrollmentField): RawCell => cells[columns[field]!] ?? null;

    const nik = parseNik(cell('nik'));
    if (!nik.ok) fail('nik', nik.message);
    const sex = parseSex(cell('jenisKelamin'));
    if (!sex.ok) fail('jenisKelamin', sex.message);
    const birth = this.date(cell('tglLahir'));
    if (!birth.ok) fail('tglLahir', birth.message);
    const start = this.date(cell('tglKepesertaan'));
    if (!start.ok) fail('tglKepesertaan', start.message);
    const status = parseStatus(cell('status'));
    if (!status.ok) fail('status', status.message);
    const category = this.category(cell('kategori'));
    if (!category.ok) fail('kategori', category.message);
    const kecamatan = this.regions.kecamatan(text(cell('kecamatan')));
    let kelurahan: number | undefined;
    if (!kecamatan.ok) fail('kecamatan', kecamatan.message);
    else {
      const resolved = this.regions.kelurahan(text(cell('kelurahan')), kecamatan.code);
      if (!resolved.ok) fail('kelurahan', resolved.message);
      else kelurahan = this.kelurahanIndex.get(resolved.code);
    }

    const asOf = this.program.asOfDate;
    let band = -1;
    if (birth.ok) {
      band = ageBandIndex(ageOn(birth.value, asOf));
      if (band < 0) fail('tglLahir', `gives an age outside 15–120 years on the as-of date ${asOf}; check the birth date`);
    }
    if (start.ok && start.value > asOf)
      fail('tglKepesertaan', `is after the as-of date ${asOf} in program.json; check the date, or the asOfDate`);
    if (start.ok && birth.ok && start.value <= birth.value)
      fail('tglKepesertaan', 'is on or before the birth date; check both dates');

    if (bad || !nik.ok || !sex.ok || !status.ok || !category.ok || !start.ok || kelurahan === undefined) {
      this.log.invalidRows++;
      return;
    }
    if (!this.nikSeen.add(nikKey(nik.value))) {
      this.counts.duplicateRows++;
      this.log.at(place, 'notice', this.headerNames[columns.nik!] ?? 'NIK', nik.value,
        'this NIK already appeared in an earlier row (files are read in name order); the person is counted once, from the first row. Search the report for the NIK to find both; if this row is the newer record, correct the export');
      return;
    }
    this.counts.validRows++;
    const categoryIndex = this.categoryIndex.get(category.value)!;
    if (status.value === 'aktif') {
      this.counts.activePeople++;
      this.tally.addActive(kelurahan, categoryIndex, sex.value === 'L' ? 0 : 1, band, start.value.slice(0, 7), nik.value);
    } else {
      this.counts.nonActivePeople++;
      this.tally.addNonActive(kelurahan, categoryIndex, nik.value);
    }
  }

  private date(raw: RawCell): Parsed<string> {
    if (typeof raw !== 'string') return parseDate(raw);
    let parsed = this.dateCache.get(raw);
    if (parsed === undefined) {
      parsed = parseDate(raw);
      if (this.dateCache.size < 200_000) this.dateCache.set(raw, parsed);
    }
    return parsed;
  }
}

function text(raw: RawCell): string {
  if (raw === null) return '';
  return typeof raw === 'string' ? raw : String(raw);
}

function isBlank(cells: RawCell[]): boolean {
  for (const c of cells) if (c !== null && c !== '' && !(typeof c === 'string' && c.trim() === '')) return false;
  return true;
}
