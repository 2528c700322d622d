/**
 * What a map shows of each area. Rates fill areas (a choropleth): coverage is members ÷ target (percent 0–100),
 * perThousand is members per 1,000 residents. Counts never fill areas, since a big area would look dark because it
 * is big; they are circles whose area is proportional to the count (proportional symbols).
 */
export type MapMeasure = 'coverage' | 'perThousand' | 'count';
export type RateMeasure = Exclude<MapMeasure, 'count'>;

/** How a measure is drawn: the one rule that keeps counts out of choropleths. */
export type MapForm = 'choropleth' | 'symbols';
export function mapForm(measure: MapMeasure): MapForm {
  return measure === 'count' ? 'symbols' : 'choropleth';
}

/**
 * Whether an area's value is shown, hidden to protect people, or has no base to be a rate of (no target for
 * coverage, no population figure for a rate per 1,000).
 */
export type AreaState = 'shown' | 'hidden' | 'no-base';

/** One area of a map: where it links, its value (null unless shown) and its spoken value. */
export interface MapAreaValue {
  code: string;
  name: string;
  href: string;
  value: number | null;
  state: AreaState;
  /** The value is approximate (≈): drawn like any other, marked in its words and in the table beside the map. */
  approximate: boolean;
  valueText: string;
}

/** A map as AreaMap and the map pictures draw it. */
export interface MapSpec {
  level: 'kecamatan' | 'kelurahan';
  measure: MapMeasure;
  areas: MapAreaValue[];
  /** The area a kelurahan page outlines on its kecamatan's map. */
  highlight?: string;
  /** Where the rate's base comes from ("Penduduk: Dinas Kependudukan …, 2013"), in the page's language. */
  baseSource?: string;
}
