// "Start the check" at the end of a lesson (CheckSection.astro says why this is not an Astro island).
// Shows the button (without JavaScript the page says the check needs it); on a press, loads the
// check's code (./mount-check.tsx, a separate chunk), hydrates the questions rendered on the server
// while they are still hidden, then shows them with focus on the first answer, as client:request
// does for a worksheet (src/exercises/on-request.ts).
const box = document.querySelector<HTMLElement>('[data-check-on-request]');
const opener = box?.querySelector<HTMLButtonElement>('button[data-open-check]');
const mount = box?.querySelector<HTMLElement>('[data-check-mount]');
const problem = box?.querySelector<HTMLElement>('[data-check-load-failed]');
if (box && opener && mount && problem) {
  let opening = false; // a second click while the code loads must not hydrate twice
  opener.closest('p')!.hidden = false;
  opener.addEventListener('click', () => {
    if (opening) return;
    opening = true;
    opener.setAttribute('aria-busy', 'true');
    import('./mount-check').then(
      ({ mountCheck }) => {
        mountCheck(mount);
        mount.hidden = false;
        opener.closest('p')!.hidden = true;
        problem.hidden = true;
        mount.querySelector<HTMLElement>('input')?.focus();
      },
      () => {
        // Offline, or the site was updated meanwhile: say so, and let the reader try again.
        opening = false;
        opener.removeAttribute('aria-busy');
        problem.hidden = false;
      },
    );
  });
}

export {};
