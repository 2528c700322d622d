import { describe, expect, it } from 'vitest';
import { reportLinks, whatsappShareHref } from '../../src/lib/share-links.ts';
import { shareSentence } from '../../src/figures/share-text.ts';

const URL_KEC = 'https://data.example.org/kecamatan/batam-kota/';

describe('whatsappShareHref', () => {
  it('whatsappShareHref(text, url) opens wa.me with the sentence and the address on the next line', () => {
    const href = whatsappShareHref('2.418 peserta aktif di Kecamatan Batam Kota (data per 30 November 2025)', URL_KEC);
    const link = new URL(href);
    expect(link.origin + link.pathname).toBe('https://wa.me/');
    expect(link.searchParams.get('text')).toBe(`2.418 peserta aktif di Kecamatan Batam Kota (data per 30 November 2025)\n${URL_KEC}`);
  });

  it('whatsappShareHref encodes &, #, + and spaces so the message is not cut or changed', () => {
    const href = whatsappShareHref('A & B #1 + 50%', 'https://x.example/?a=1&b=2');
    expect(href).not.toMatch(/[ #+]/);
    expect(new URL(href).searchParams.get('text')).toBe('A & B #1 + 50%\nhttps://x.example/?a=1&b=2');
    expect(href.split('?text=')[1]).not.toContain('&');
  });
});

describe('reportLinks', () => {
  const figure = '2.418 peserta aktif di Kecamatan Batam Kota (data per 30 November 2025)';

  it('reportLinks(email contact) gives a mailto link with the figure in the subject and the page and figure in the body', () => {
    const links = reportLinks({ name: { id: 'Tim data', en: 'Data team' }, email: 'transparansi@example.org' }, { lang: 'id', url: URL_KEC, figure });
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link!.channel).toBe('email');
    expect(link!.address).toBe('transparansi@example.org');
    const mail = new URL(link!.href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('transparansi@example.org');
    // RFC 6068: spaces as %20 (a "+" would stay a "+" in mail clients), line breaks as %0D%0A.
    expect(link!.href).not.toContain('+');
    expect(link!.href).toContain('%0D%0A');
    const subject = decodeURIComponent(link!.href.match(/[?&]subject=([^&]*)/)![1]!);
    const body = decodeURIComponent(link!.href.match(/[?&]body=([^&]*)/)![1]!);
    expect(subject).toBe(`Laporan ketidaksesuaian data: ${figure}`);
    expect(body.split('\r\n').slice(0, 2)).toEqual([`Halaman: ${URL_KEC}`, `Angka: ${figure}`]);
    expect(body).toMatch(/jangan menulis NIK/);
  });

  it('reportLinks(WhatsApp contact) gives wa.me/<number> with the report as text, in English on English pages', () => {
    const links = reportLinks({ name: { id: 'Tim data', en: 'Data team' }, whatsapp: '6281200000000' }, { lang: 'en', url: URL_KEC, figure: '2,418 active members' });
    expect(links.map((l) => l.channel)).toEqual(['whatsapp']);
    const link = new URL(links[0]!.href);
    expect(link.origin + link.pathname).toBe('https://wa.me/6281200000000');
    const text = link.searchParams.get('text')!;
    expect(text.split('\n').slice(0, 3)).toEqual(['Data discrepancy report', `Page: ${URL_KEC}`, 'Figure: 2,418 active members']);
    expect(text).toMatch(/do not include NIK/);
    expect(links[0]!.address).toBe('+6281200000000');
  });

  it('reportLinks(contact with both) lists e-mail first, then WhatsApp', () => {
    const links = reportLinks({ name: { id: 'Tim', en: 'Team' }, email: 'a@example.org', whatsapp: '6281200000000' }, { lang: 'id', url: URL_KEC });
    expect(links.map((l) => l.channel)).toEqual(['email', 'whatsapp']);
  });

  it('reportLinks without a figure names only the page', () => {
    const [link] = reportLinks({ name: { id: 'Tim', en: 'Team' }, email: 'a@example.org' }, { lang: 'id', url: URL_KEC });
    const subject = decodeURIComponent(link!.href.match(/[?&]subject=([^&]*)/)![1]!);
    const body = decodeURIComponent(link!.href.match(/[?&]body=([^&]*)/)![1]!);
    expect(subject).toBe('Laporan ketidaksesuaian data');
    expect(body).toContain(URL_KEC);
    expect(body).not.toContain('Angka:');
  });
});

describe('shareSentence', () => {
  it('shareSentence reads figure, label, place and date in the page language', () => {
    const facts = { figure: '2.418', figureLabel: 'peserta aktif', place: 'Kecamatan Batam Kota', asOfDate: '30 November 2025', synthetic: false };
    expect(shareSentence({ ...facts, lang: 'id' })).toBe('2.418 peserta aktif di Kecamatan Batam Kota (data per 30 November 2025)');
    expect(shareSentence({ ...facts, lang: 'en', figure: '2,418', figureLabel: 'active members' }))
      .toBe('2,418 active members in Kecamatan Batam Kota (data as of 30 November 2025)');
  });

  it('shareSentence(synthetic) says so first, so a forwarded message cannot pass the numbers off as real', () => {
    const facts = { figure: '1', figureLabel: 'x', place: 'y', asOfDate: 'z', synthetic: true };
    expect(shareSentence({ ...facts, lang: 'id' })).toMatch(/^\[DATA SINTETIS\] /);
    expect(shareSentence({ ...facts, lang: 'en' })).toMatch(/^\[SYNTHETIC DATA\] /);
  });
});
