// The modules of a QR code as one SVG path, from qrcode-generator (passed in: the page loads that
// library only when a code is drawn). Error correction M (15 % of the code may be smudged or
// folded) suits a printed handout.
import type qrcode from 'qrcode-generator';

export interface QrDrawing {
  /** Modules along one side, without the quiet zone. */
  size: number;
  /** One `M x y h1v1h-1z` square per dark module. */
  path: string;
}

/** The blank margin scanners need, in modules, on every side. */
export const QUIET_ZONE = 4;

/** The code for `text`, or undefined when it is too long for any QR code. */
export function drawQr(make: typeof qrcode, text: string): QrDrawing | undefined {
  try {
    const qr = make(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    const size = qr.getModuleCount();
    let path = '';
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
    return { size, path };
  } catch {
    return undefined;
  }
}

/** How wide one module prints, in millimetres, when the code with its quiet zone is `widthMm` wide. */
export const moduleMm = (size: number, widthMm: number): number => widthMm / (size + 2 * QUIET_ZONE);
