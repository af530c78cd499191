import QRCode from 'qrcode';

export type QrCode = { size: number; path: string };

const QUIET_ZONE = 2;

/** A QR code as one SVG path, drawn here so no remote service ever sees the URL. */
export function toQrCode(text: string): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  let path = '';
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && modules.get(row, column)) column += 1;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`;
    }
  }
  return { size: size + QUIET_ZONE * 2, path };
}
