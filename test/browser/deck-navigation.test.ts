import { describe, expect, it } from 'vitest';
import { hashOf, keyMove, moveTo, slideFromHash, swipeMove, SWIPE_DISTANCE } from '../../src/browser/deck-navigation.ts';

describe('presentation navigation rules', () => {
  it('keyMove(event) maps arrows, space, a clicker\'s Page Up/Down and Home/End; shift+space goes back', () => {
    const keys = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'ArrowLeft', 'ArrowUp', 'PageUp', 'Home', 'End'];
    expect(keys.map((key) => keyMove({ key }))).toEqual(['next', 'next', 'next', 'next', 'previous', 'previous', 'previous', 'first', 'last']);
    expect(keyMove({ key: ' ', shiftKey: true })).toBe('previous');
  });

  it('keyMove(event) leaves other keys and every key with Ctrl, Alt or Meta to the browser', () => {
    expect(keyMove({ key: 'Tab' })).toBeNull();
    expect(keyMove({ key: 'Enter' })).toBeNull();
    expect(keyMove({ key: 'f' })).toBeNull();
    expect(keyMove({ key: 'ArrowLeft', altKey: true })).toBeNull(); // browser back
    expect(keyMove({ key: 'Home', ctrlKey: true })).toBeNull();
    expect(keyMove({ key: 'ArrowRight', metaKey: true })).toBeNull();
  });

  it('moveTo(current, move, count) steps one slide and stops at both ends instead of wrapping', () => {
    expect(moveTo(0, 'next', 5)).toBe(1);
    expect(moveTo(4, 'next', 5)).toBe(4);
    expect(moveTo(0, 'previous', 5)).toBe(0);
    expect(moveTo(3, 'previous', 5)).toBe(2);
    expect(moveTo(2, 'first', 5)).toBe(0);
    expect(moveTo(2, 'last', 5)).toBe(4);
    expect(moveTo(0, 'last', 1)).toBe(0);
  });

  it('slideFromHash(hash, count) reads #1…#count as slides 0…count-1 and nothing else', () => {
    expect(slideFromHash('#1', 8)).toBe(0);
    expect(slideFromHash('#8', 8)).toBe(7);
    for (const hash of ['', '#', '#0', '#9', '#-1', '#2a', '#peta', '#1.5']) expect(slideFromHash(hash, 8), hash).toBeNull();
  });

  it('hashOf(index) is the inverse of slideFromHash', () => {
    for (let i = 0; i < 8; i++) expect(slideFromHash(hashOf(i), 8)).toBe(i);
  });

  it('swipeMove(dx, dy): a long, mostly sideways swipe to the left is next, to the right previous; short or vertical travel is nothing', () => {
    expect(swipeMove(-120, 10)).toBe('next');
    expect(swipeMove(120, -10)).toBe('previous');
    expect(swipeMove(-(SWIPE_DISTANCE - 1), 0)).toBeNull();
    expect(swipeMove(-100, 80)).toBeNull(); // scrolling a tall slide, not a swipe
    expect(swipeMove(0, -300)).toBeNull();
  });
});
