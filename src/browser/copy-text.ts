// The copy buttons of FigureTools.astro. Without JavaScript (or without the Clipboard API, on pages not served
// over HTTPS) the buttons stay hidden and the citation and embed code are there to select. With it, each
// `button[data-copy]` appears and copies the text of the element it names; the figure's status region says so.
if (navigator.clipboard?.writeText) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const text = document.getElementById(button.dataset.copy ?? '')?.textContent?.trim() ?? '';
    const status = button.closest('[data-figure-tools]')?.querySelector('[data-copy-status]');
    let message = button.dataset.failed ?? '';
    try {
      await navigator.clipboard.writeText(text);
      message = button.dataset.copied ?? '';
    } catch {
      // The text stays on the page to select by hand; the status says so.
    }
    if (status) {
      // Emptied first, so the same message said twice is announced twice.
      status.textContent = '';
      setTimeout(() => { status.textContent = message; }, 50);
    }
  });
}
