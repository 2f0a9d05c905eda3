// A worksheet opened from an assignment (/practice/<id>/#from=/assignment/?…) shows a link back to
// it above the worksheet. Loaded only when the address asks for it (site.ts). Only a path to this
// site's assignment page is accepted, and it is set as an attribute, never as markup.
let from = '';
try {
  from = decodeURIComponent(location.hash.slice('#from='.length));
} catch {
  // A broken %-escape: no link back rather than a wrong one.
}
const heading = document.querySelector('main h1');
if (/^\/assignment\/\?[^\\]*$/.test(from) && heading && !document.querySelector('[data-back-to-assignment]')) {
  const note = document.createElement('p');
  note.className = 'no-print';
  note.dataset['backToAssignment'] = '';
  const link = document.createElement('a');
  link.href = from;
  link.textContent = '← Back to your assignment';
  note.append(link);
  heading.before(note);
}
export {};
