// The hand-in once made: what went wrong, whether it is signed, and the link (with a QR code and a
// file), or the file alone when it is too long for a link.
import { organiser } from '../../../lib/group-words';
import { MAX_CODE_LENGTH } from '../../../lib/transfer/hand-in';
import { CopyField } from '../CopyField';
import { QrCode } from '../QrCode';

export function HandInResult({
  error,
  link,
  fileOnly,
  unsigned,
  showQr,
  onToggleQr,
  onDownload,
  lead,
}: {
  /** What would make the teacher's page refuse the hand-in (too many entries, too large). */
  error: string;
  link: string;
  /** A hand-in code too long for a link the review page opens: offered as a file instead. */
  fileOnly: string;
  /** The hand-in could not be signed on this device. */
  unsigned: boolean;
  showQr: boolean;
  onToggleQr: () => void;
  onDownload: (code: string) => void;
  /** Who reads the hand-in, and on whose page (src/lib/group-words.ts). */
  lead: { who: string; page: string };
}) {
  return (
    <>
      {error && (
        <p class="notice notice--warning" id="handin-error" tabIndex={-1} role="alert" data-handin-problem>
          {error}
        </p>
      )}
      {(link || fileOnly) && unsigned && (
        <p class="muted" data-handin-unsigned>
          This browser could not sign your hand-in (it keeps no key in a private window, or the page is not on a secure connection), so{' '}
          {lead.page} will show it as unsigned. It can still be handed in.
        </p>
      )}
      {link && (
        <div data-handin-link>
          <CopyField id="handin-link" label={`Your hand-in link: send it to ${lead.who}`} value={link} />
          <p class="button-row">
            <button type="button" class="quiet" onClick={onToggleQr} aria-expanded={showQr}>
              {showQr ? 'Hide the QR code' : 'Show as a QR code'}
            </button>{' '}
            <button type="button" class="quiet" onClick={() => onDownload(link.slice(link.indexOf('#h=') + 3))}>
              Download as a file
            </button>
          </p>
          {showQr && <QrCode text={link} label="QR code of your hand-in link" />}
          {/* A class platform is a class's: a family's or team's own link (no teacher) leaves this out. */}
          {lead.who === organiser(undefined).who && (
            <p class="muted" data-platform-hand-in>
              Does your class hand in work on a class platform (the site where your teacher posts assignments)? Then choose “Download as a
              file”, open this assignment on the platform, attach the file you downloaded, and hand it in there as you hand in any other
              work. Your teacher can open the whole class’s files at once.
            </p>
          )}
        </div>
      )}
      {fileOnly && (
        <div class="notice notice--warning" data-handin-too-long>
          <p>
            <strong>Your hand-in is too long for a link</strong>: it would be {fileOnly.length.toLocaleString('en')} characters, and{' '}
            {lead.page} opens links of up to {MAX_CODE_LENGTH.toLocaleString('en')}. Download it as a file and send the file to {lead.who}{' '}
            instead (they open it on the same page), or untick some long answers and make the link again.
          </p>
          <p>
            <button type="button" onClick={() => onDownload(fileOnly)}>
              Download my hand-in as a file
            </button>
          </p>
        </div>
      )}
    </>
  );
}
