import QRCode from 'qrcode';

/** PNG of the ticket's QR code for its content (see ticketQrContent; error correction M survives a scuffed phone screen). */
export function ticketQrPng(content: string): Promise<Buffer> {
  return QRCode.toBuffer(content, { errorCorrectionLevel: 'M', margin: 2, width: 440 });
}
