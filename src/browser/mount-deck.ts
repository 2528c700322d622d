// Browser side of the presentation (SlideDeck.astro). Without it the slides are one readable page, top to bottom;
// with it one slide fills the screen and keys, clicker, swipes, buttons and the address's #number move through them.
// Everything a slide shows is already in the page (build-time SVG and text): nothing is fetched after load.
import { hashOf, keyMove, moveTo, slideFromHash, swipeMove, type DeckMove } from './deck-navigation.ts';

/** Keys that a focused control handles itself (a button's Space, a link's Enter): the deck leaves them alone. */
const CONTROL = 'a[href], button, input, select, textarea, summary, [contenteditable="true"]';

export function mountDeck(deck: HTMLElement): void {
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const controls = deck.querySelector<HTMLElement>('[data-deck-controls]');
  if (slides.length === 0 || !controls) return;
  const status = controls.querySelector<HTMLElement>('[data-deck-status]')!;
  const number = controls.querySelector<HTMLElement>('[data-deck-number]')!;
  const previous = controls.querySelector<HTMLButtonElement>('[data-deck-previous]')!;
  const next = controls.querySelector<HTMLButtonElement>('[data-deck-next]')!;
  const fullscreen = controls.querySelector<HTMLButtonElement>('[data-deck-fullscreen]')!;
  const otherLanguage = controls.querySelector<HTMLAnchorElement>('[data-deck-language]');
  const otherLanguageHref = otherLanguage?.getAttribute('href') ?? '';
  const titles = slides.map((s) => s.querySelector('h1, h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  let current = -1;

  const show = (index: number) => {
    if (index === current) return;
    const focusWasInSlide = current >= 0 && slides[current]!.contains(document.activeElement);
    slides.forEach((slide, i) => { slide.hidden = i !== index; });
    current = index;
    number.textContent = String(index + 1);
    status.textContent = (status.dataset.template ?? '{n} / {count}: {title}')
      .replace('{n}', String(index + 1)).replace('{count}', String(slides.length)).replace('{title}', titles[index]!);
    previous.disabled = index === 0;
    next.disabled = index === slides.length - 1;
    if (location.hash !== hashOf(index)) history.replaceState(history.state, '', hashOf(index));
    if (otherLanguage) otherLanguage.href = `${otherLanguageHref}${hashOf(index)}`;
    if (focusWasInSlide) slides[index]!.focus({ preventScroll: true });
  };
  const move = (step: DeckMove) => show(moveTo(current, step, slides.length));

  document.documentElement.classList.add('deck-on');
  controls.hidden = false;
  show(slideFromHash(location.hash, slides.length) ?? 0);

  previous.addEventListener('click', () => move('previous'));
  next.addEventListener('click', () => move('next'));
  addEventListener('hashchange', () => {
    const index = slideFromHash(location.hash, slides.length);
    if (index === null) history.replaceState(history.state, '', hashOf(current)); // #99 or #peta: stay, and say where
    else show(index);
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const step = keyMove(event);
    if (!step) return;
    const onControl = event.target instanceof Element && event.target.closest(CONTROL);
    if (onControl && (event.key === ' ' || event.key === 'Spacebar')) return;
    event.preventDefault();
    move(step);
  });

  let start: { x: number; y: number } | null = null;
  deck.addEventListener('touchstart', (event) => {
    const touch = event.touches[0];
    start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
  }, { passive: true });
  deck.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    if (!start || !touch) return;
    const step = swipeMove(touch.clientX - start.x, touch.clientY - start.y);
    start = null;
    if (step) move(step);
  }, { passive: true });

  // The whole page goes full screen (not only the slide), so the controls stay at hand.
  if (document.fullscreenEnabled) {
    fullscreen.hidden = false;
    const pressed = () => fullscreen.setAttribute('aria-pressed', String(document.fullscreenElement !== null));
    fullscreen.addEventListener('click', () => {
      const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
      request.catch(() => { /* refused (a browser policy): the deck works as it is */ });
    });
    document.addEventListener('fullscreenchange', pressed);
    pressed();
  }
}
