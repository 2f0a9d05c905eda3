/** Beside a hand-in whose shared words signal risk: what the mark means and what to do. */
export function NeedsALook() {
  return (
    <div class="needs-look-note" role="note" data-needs-look-note>
      <p>
        <strong class="needs-look">Needs a look.</strong> Some words this student shared may mean they are at risk of harm (self-harm,
        suicide or abuse). Follow your school’s safeguarding procedure today.
      </p>
      <p>
        This is a word check, not a diagnosis: it can be wrong, and it can miss things, so read every hand-in as you always would. Help
        lines to pass on are on the <a href="/help/">help page</a>.
      </p>
    </div>
  );
}
