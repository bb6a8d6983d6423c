import { describe, expect, it } from 'vitest';
import type { ComposedMail } from './compose/types';
import { inlineCidImages, previewAttachments } from './preview-view';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const mail: ComposedMail = {
  subject: 's',
  html: '<img src="cid:qr@x" alt="a"><img src="cid:missing@x" alt="b"><p>cid:qr@x in text</p>',
  text: 't',
  attachments: [
    { filename: 'ticket.png', content: png, cid: 'qr@x', contentType: 'image/png' },
    { filename: 'termin.ics', content: 'BEGIN:VCALENDAR\r\nÄ', contentType: 'text/calendar' },
  ],
};

describe('inlineCidImages', () => {
  it('replaces image cid references by data URIs of the matching attachment and leaves everything else alone', () => {
    const html = inlineCidImages(mail);
    expect(html).toContain(`<img src="data:image/png;base64,${png.toString('base64')}" alt="a">`);
    expect(html).toContain('<img src="cid:missing@x" alt="b">');
    expect(html).toContain('<p>cid:qr@x in text</p>');
  });
});

describe('previewAttachments', () => {
  it('lists name, type, byte size and whether the attachment is inline', () => {
    expect(previewAttachments(mail)).toEqual([
      { filename: 'ticket.png', contentType: 'image/png', size: 4, inline: true },
      { filename: 'termin.ics', contentType: 'text/calendar', size: 19, inline: false },
    ]);
  });
});
