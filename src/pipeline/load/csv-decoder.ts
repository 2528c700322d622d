import { firstInvalidUtf8 } from './first-invalid-utf8.ts';
import type { Problem } from '../report/problems.ts';
import { UnreadableFileError } from './raw-table.ts';

export type CsvEncoding = 'utf-8' | 'windows-1252';

const windows1252 = new TextDecoder('windows-1252');
/** Bytes Windows-1252 leaves undefined: Excel never writes them. */
const UNDEFINED_IN_WINDOWS_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const SAVE_AS_UTF8 = 'Open it in Excel and use Save As → "CSV UTF-8 (Comma delimited)", then run again';
const NO_BYTES = Buffer.alloc(0);

/**
 * Turns a CSV file's bytes into text, one read chunk at a time. UTF-8, with or without a byte-order mark, is read as
 * it is. Excel's "CSV (Comma delimited)" writes Windows-1252 instead (on Windows set to Indonesian or a Western
 * language). Both encodings read ASCII the same, so a file whose first byte outside ASCII is not UTF-8 is read as
 * Windows-1252 from that byte on, and nothing already read changes. Refused: a file that mixes the two (either way
 * round), bytes Windows-1252 leaves undefined, and NUL bytes (UTF-16, or not text at all).
 * A UTF-8 file costs one native NUL search per chunk: about 6 ms per million rows.
 */
export class CsvDecoder {
  encoding: CsvEncoding = 'utf-8';
  private readonly file: string;
  /** Line (as Excel numbers rows) of the first byte not yet returned as text; asked only to name a line. */
  private readonly nextLine: () => number;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  /** Bytes before the chunk being decoded. */
  private offset = 0;
  /** The last 3 bytes decoded: a UTF-8 sequence begun there may still wait in `utf8` for its end. */
  private tail: Buffer = NO_BYTES;
  private firstNonAscii = -1;
  private firstNonAsciiLine = 0;
  private startsWithBom = false;
  /** Line of the first byte read as Windows-1252. */
  private switchLine = 0;

  constructor(file: string, nextLine: () => number) {
    this.file = file;
    this.nextLine = nextLine;
  }

  decode(chunk: Buffer): string {
    const nul = chunk.indexOf(0);
    if (nul !== -1) throw this.nulBytes(this.nextLine() + newlines(chunk, 0, nul));
    let text: string;
    if (this.encoding === 'windows-1252') text = this.decodeWindows1252(Buffer.concat([this.tail, chunk]), this.tail.length);
    else {
      try {
        text = this.utf8.decode(chunk, { stream: true });
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        if (this.firstNonAscii < 0) this.noteFirstNonAscii(chunk);
        text = this.fallBack(chunk, false);
      }
      // While every byte so far was ASCII, nothing waits in the decoder, so a chunk holding any other byte
      // gives fewer characters than bytes: that spots the first one without scanning ASCII files.
      if (this.firstNonAscii < 0 && text.length !== chunk.length) this.noteFirstNonAscii(chunk);
    }
    this.offset += chunk.length;
    this.tail = chunk.length >= 3 ? chunk.subarray(chunk.length - 3) : Buffer.concat([this.tail, chunk]).subarray(-3);
    return text;
  }

  /** The text of a UTF-8 sequence left unfinished by the last chunk, if any. */
  end(): string {
    if (this.encoding === 'windows-1252') return '';
    try {
      return this.utf8.decode();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      return this.fallBack(NO_BYTES, true);
    }
  }

  /** File-level notices for the problem log. */
  get notices(): Problem[] {
    if (this.encoding === 'utf-8') return [];
    return [{
      severity: 'notice', file: this.file, row: 0, column: '', value: '',
      message: `not UTF-8: read as Windows-1252, the encoding of Excel's "CSV (Comma delimited)"; its first character outside ASCII is on line ${this.switchLine}. `
        + 'Check that names with accents read right in this report, or save the file as "CSV UTF-8 (Comma delimited)" to avoid this notice',
    }];
  }

  private noteFirstNonAscii(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length && chunk[i]! < 0x80) i++;
    this.firstNonAscii = this.offset + i;
    this.firstNonAsciiLine = this.nextLine() + newlines(chunk, 0, i);
    this.startsWithBom = this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
  }

  /** After the UTF-8 decoder refused `chunk` (or, when `final`, the file's end): switch to Windows-1252 or refuse. */
  private fallBack(chunk: Buffer, final: boolean): string {
    const bytes = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const at = firstInvalidUtf8(bytes, final);
    if (at < 0) throw new UnreadableFileError(this.file, 'is not UTF-8 text', SAVE_AS_UTF8); // TextDecoder found what this did not
    // Bytes of the tail from `at` on wait in the decoder unread; they are not line ends.
    const line = this.nextLine() + newlines(bytes, this.tail.length, Math.max(at, this.tail.length));
    if (this.offset - this.tail.length + at !== this.firstNonAscii) {
      throw this.mixed(
        this.startsWithBom ? 'it starts with the mark of a UTF-8 file (a byte-order mark)' : `line ${this.firstNonAsciiLine} has UTF-8 text`,
        `line ${line} has a byte (${hex(bytes[at]!)}) that is not UTF-8, perhaps Windows-1252 as Excel's "CSV (Comma delimited)" writes it`);
    }
    this.encoding = 'windows-1252';
    this.switchLine = line;
    // Every byte before `at` is ASCII and was returned already, except this chunk's: Windows-1252 reads those the same.
    return this.decodeWindows1252(bytes, Math.min(at, this.tail.length));
  }

  /** Text of `bytes` from `from` on; the 2 bytes before `from` (decoded already) are there to look back at. */
  private decodeWindows1252(bytes: Buffer, from: number): string {
    const undefinedAt = firstOf(bytes, UNDEFINED_IN_WINDOWS_1252, from);
    const utf8At = utf8AsWindows1252(bytes, Math.max(0, from - 2));
    if (undefinedAt === -1 && utf8At === -1) return windows1252.decode(bytes.subarray(from));
    const lineAt = (i: number) => this.nextLine() + newlines(bytes, from, i);
    if (utf8At === -1 || (undefinedAt !== -1 && undefinedAt < utf8At)) throw this.undefinedByte(lineAt(undefinedAt), bytes[undefinedAt]!);
    throw this.mixed(`line ${this.switchLine} has Windows-1252 text, as Excel's "CSV (Comma delimited)" writes it`,
      `line ${lineAt(utf8At)} has UTF-8 text (an é there reads "Ã©")`);
  }

  private mixed(first: string, then: string): UnreadableFileError {
    return new UnreadableFileError(this.file, `mixes two encodings: ${first}, but ${then}`,
      'Rows saved in different ways were probably pasted together. Open each source in Excel, save it with Save As → "CSV UTF-8 (Comma delimited)", combine them again and run again');
  }

  private undefinedByte(line: number, byte: number): UnreadableFileError {
    return new UnreadableFileError(this.file,
      `line ${line} has a byte (${hex(byte)}) that is neither UTF-8 nor Windows-1252 text, so this is not a CSV file as Excel saves it, or it is damaged`,
      'Open the file in Excel: if it looks right, use Save As → "CSV UTF-8 (Comma delimited)" and run again; if not, export it again from its source');
  }

  private nulBytes(line: number): UnreadableFileError {
    return new UnreadableFileError(this.file,
      `line ${line} has NUL bytes: the file is UTF-16 text (Excel's "Unicode Text"), not text at all (a workbook or PDF renamed .csv) or damaged`,
      SAVE_AS_UTF8);
  }
}

/** Index of the first byte at or after `from` that is one of `values`, or -1. */
function firstOf(bytes: Buffer, values: readonly number[], from: number): number {
  let first = -1;
  for (const value of values) {
    const i = bytes.indexOf(value, from);
    if (i !== -1 && (first === -1 || i < first)) first = i;
  }
  return first;
}

/**
 * Where UTF-8 for À–ÿ (C3 80–BF) or for “ ” ‘ ’ – — … (E2 80 80–BF) starts, at or after `from`, or -1. Windows-1252
 * reads those as "Ã" or "â€" before a symbol, which no text has: after Windows-1252 text, UTF-8 rows were added.
 */
function utf8AsWindows1252(bytes: Buffer, from: number): number {
  const continuation = (i: number) => bytes[i]! >= 0x80 && bytes[i]! <= 0xbf;
  let first = -1;
  for (let i = bytes.indexOf(0xc3, from); i !== -1; i = bytes.indexOf(0xc3, i + 1)) {
    if (continuation(i + 1)) {
      first = i;
      break;
    }
  }
  for (let i = bytes.indexOf(0xe2, from); i !== -1 && (first === -1 || i < first); i = bytes.indexOf(0xe2, i + 1)) {
    if (bytes[i + 1] === 0x80 && continuation(i + 2)) return i;
  }
  return first;
}

function newlines(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
