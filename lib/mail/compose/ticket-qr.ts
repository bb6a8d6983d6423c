import QRCode from 'qrcode';

/** PNG of the ticket's QR code (error correction M survives a scuffed phone screen). */
export function ticketQrPng(ticketCode: string): Promise<Buffer> {
  return QRCode.toBuffer(ticketCode, { errorCorrectionLevel: 'M', margin: 2, width: 440 });
}
