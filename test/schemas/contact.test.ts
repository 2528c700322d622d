import { describe, expect, it } from 'vitest';
import { Contact } from '../../src/schemas/contact.ts';
import { Program } from '../../src/schemas/program.ts';
import { publishedMetadata } from '../helpers/stage1.ts';
import { loadProgram } from '../../src/pipeline/load/input-folder.ts';

const name = { id: 'Tim data', en: 'Data team' };
const messages = (value: unknown) => {
  const result = Contact.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Contact', () => {
  it('Contact accepts an e-mail address, a WhatsApp number, or both', () => {
    expect(messages({ name, email: 'transparansi@example.org' })).toEqual([]);
    expect(messages({ name, whatsapp: '6281234567890' })).toEqual([]);
    expect(messages({ name, email: 'transparansi@example.org', whatsapp: '6281234567890' })).toEqual([]);
  });

  it('Contact refuses a contact with neither', () => {
    expect(messages({ name })).toEqual([': give an email, a whatsapp number or both']);
  });

  it('Contact refuses WhatsApp numbers written with +, spaces, dashes or a leading 0, saying how to write them', () => {
    for (const whatsapp of ['+6281234567890', '62 812 3456 7890', '0812-3456-7890', '081234567890', '62812']) {
      expect(messages({ name, whatsapp }), whatsapp).toEqual(['whatsapp: must be digits only with the country code and no + or leading 0, e.g. 6281234567890']);
    }
  });

  it('Contact refuses an address that is not an e-mail address, and a name without both languages', () => {
    expect(messages({ name, email: 'transparansi at example.org' })).toEqual(['email: must be an e-mail address, e.g. transparansi@example.org']);
    expect(messages({ name: { id: 'Tim data' }, email: 'a@example.org' })[0]).toMatch(/^name\.en:/);
  });
});

describe('contact in program.json and metadata.json', () => {
  it('Program takes an optional contact and checks it', async () => {
    const sample = await loadProgram('data/sample');
    const { contact: _omitted, ...withoutContact } = sample;
    expect(Program.safeParse(withoutContact).success).toBe(true);
    const bad = Program.safeParse({ ...withoutContact, contact: { name, whatsapp: '+62 812' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['contact', 'whatsapp']);
  });

  it('the sample program names a fictional contact at a reserved example.org address', async () => {
    const sample = await loadProgram('data/sample');
    expect(sample.contact?.email).toMatch(/@example\.org$/);
    expect(sample.contact?.name.id).toMatch(/fiktif/);
    expect(sample.contact?.name.en).toMatch(/fictional/);
  });

  it('publish() carries the contact into metadata.json unchanged, and leaves it out when program.json has none', async () => {
    const program = await loadProgram('data/sample');
    const contact = { name: { id: 'Dinas uji', en: 'Test office' }, email: 'uji@example.org', whatsapp: '6281200000000' };
    expect((await publishedMetadata({ ...program, contact })).contact).toEqual(contact);
    const { contact: _omitted, ...withoutContact } = program;
    expect(await publishedMetadata(withoutContact as Program)).not.toHaveProperty('contact');
  });
});
