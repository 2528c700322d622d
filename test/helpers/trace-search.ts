import { createHash } from 'node:crypto';

/** A value that must not appear in a published file, and what it is (for the failure message). */
export interface Needle {
  what: string;
  text: string;
}

export interface Trace {
  file: string;
  what: string;
  text: string;
}

/** Needles at least this long are looked up through an index of every substring of this length first. */
const KEY = 11;

/** One file's text, lower-cased, with an index of its substrings so that thousands of needles stay fast. */
class Haystack {
  readonly text: string;
  private keys: Set<string> | undefined;

  constructor(bytes: Buffer) {
    this.text = bytes.toString('utf8').toLowerCase();
  }

  contains(needle: string): boolean {
    if (needle.length >= KEY) {
      this.keys ??= substringsOfLength(this.text, KEY);
      if (!this.keys.has(needle.slice(0, KEY))) return false;
    }
    return this.text.includes(needle);
  }
}

function substringsOfLength(text: string, length: number): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i + length <= text.length; i++) keys.add(text.slice(i, i + length));
  return keys;
}

/**
 * Every place a needle occurs in a file, ignoring case (so a hex digest or a re-cased name is found too).
 * Files are searched as UTF-8 text, every byte of them.
 */
export function findTraces(files: Map<string, Buffer>, needles: Needle[]): Trace[] {
  const traces: Trace[] = [];
  for (const [file, bytes] of files) {
    const haystack = new Haystack(bytes);
    for (const n of needles) if (n.text.length > 0 && haystack.contains(n.text.toLowerCase())) traces.push({ file, ...n });
  }
  return traces;
}

/** sha256, sha1 and md5 hex digests of a value: a NIK's structure is known, so each of them can be reversed. */
export function digestNeedles(what: string, value: string): Needle[] {
  return (['sha256', 'sha1', 'md5'] as const).map((algorithm) => ({
    what: `${algorithm}(${what})`,
    text: createHash(algorithm).update(value).digest('hex'),
  }));
}

/** A NIK, the NIK without its first or last digit, and its digests. */
export function nikNeedles(nik: string): Needle[] {
  return [
    { what: 'NIK', text: nik },
    { what: 'NIK without its first digit', text: nik.slice(1) },
    { what: 'NIK without its last digit', text: nik.slice(0, -1) },
    { what: 'NIK base64', text: Buffer.from(nik).toString('base64') },
    ...digestNeedles('NIK', nik),
  ];
}
