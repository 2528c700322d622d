/** What every cell parser returns: a value, or a message for the data officer saying what is wrong and what to do. Parsers never throw on bad data. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
