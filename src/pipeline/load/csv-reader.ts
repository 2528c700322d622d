import { createReadStream } from 'node:fs';
import { CsvDecoder, type CsvEncoding } from './csv-decoder.ts';
import type { Problem, RowPlace } from '../report/problems.ts';
import { type RawCell, type TableHandler, UnreadableFileError } from './raw-table.ts';

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Exports sometimes carry a title and blank lines above the header, as their XLSX originals do. */
const HEADER_SEARCH_LINES = 30;

export interface CsvRead {
  encoding: CsvEncoding;
  /** Problems with the whole file (row 0) that did not stop the reading, for the caller's problem log. */
  notices: Problem[];
}

/**
 * Streams a CSV file row by row (RFC 4180: quoted fields may hold delimiters, quotes and line breaks).
 * Comma, semicolon (Excel with an Indonesian locale), tab or pipe delimiters are detected on the header line;
 * CRLF line ends are accepted, and UTF-8 or Windows-1252 text (csv-decoder.ts). Hand-written rather than csv-parse
 * because stage 1 must read ≥ 500,000 rows/s and csv-parse alone reads about 410,000 rows/s here;
 * lines without quotes take a fast path through String#split.
 */
export async function readCsv(
  path: string,
  file: string,
  handler: TableHandler,
  isHeaderRow: (cells: RawCell[]) => boolean,
): Promise<CsvRead> {
  const place: RowPlace = { file, row: 0 };
  let buffer = '';
  let line = 1; // line number (as Excel shows rows) of buffer[0]
  const decoder = new CsvDecoder(file, () => line + buffer.split('\n').length - 1);
  let delimiter: string | null = null;
  const preamble: string[] = [];

  const emit = (cells: string[], row: number) => {
    place.row = row;
    if (delimiter === null) return;
    if (cells.length === 1 && cells[0] === '') return; // blank line: Excel shows an empty row
    handler.row(cells, place);
  };

  // Finds the header among the first lines; returns false while more lines are needed.
  const findHeader = (text: string, row: number): boolean => {
    preamble.push(text);
    for (const d of DELIMITERS) {
      const cells = splitLine(text, d);
      if (isHeaderRow(cells)) {
        delimiter = d;
        place.row = row;
        handler.header(cells, place);
        return true;
      }
    }
    if (preamble.length >= HEADER_SEARCH_LINES)
      throw new UnreadableFileError(file, `no header row found in the first ${HEADER_SEARCH_LINES} lines`, 'The file needs a header row naming its columns; data/README.md lists the columns each file needs');
    return false;
  };

  // Consumes complete records from `buffer`; keeps an unfinished one for the next chunk.
  const consume = (final: boolean) => {
    let pos = 0;
    const length = buffer.length;
    // Searching for the next quote once, not per line, keeps quote-free files linear.
    let quote = buffer.indexOf('"');
    while (pos < length) {
      const newline = buffer.indexOf('\n', pos);
      if (newline === -1 && !final) break;
      const end = newline === -1 ? length : newline;
      if (quote !== -1 && quote < pos) quote = buffer.indexOf('"', pos);
      if (quote === -1 || quote > end) {
        const text = buffer.charCodeAt(end - 1) === 13 ? buffer.slice(pos, end - 1) : buffer.slice(pos, end);
        if (delimiter === null) findHeader(text, line);
        else emit(text.split(delimiter), line);
        pos = end + 1;
        line++;
        continue;
      }
      if (delimiter === null) {
        // A quoted header line: try each delimiter on the full record.
        const text = buffer.slice(pos, end);
        findHeader(text.endsWith('\r') ? text.slice(0, -1) : text, line);
        pos = end + 1;
        line++;
        continue;
      }
      const record = parseQuoted(buffer, pos, delimiter, final);
      if (record === null) break; // a quoted field continues in the next chunk
      emit(record.cells, line);
      line += record.lines;
      pos = record.next;
    }
    buffer = buffer.slice(pos);
  };

  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
      buffer += decoder.decode(chunk as Buffer);
      consume(false);
    }
    buffer += decoder.end();
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(file, `cannot be read (${(error as Error).message})`, 'Check the file exists and is not open in another program');
  }
  consume(true);
  if (buffer.length > 0) throw new UnreadableFileError(file, 'a quoted field is never closed (a " without its closing ")', 'Check the last rows of the file; re-export it from Excel as CSV UTF-8');
  if (delimiter === null) throw new UnreadableFileError(file, 'no header row found', 'The file needs a header row naming the columns; see data/README.md');
  return { encoding: decoder.encoding, notices: decoder.notices };
}

function splitLine(text: string, delimiter: string): string[] {
  if (!text.includes('"')) return text.split(delimiter);
  const record = parseQuoted(text + '\n', 0, delimiter, true);
  return record ? record.cells : text.split(delimiter);
}

interface QuotedRecord { cells: string[]; next: number; lines: number }

/** Parses one record that contains quotes, starting at `start`; null when the buffer ends inside it. */
function parseQuoted(text: string, start: number, delimiter: string, final: boolean): QuotedRecord | null {
  const cells: string[] = [];
  const delim = delimiter.charCodeAt(0);
  let i = start;
  let lines = 1;
  let field = '';
  let inQuotes = false;
  let fieldStart = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += text.slice(fieldStart, i + 1);
          i += 2;
          fieldStart = i;
          continue;
        }
        if (i + 1 >= text.length && !final) return null;
        field += text.slice(fieldStart, i);
        inQuotes = false;
        i++;
        fieldStart = i;
        continue;
      }
      if (c === 10) lines++;
      i++;
      continue;
    }
    if (c === 34 && i === fieldStart && field === '') {
      inQuotes = true;
      i++;
      fieldStart = i;
      continue;
    }
    if (c === delim) {
      cells.push(field + text.slice(fieldStart, i));
      field = '';
      i++;
      fieldStart = i;
      continue;
    }
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) {
      cells.push(field + text.slice(fieldStart, i));
      return { cells, next: c === 13 ? i + 2 : i + 1, lines };
    }
    i++;
  }
  if (!final || inQuotes) return null;
  cells.push(field + text.slice(fieldStart, i));
  return { cells, next: i, lines };
}
