/**
 * write-excel-file stamps every zip entry with the current time, so two runs differ in a few bytes.
 * This rewrites the MS-DOS time and date of every local and central-directory header to one fixed day.
 */
export function fixZipTimestamps(zip: Uint8Array, isoDate: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const dosDate = ((y - 1980) << 9) | (m << 5) | d;
  const dosTime = 0;

  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('fixZipTimestamps: malformed central directory');
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('fixZipTimestamps: malformed local header');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--)
    if (view.getUint32(at, true) === 0x06054b50) return at;
  throw new Error('fixZipTimestamps: not a zip file (no end-of-central-directory record)');
}
