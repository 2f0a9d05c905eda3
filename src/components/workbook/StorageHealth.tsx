// "Storage health": whether saving works, how much is stored, the last export, and whether the
// browser has agreed to keep the data (with a button to ask).
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { formatQuota, formatStored } from '../../lib/counts';
import { formatMoment } from '../../lib/date-format';
import { $saveStatus } from '../../stores/persistence';
import { $storageInfo } from '../../stores/storage-info';

export function StorageHealth() {
  const status = useStore($saveStatus, { ssr: 'initial' });
  const info = useStore($storageInfo, { ssr: 'initial' });
  const [estimate, setEstimate] = useState<{ usage?: number; quota?: number }>();
  const [persisted, setPersisted] = useState<boolean>();
  const [askResult, setAskResult] = useState('');

  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate, () => undefined);
    void navigator.storage?.persisted?.().then(setPersisted, () => undefined);
  }, []);

  const ask = async () => {
    if (!navigator.storage?.persist) {
      setAskResult('This browser does not offer to keep site data on request.');
      return;
    }
    const granted = await navigator.storage.persist();
    setPersisted(granted);
    setAskResult(
      granted ? 'The browser agreed to keep this site’s data.' : 'The browser did not agree this time; it may decide on its own later.',
    );
  };

  return (
    <section aria-labelledby="health-heading" class="no-print">
      <h2 id="health-heading">Storage health</h2>
      <dl class="health" data-storage-health>
        <dt>Saving in this browser</dt>
        <dd>
          {status.state === 'unsaved'
            ? 'Not working: this browser is refusing to store anything. Export or print your work before you leave.'
            : 'Working.'}
        </dd>
        <dt>Stored by this site</dt>
        <dd>
          {formatStored(info?.bytes)}
          {estimate?.quota ? ` (the browser allows this site ${formatQuota(estimate.quota)})` : ''}
        </dd>
        <dt>Last export</dt>
        <dd>{info?.lastExport ? formatMoment(info.lastExport) : 'Never, in this browser.'}</dd>
        <dt>Kept by the browser</dt>
        <dd>
          {persisted === undefined
            ? 'Unknown.'
            : persisted
              ? 'Yes: the browser has agreed not to clear it to save space.'
              : 'Not guaranteed.'}
        </dd>
      </dl>
      {!persisted && (
        <p>
          <button type="button" class="quiet" onClick={ask}>
            Ask the browser to keep this data
          </button>{' '}
          <span role="status" aria-live="polite">
            {askResult}
          </span>
        </p>
      )}
      <p>
        Browsers can delete a site’s data: when you clear your history, when the device is short of space, and Safari deletes it after seven
        days without a visit unless the site is installed on the home screen. If your writing matters to you, export it now and then, or
        install the site.
      </p>
    </section>
  );
}
