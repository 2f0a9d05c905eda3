// Clickjacking (issue 23): another site can show a page of this one in a frame, invisibly, and trick
// a click on "Delete everything". A <meta> CSP cannot forbid framing (frame-ancestors only works as
// a header; the build writes one for hosts that read a headers file: src/integrations/
// security-headers.ts). So destructive actions also refuse to run here while the page is framed by
// another origin, and the page says to open it in its own tab.

/** What is needed of a window: its own, its top's, and their origins. */
export interface FrameView {
  self: unknown;
  top: { location: { origin: string } } | null;
  location: { origin: string };
}

/**
 * Whether the page is in a frame whose top page is on another origin. Reading another origin's
 * location throws, so anything that cannot be read counts as another origin.
 */
export function framedByOtherOrigin(view: FrameView = window as unknown as FrameView): boolean {
  try {
    if (view.top === view.self) return false;
    return view.top === null || view.top.location.origin !== view.location.origin;
  } catch {
    return true;
  }
}

export const FRAMED_MESSAGE =
  'This page is shown inside another website, so nothing can be deleted here: that site could have tricked you into the click. Open the page in its own tab to delete.';

/**
 * For a destructive action: true (and the person is told, in a dialog the framing site cannot
 * cover) when it must not run because the page is framed by another origin.
 */
export function refuseWhenFramed(view?: FrameView): boolean {
  if (!framedByOtherOrigin(view)) return false;
  try {
    alert(FRAMED_MESSAGE);
  } catch {
    // A sandboxed frame may block dialogs; the page's own notice says it too (FramedNotice).
  }
  return true;
}
