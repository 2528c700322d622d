import type { Measure } from './choropleth.ts';

/** One area of a map: where it links, its value (count or percent 0–100, null = hidden) and its spoken value. */
export interface MapAreaValue {
  code: string;
  name: string;
  href: string;
  value: number | null;
  /** The value is approximate (≈): coloured like any other, marked in its words and in the table below the map. */
  approximate: boolean;
  valueText: string;
}

/** A choropleth as AreaMap draws it. */
export interface MapSpec {
  level: 'kecamatan' | 'kelurahan';
  measure: Measure;
  areas: MapAreaValue[];
  /** The area a kelurahan page outlines on its kecamatan's map. */
  highlight?: string;
}
