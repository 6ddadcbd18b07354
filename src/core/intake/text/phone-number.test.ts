import { describe, expect, it } from 'vitest';
import { hasPhoneNumber, isPhoneLine, maskPhoneNumbers, phoneNumbers } from './phone-number.js';

const found = (text: string) => phoneNumbers(text).map(({ start, end }) => text.slice(start, end));

describe('phoneNumbers', () => {
  it.each([
    ['Mobile +33 6 12 48 90 27', '+33 6 12 48 90 27'],
    ['Reach me on +4915112345678 any time.', '+4915112345678'],
    ['Sales: (312) 555-0199 (weekdays)', '(312) 555-0199'],
    ['Switchboard +44 (0)131 496 0022', '+44 (0)131 496 0022'],
    ['Tel. 0131 496 0022', '0131 496 0022'],
    ['T: 02 9876 5432', '02 9876 5432'],
    ['Ring the desk on 07700 900461 if it happens again.', '07700 900461'],
    ['Jan Visser  06-41234567', '06-41234567'],
    ['Fax: 1-312-555-0188', '1-312-555-0188'],
    ['Direct line 312.555.0177', '312.555.0177'],
    ['Phone: 612-3345671', '612-3345671'],
    ['"phone": "+41 44 668 18 00",', '+41 44 668 18 00'],
    ['callto:+4930901820 opens the dialler', '+4930901820'],
    ['caller=+13125550143 status=busy', '+13125550143'],
  ])('reads a phone number in %j', (text, number) => {
    expect(found(text)).toEqual([number]);
  });

  it.each([
    // mail delivery statuses, HTTP lines and versions
    '550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
    '421 4.7.0 Try again later, closing connection.',
    'HTTP/1.1 503 Service Unavailable',
    'Chrome Version: 5.0.375.99 (Official Build 51029)',
    'Connecting to 10.20.145.118:8443 ... failed',
    // dates, times, counts, ids, hex and columns of numbers
    'Since 2024-02-19 09:41 every sync fails.',
    'It worked on 19.02.2024 and stopped on 21.02.2024.',
    'We imported 1 250 000 rows, 3 400 were skipped.',
    'Order 2024-554210 and invoice INV-2024-88120 are both stuck.',
    'Crash id 4419823377, build 20240219.',
    '00 00 00 00 f3 0f 1e fa 41 f7',
    'PID 0 41523 12944',
    'glibc-2.8_p20080602 on x86_64',
    'Requests peaked at 500 502 504 during the rollout.',
    'See http://forum.example.org/thread?t=6812234 for the thread.',
  ])('reads no phone number in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hasPhoneNumber / maskPhoneNumbers / isPhoneLine', () => {
  it('blanks the number and keeps the offsets of what follows', () => {
    const text = 'Call +1 312 555 0143, uploads return 502.';
    const masked = maskPhoneNumbers(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/555/);
    expect(masked.indexOf('502')).toBe(text.indexOf('502'));
    expect(hasPhoneNumber(text)).toBe(true);
    expect(hasPhoneNumber('550-5.7.26 Unauthenticated mail')).toBe(false);
  });

  it('takes a line that is only a labelled number, with an extension', () => {
    expect(isPhoneLine('Office 0131 496 0022 ext. 14')).toBe(true);
    expect(isPhoneLine('M: +33 6 12 48 90 27')).toBe(true);
    expect(isPhoneLine('2024-02-19')).toBe(false);
    expect(isPhoneLine('Call 0131 496 0022 after five')).toBe(false);
  });
});
