// "Salin tautan" / "Copy link" (src/components/ShareBar.astro). Without JavaScript, or where the Clipboard API is
// missing (pages not served over HTTPS), the page's address stays in a read-only field to select. With it, a
// button replaces the field and copies; the confirmation is shown on the button and spoken by a status region.
// If copying fails the field comes back with the address selected, and the status says to copy it by hand.
const CONFIRMATION_MS = 4000;

for (const bar of document.querySelectorAll<HTMLElement>('[data-share-bar]')) {
  const button = bar.querySelector<HTMLButtonElement>('[data-copy-link]');
  const label = bar.querySelector<HTMLElement>('[data-copy-label]');
  const field = bar.querySelector<HTMLElement>('[data-share-url]');
  const input = field?.querySelector('input');
  const status = bar.querySelector<HTMLElement>('[data-share-status]');
  if (!button || !label || !field || !input || !status || !navigator.clipboard?.writeText) continue;

  const idleLabel = label.textContent ?? '';
  let reset: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string) => {
    // Emptied first so that the same message, said twice, is announced twice.
    status.textContent = '';
    setTimeout(() => { status.textContent = message; }, 50);
  };

  button.hidden = false;
  field.hidden = true;
  button.addEventListener('click', async () => {
    clearTimeout(reset);
    try {
      await navigator.clipboard.writeText(input.value);
      label.textContent = bar.dataset.copied ?? idleLabel;
      button.dataset.state = 'copied';
      say(bar.dataset.copiedStatus ?? '');
      reset = setTimeout(() => {
        label.textContent = idleLabel;
        delete button.dataset.state;
        status.textContent = '';
      }, CONFIRMATION_MS);
    } catch {
      field.hidden = false;
      input.focus();
      input.select();
      say(bar.dataset.copyFailed ?? '');
    }
  });
}
