// The search box and its results on /search/. Loaded only on that page, so no other page carries
// search code; the index and Pagefind's code (WebAssembly) load on the first search.
// Results are built as DOM nodes; the excerpt's <mark> highlights are copied as elements, and
// everything else in it only ever as text.
import { describeResults, excerptParts, type SearchHit } from '../../lib/search-results';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<SearchHit> }[] } | null>;
}

let pagefindLoading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A runtime URL, so the bundler leaves it alone: the index is made after the site is built.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  return (pagefindLoading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 22 });
    await pagefind.init();
    return pagefind;
  }));
}

const MAX_RESULTS = 10;

function excerptNode(excerpt: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search__excerpt';
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else {
      p.append(part.text);
    }
  }
  return p;
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search__result';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.meta.title ?? hit.url;
  const heading = document.createElement('h3');
  heading.append(link);
  li.append(heading);
  if (hit.meta.kind) {
    const kind = document.createElement('p');
    kind.className = 'search__kind';
    kind.textContent = hit.meta.kind;
    li.append(kind);
  }
  li.append(excerptNode(hit.excerpt));
  // Sections of the page that match (a glossary term, a lesson's section), up to three.
  const sections = (hit.sub_results ?? []).filter((sub) => sub.url !== hit.url && sub.title).slice(0, 3);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search__sections';
    for (const sub of sections) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      item.append(a, excerptNode(sub.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Wires a search form: input, results list and a status line that screen readers announce. */
export function attachSearch(form: HTMLFormElement): { input: HTMLInputElement } {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const results = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  let latest = 0;

  async function run(): Promise<void> {
    const term = input.value.trim();
    const ticket = ++latest;
    if (term === '') {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(term, {}, 150);
      if (search === null || ticket !== latest) return; // a newer search is under way
      const hits = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      results.replaceChildren(...hits.map(resultItem));
      status.textContent = describeResults(term, search.results.length, hits.length);
    } catch {
      pagefindLoading = undefined;
      status.textContent = 'Search could not load. Check your connection and try again.';
    }
  }

  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter takes you to the first result, once there is one.
    const first = results.querySelector<HTMLAnchorElement>('a');
    if (first) first.focus();
    else void run();
  });
  if (input.value.trim() !== '') void run();
  return { input };
}
