import QRCode from 'qrcode';

/** A QR code of an address as inline SVG, drawn at build time (for the printed handout). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}
