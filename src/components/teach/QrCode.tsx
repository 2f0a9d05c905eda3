// A QR code drawn as SVG on the device (src/lib/qr.ts; qrcode-generator computes the modules, loaded
// only when a code is first drawn). No image is fetched and no markup is injected: the code is one
// <path> built from the module grid.
import { useEffect, useState } from 'preact/hooks';
import { drawQr, QUIET_ZONE, type QrDrawing } from '../../lib/qr';

export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawing, setDrawing] = useState<{ text: string; qr: QrDrawing | undefined }>();
  useEffect(() => {
    let live = true;
    void import('qrcode-generator').then(
      (m) => live && setDrawing({ text, qr: drawQr(m.default, text) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (drawing?.text !== text) return <p class="muted qr-waiting">Drawing the QR code…</p>;
  if (!drawing.qr)
    return <p class="notice notice--quiet">This link is too long for a QR code. Copy it or download it as a file instead.</p>;
  const { size, path } = drawing.qr;
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`} shape-rendering="crispEdges">
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
