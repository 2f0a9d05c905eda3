/** Beside a hand-in choice whose words signal risk: why it starts unticked, and where help is. */
export function CareChoiceNote({ id }: { id: string }) {
  return (
    <p class="field__hint choice__care" id={id} data-care-choice>
      This sounds hard, so it stays out of your hand-in unless you tick it yourself. If you would like to talk to someone now, the{' '}
      <a href="/help/">help page</a> lists who you can call or text.
    </p>
  );
}
