// What the presentation does with a key, a swipe or an address: pure, so the rules are tested without a browser.

/** A move through the slides: relative (±1) or to the first or last. */
export type DeckMove = 'next' | 'previous' | 'first' | 'last';

/**
 * Keyboard and presentation clickers (which send PageDown/PageUp, sometimes arrows): arrows, space (shift+space
 * back), Page Up/Down, Home/End. Keys with Ctrl, Alt or Meta stay the browser's.
 */
export function keyMove(event: { key: string; shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): DeckMove | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The slide (0-based) a move lands on; it stops at either end rather than wrapping round. */
export function moveTo(current: number, move: DeckMove, count: number): number {
  const last = Math.max(0, count - 1);
  if (move === 'first') return 0;
  if (move === 'last') return last;
  return Math.min(last, Math.max(0, current + (move === 'next' ? 1 : -1)));
}

/** "#3" → 2 (slides are numbered from 1 in the address); null for anything that names no slide. */
export function slideFromHash(hash: string, count: number): number | null {
  const match = /^#(\d{1,4})$/.exec(hash);
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 1 && n <= count ? n - 1 : null;
}

/** The slide's address fragment: slide 0 → "#1". */
export function hashOf(index: number): string {
  return `#${index + 1}`;
}

/** Shortest horizontal travel, in CSS pixels, that counts as a swipe. */
export const SWIPE_DISTANCE = 50;

/**
 * A finger's travel from touchstart to touchend: a mostly horizontal swipe to the left shows the next slide, to the
 * right the previous one; short or mostly vertical travel (scrolling a tall slide) does nothing.
 */
export function swipeMove(dx: number, dy: number): DeckMove | null {
  if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
