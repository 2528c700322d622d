import { loadRegionIndex, type RegionIndex } from '../../src/pipeline/load/official-areas.ts';

/** A regency or city from the official Kemendagri list (idn-area-data): its name and its areas. */
export interface OfficialRegion {
  code: string;
  /** As the official list writes it: "Kota Surabaya", "Kabupaten Bintan". */
  name: string;
  index: RegionIndex;
}

/**
 * The region with this Kemendagri code ("35.78"). A malformed or unknown code fails with stage 1's own message
 * (loadRegionIndex), so the operator meets the same words at init and at the first run.
 */
export async function officialRegion(code: string): Promise<OfficialRegion> {
  const index = await loadRegionIndex(code);
  return { code, name: index.regionName, index };
}
