// An Atom feed of releases (/rilis/feed.xml), newest first: a newsroom's feed reader hears of new data the day it
// is published. Each entry links to the release's permanent page; nothing in it changes once published.
import type { APIRoute } from 'astro';
import { shownValue } from '../../lib/approximate.ts';
import { formatCount, formatDate, formatDifference } from '../../lib/format.ts';
import { absoluteUrl, href } from '../../lib/routes.ts';
import { getSite, releaseDates, siteLanguages } from '../../lib/site-data.ts';
import { escapeXml } from '../../shared/escape-xml.ts';

export const GET: APIRoute = ({ site: origin }) => {
  const url = (path: string) => absoluteUrl(path, origin);
  const releases = releaseDates().reverse();
  const latest = getSite();
  const entries = releases.map((release, i) => {
    const site = getSite(release);
    const total = shownValue(site.cell(site.kota.code), 'count');
    const previous = releases[i + 1];
    const before = previous === undefined ? null : shownValue(getSite(previous).cell(site.kota.code), 'count');
    const difference = total.value === null || before === null || before.value === null ? null
      : formatDifference(total.value - before.value, 'id', total.approximate || before.approximate);
    const change = difference === null ? '' : ` (${difference} sejak rilis sebelumnya)`;
    const link = url(href({ lang: 'id', release }, '/'));
    return [
      '  <entry>',
      `    <title>${escapeXml(`Rilis data per ${formatDate(release, 'id')}`)}</title>`,
      `    <id>${link}</id>`,
      `    <link rel="alternate" type="text/html" hreflang="id" href="${link}"/>`,
      ...siteLanguages().filter((lang) => lang !== 'id').map((lang) =>
        `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${url(href({ lang, release }, '/'))}"/>`),
      `    <updated>${release}T00:00:00Z</updated>`,
      `    <summary>${escapeXml(`${formatCount(total.value, 'id', total.approximate)} peserta aktif${change}. ${site.metadata.source.id}.${site.metadata.synthetic ? ' Data sintetis.' : ''}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">',
    `  <title>${escapeXml(`${latest.metadata.programName.id}: rilis data`)}</title>`,
    `  <id>${url('/rilis/')}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${url('/rilis/feed.xml')}"/>`,
    `  <link rel="alternate" type="text/html" href="${url('/rilis/')}"/>`,
    `  <updated>${releases[0] ?? latest.metadata.asOfDate}T00:00:00Z</updated>`,
    `  <author><name>${escapeXml(latest.metadata.region.name)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
