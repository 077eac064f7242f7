import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it.each([
    ['plain ASCII', 'plan.pdf', 'attachment; filename="plan.pdf"; filename*=UTF-8\'\'plan.pdf'],
    ['Vietnamese', 'Kế hoạch đua.docx', 'attachment; filename="Ke hoach dua.docx"; filename*=UTF-8\'\'K%E1%BA%BF%20ho%E1%BA%A1ch%20%C4%91ua.docx'],
    ['path-like', '../../etc/passwd.pdf', 'attachment; filename=".._.._etc_passwd.pdf"; filename*=UTF-8\'\'..%2F..%2Fetc%2Fpasswd.pdf'],
    ['quotes and newline', 'a"b\r\nc.pdf', 'attachment; filename="a_b__c.pdf"; filename*=UTF-8\'\'a%22b%0D%0Ac.pdf'],
  ])('encodes a %s name', (_label, name, expected) => {
    expect(attachmentDisposition(name)).toBe(expected);
  });
});
