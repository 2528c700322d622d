// Filters the place list as the reader types. Without JavaScript the box stays hidden and the list is a plain list.
import { matchesPlace } from '../lib/place-search.ts';

for (const box of document.querySelectorAll<HTMLElement>('[data-place-search]')) {
  const input = box.querySelector('input')!;
  const items = [...box.querySelectorAll<HTMLElement>('[data-key]')];
  const groups = [...box.querySelectorAll<HTMLElement>('[data-group]')];
  const none = box.querySelector<HTMLElement>('[data-none]')!;
  const status = box.querySelector<HTMLElement>('[role="status"]')!;
  box.querySelector('[data-search-form]')!.removeAttribute('hidden');
  const filter = () => {
    const query = input.value;
    let shown = 0;
    for (const item of items) {
      const match = matchesPlace(item.dataset.key!, query);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = group.querySelector('[data-key]:not([hidden])') === null;
    none.hidden = shown > 0;
    status.textContent = query.trim() === '' ? '' : `${shown} ${box.dataset.resultsLabel}`;
  };
  input.addEventListener('input', filter);
}
