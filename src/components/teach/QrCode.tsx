// A QR code drawn as SVG on the device (qrcode-generator computes the modules). No image is fetched
// and no markup is injected: the code is one <path> built from the module grid. The generator (about
// 8 KB) loads the first time a code is shown, not with the page: most visits never show one.
import { useEffect, useState } from 'preact/hooks';

import type qrcodeGenerator from 'qrcode-generator';

type Generator = typeof qrcodeGenerator;
let generator: Generator | undefined;

export function QrCode({ text, label }: { text: string; label: string }) {
  const [, setLoaded] = useState(generator !== undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (generator) return;
    let live = true;
    import('qrcode-generator').then(
      (m) => {
        generator = m.default;
        if (live) setLoaded(true);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!generator) {
    return failed ? (
      <p class="notice notice--quiet">Part of this page did not load, so the QR code cannot be drawn. Copy the link instead.</p>
    ) : (
      <p class="muted" role="status">
        Drawing the QR code…
      </p>
    );
  }
  let path = '';
  let size: number;
  try {
    const qr = generator(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    size = qr.getModuleCount();
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  } catch {
    return <p class="notice notice--quiet">This link is too long for a QR code. Copy it or download it as a file instead.</p>;
  }
  const quiet = 4; // the blank margin scanners need
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`}
      shape-rendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
