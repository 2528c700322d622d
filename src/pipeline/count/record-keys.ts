import { createCipheriv, createHmac } from 'node:crypto';

/** Bytes of a cell-key secret: a 256-bit AES key. */
export const SECRET_BYTES = 32;

/**
 * Record keys for the cell key method: each person's key is the first 4 bytes of AES-256 of their NIK (16 ASCII
 * digits, exactly one AES block) under the officer's secret, read as a whole number below 2^32. AES under a secret
 * key is a keyed pseudorandom function: the same NIK always gets the same key, and without the secret a list of
 * NIKs gives no clue to anyone's key. (A plain hash would not do: NIKs have a known structure and can all be tried.)
 * AES is used rather than HMAC because a whole batch of NIKs is one call: 10 million rows cost a second, not 25.
 *
 * Returns a function that takes n NIKs packed as n × 16 bytes and returns their n keys.
 */
export function recordKeyer(secret: Buffer): (niks: Buffer) => Uint32Array {
  if (secret.length !== SECRET_BYTES) throw new Error(`a cell-key secret has ${SECRET_BYTES} bytes, not ${secret.length}`);
  const cipher = createCipheriv('aes-256-ecb', secret, null);
  cipher.setAutoPadding(false);
  return (niks) => {
    const out = cipher.update(niks);
    const keys = new Uint32Array(niks.length / 16);
    for (let i = 0; i < keys.length; i++) keys[i] = out.readUInt32BE(i * 16);
    return keys;
  };
}

/**
 * Record keys for claims rows, which come as totals per area without NIKs: HMAC-SHA256 of the row's fields under the
 * secret (first 4 bytes). The same rows give the same key, so a cell that counts the same claims in two tables or
 * two releases gets the same noise.
 */
export function claimRowKeyer(secret: Buffer): (row: object) => number {
  return (row) => createHmac('sha256', secret).update(JSON.stringify(row)).digest().readUInt32BE(0);
}
