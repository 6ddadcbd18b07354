import { describe, expect, it } from 'vitest';
import type { Author, Evidence } from '../model/evidence.js';
import type { Manifest } from '../model/manifest.js';
import { resolveAuthors } from './resolve-authors.js';

let counter = 0;
function item(author: Author | null, overrides: Partial<Evidence> = {}): Evidence {
  counter++;
  return {
    id: `S1:m${counter}`,
    source: 'S1',
    at: null,
    author,
    visibility: 'public',
    text: 'x',
    ...overrides,
  };
}
const unknown = (name: string, email?: string): Author => ({
  name,
  role: 'unknown',
  side: 'unknown',
  ...(email ? { email } : {}),
});
const MANIFEST: Manifest = {
  people: [
    { name: 'Sigrún Jónsdóttir', role: 'customer' },
    { name: 'Nkechi Adebayo', role: 'success', title: 'Account Manager' },
    { name: 'Hyun-woo Park', role: 'unknown', title: 'Billing Support Specialist' },
  ],
  files: {},
};

describe('resolveAuthors', () => {
  it('applies manifest roles by name, ignoring case and accents, and derives the side', () => {
    const [a, b] = resolveAuthors(
      [
        item(unknown('sigrun jonsdottir', 'sigrun@quaysidemedia.co.uk')),
        item({ name: 'NKECHI ADEBAYO', role: 'support', side: 'internal' }),
      ],
      MANIFEST,
    );
    expect(a?.author).toMatchObject({ role: 'customer', side: 'external' });
    expect(b?.author).toMatchObject({ role: 'success', side: 'internal' });
  });

  it('falls back to the title of a manifest person whose role is unknown', () => {
    const [a] = resolveAuthors([item(unknown('Hyun-woo Park'))], MANIFEST);
    expect(a?.author?.role).toBe('support');
  });

  it('matches a first name alone only when one manifest person has it', () => {
    const manifest: Manifest = {
      people: [
        { name: 'Chloé Dubois', role: 'support' },
        { name: 'Rafael Souza', role: 'engineering' },
        { name: 'Rafael Lima', role: 'customer' },
      ],
      files: {},
    };
    const [chloe, rafael] = resolveAuthors([item(unknown('Chloe')), item(unknown('Rafael'))], manifest);
    expect(chloe?.author?.role).toBe('support');
    expect(rafael?.author?.role).toBe('unknown');
  });

  it('gives an e-mail author the role the same address has in a ticket', () => {
    const ticket = item({
      name: 'Dana W.',
      role: 'customer',
      side: 'external',
      email: 'dana.whitfield@northwind-traders.com',
    });
    const mail = item(unknown('Dana Whitfield', 'dana.whitfield@northwind-traders.com'));
    expect(resolveAuthors([ticket, mail], null)[1]?.author).toMatchObject({
      role: 'customer',
      side: 'external',
    });
  });

  it('gives an unknown author the role the same name has elsewhere', () => {
    const slack = item({ name: 'Kenji Ito', role: 'engineering', side: 'internal' });
    const mail = item(unknown('Kenji Ito', 'kenji@acme.example'));
    expect(resolveAuthors([slack, mail], null)[1]?.author?.role).toBe('engineering');
  });

  it('matches a signed first name to a full name seen elsewhere when only one role has it', () => {
    const slack = item({ name: 'Nadia Farouk', role: 'success', side: 'internal' });
    const other = item({ name: 'Nadia Kim', role: 'success', side: 'internal' });
    const clash = item({ name: 'Sam Lee', role: 'support', side: 'internal' });
    const clash2 = item({ name: 'Sam Ortiz', role: 'customer', side: 'external' });
    const out = resolveAuthors(
      [slack, other, clash, clash2, item(unknown('Nadia')), item(unknown('Sam'))],
      null,
    );
    expect(out[4]?.author).toMatchObject({ role: 'success', side: 'internal' });
    expect(out[5]?.author?.role).toBe('unknown');
  });

  it('classifies by domain: a customer domain, the account domain, or a staff domain', () => {
    const customer = item({
      name: 'Dana',
      role: 'customer',
      side: 'external',
      email: 'dana@northwind-traders.com',
    });
    const agent = item({ name: 'Marisol', role: 'support', side: 'internal', email: 'marisol@acme.example' });
    const account = item(null, {
      meta: { unit: 'account', field: 'domain' },
      text: 'Domain: quaysidemedia.co.uk (from billing_contact)',
      visibility: 'internal',
    });
    const boss = item(unknown('Björn Åkesson', 'bjorn.akesson@northwind-traders.com'));
    const colleague = item(unknown('Sofia Lindqvist', 'sofia@acme.example'));
    const finance = item(unknown('Finance', 'ap@mail.quaysidemedia.co.uk'));
    const stranger = item(unknown('Someone', 'someone@gmail.com'));
    const out = resolveAuthors([customer, agent, account, boss, colleague, finance, stranger], null);
    expect(out[3]?.author).toMatchObject({ role: 'customer', side: 'external' });
    expect(out[4]?.author).toMatchObject({ role: 'support', side: 'internal' });
    expect(out[5]?.author).toMatchObject({ role: 'customer', side: 'external' });
    expect(out[6]?.author).toMatchObject({ role: 'unknown', side: 'unknown' });
  });

  it('takes an e-mail from another organisation than the staff to be the customer, once staff mail is known', () => {
    const agent = item({
      name: 'ayesha',
      role: 'support',
      side: 'internal',
      email: 'ayesha.siddiqui@shipbeam.com',
    });
    const mail = item(unknown('João Ribeiro', 'joao.ribeiro@copperline.com.br'), { meta: { unit: 'email' } });
    const chat = item(unknown('Visitor', 'visitor@copperline.com.br'), { meta: { unit: 'message' } });
    const webmail = item(unknown('Jo', 'jo@gmail.com'), { meta: { unit: 'email' } });
    const out = resolveAuthors([agent, mail, chat, webmail], null);
    expect(out[1]?.author).toMatchObject({ role: 'customer', side: 'external' });
    expect(out[2]?.author?.role).toBe('unknown');
    expect(out[3]?.author?.role).toBe('unknown');
    expect(resolveAuthors([mail], null)[0]?.author?.role).toBe('unknown');
  });

  it('takes mail its format put outside the team to be the customer, unless it comes from a staff domain', () => {
    const writer = item(
      { name: 'Tove Lind', role: 'unknown', side: 'external', email: 'tove@fjordbakeri.example' },
      { meta: { unit: 'email' } },
    );
    const webmail = item(
      { name: 'Kim', role: 'unknown', side: 'external', email: 'kim77@gmail.com' },
      { meta: { unit: 'email' } },
    );
    expect(resolveAuthors([writer, webmail], null).map((e) => e.author?.role)).toEqual([
      'customer',
      'customer',
    ]);
    const agent = item({ name: 'Ola', role: 'support', side: 'internal', email: 'ola@fjordbakeri.example' });
    expect(resolveAuthors([agent, writer], null)[1]?.author?.role).toBe('support');
  });

  it('learns the staff domain from a mail author a format already placed on the internal side', () => {
    const manager = item(
      { name: 'Rhea Moss', role: 'unknown', side: 'internal', email: 'rhea.moss@tillerworks.example' },
      { meta: { unit: 'email', subject: 'Heads up: bakery chain' }, visibility: 'internal' },
    );
    const client = item(unknown('Ines Prado', 'ines@panaderia.example'), { meta: { unit: 'email' } });
    const colleague = item(unknown('Sam Hill', 'sam@tillerworks.example'), { meta: { unit: 'email' } });
    const out = resolveAuthors([manager, client, colleague], null);
    expect(out[0]).toMatchObject({ visibility: 'internal', author: { side: 'internal' } });
    expect(out[1]?.author).toMatchObject({ role: 'customer', side: 'external' });
    expect(out[2]?.author).toMatchObject({ role: 'support', side: 'internal' });
  });

  it('makes a staff member forwarding a thread internal, but not the forwarded customer message', () => {
    const agent = item({
      name: 'Kenji Ito',
      role: 'engineering',
      side: 'internal',
      email: 'kenji@acme.example',
    });
    const customer = item({
      name: 'Dana',
      role: 'customer',
      side: 'external',
      email: 'dana@northwind-traders.com',
    });
    const note = item(unknown('Sofia Lindqvist', 'sofia@acme.example'), {
      meta: { unit: 'email', subject: 'Fwd: Re: Order sync' },
    });
    const forwarded = item(unknown('Björn Åkesson', 'bjorn@northwind-traders.com'), {
      meta: { unit: 'email', subject: 'Re: Order sync' },
    });
    const reply = item(unknown('Kenji Ito', 'kenji@acme.example'), {
      meta: { unit: 'email', subject: 'Re: Order sync' },
    });
    const out = resolveAuthors([agent, customer, note, forwarded, reply], null);
    expect(out[2]).toMatchObject({ visibility: 'internal', author: { role: 'support', side: 'internal' } });
    expect(out[3]).toMatchObject({ visibility: 'public', author: { role: 'customer' } });
    expect(out[4]).toMatchObject({ visibility: 'public', author: { role: 'engineering' } });
  });

  it('never downgrades a known role, and ignores a name seen with two roles', () => {
    const manifest: Manifest = { people: [{ name: 'Alex', role: 'unknown' }], files: {} };
    const a = item({ name: 'Alex', role: 'support', side: 'internal' });
    const b = item({ name: 'Alex', role: 'customer', side: 'external' });
    const c = item(unknown('Alex'));
    const out = resolveAuthors([a, b, c], manifest);
    expect(out.map((e) => e.author?.role)).toEqual(['support', 'customer', 'unknown']);
  });

  it('returns new objects in the same order and leaves the input untouched', () => {
    const input = [item(unknown('Sigrún Jónsdóttir')), item(null)];
    const before = JSON.stringify(input);
    const out = resolveAuthors(input, MANIFEST);
    expect(JSON.stringify(input)).toBe(before);
    expect(out.map((e) => e.id)).toEqual(input.map((e) => e.id));
  });
});

describe('resolveAuthors and automatic mail', () => {
  it("keeps a customer's vacation notice a bot's, and does not make the customer's address a bot", () => {
    const auto = item(
      { name: 'Sigrún Jónsdóttir', role: 'bot', side: 'unknown', email: 'sigrun@quaysidemedia.co.uk' },
      { meta: { unit: 'email', automatic: 'auto-reply' } },
    );
    const real = item(unknown('Sigrun', 'sigrun@quaysidemedia.co.uk'), { meta: { unit: 'email' } });
    const [a, b] = resolveAuthors([auto, real], MANIFEST);
    expect(a?.author?.role).toBe('bot');
    expect(b?.author).toMatchObject({ role: 'customer', side: 'external' });
    // without the manifest, the bot's address decides nothing about the person's own mail
    const [, c] = resolveAuthors([auto, real], null);
    expect(c?.author?.role).toBe('unknown');
  });
});
