// A worksheet opened from an assignment (/practice/<id>/#from=/assignment/?…, the link the
// assignment page makes) shows a way back to it. Loaded only when the address asks for it. Only a
// path to this site's assignment page is used; anything else shows nothing.
export function BackLink() {
  let from = '';
  try {
    from = decodeURIComponent(location.hash.slice('#from='.length));
  } catch {
    // A broken %-escape: no link rather than a wrong one.
  }
  if (!/^\/assignment\/\?[^\\\s]*$/.test(from)) return null;
  return (
    <p class="no-print" data-back-to-assignment>
      <a href={from}>← Back to your assignment</a>
    </p>
  );
}
