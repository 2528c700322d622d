// The link check of a built site, shared by the demo's test and the frozen-release test: every internal link,
// script, stylesheet and image of every page resolves to a built file, and every #fragment to an id on its page.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileOf, idsIn, linksIn, type BuiltPage } from './built-html.ts';

export interface LinkCheck {
  /** "page: link (why)" for every link that does not resolve. */
  broken: string[];
  /** How many internal links were checked. */
  checked: number;
  /** Links to other sites, for readers to follow. */
  external: Set<string>;
}

/** Checks the links of `pages` (read from `dist`), whose absolute links to `siteOrigin` are internal. */
export async function checkLinks(dist: string, pages: readonly BuiltPage[], siteOrigin: string): Promise<LinkCheck> {
  const exists = (file: string) => stat(join(dist, file)).then((s) => s.isFile(), () => false);
  const ids = new Map(pages.map((p) => [p.path, new Set(idsIn(p.html))]));
  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    for (const link of linksIn(page.html)) {
      const url = new URL(link, `${siteOrigin}${page.path}`);
      if (url.protocol === 'mailto:' || url.protocol === 'tel:') continue;
      if (url.origin !== siteOrigin) {
        external.add(url.href);
        continue;
      }
      checked++;
      const file = fileOf(url.pathname);
      if (!(await exists(file))) {
        broken.push(`${page.path}: ${link} (no ${file})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const target = file.endsWith('.html') ? ids.get(url.pathname) : undefined;
      if (fragment && target && !target.has(fragment)) broken.push(`${page.path}: ${link} (no id "${fragment}" on ${url.pathname})`);
    }
  }
  return { broken, checked, external };
}
