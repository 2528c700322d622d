import { createHash } from 'node:crypto';

/** The SHA-256 of `content` (a string is hashed as UTF-8), in lower-case hex: what manifests and records list. */
export const sha256 = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');
