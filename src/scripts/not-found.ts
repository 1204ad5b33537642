// The 404 page: from the mistyped address, suggest the guide it probably meant (a code, an alias, a near slug).
import { el } from './dom';
import { notFoundSuggestions } from '../lib/not-found';

customElements.define(
  'not-found-help',
  class extends HTMLElement {
    connectedCallback() {
      const { vocab, codes } = JSON.parse(this.querySelector('script')?.textContent ?? '{}');
      const found = notFoundSuggestions(location.pathname, vocab, codes);
      const box = this.querySelector<HTMLElement>('[data-suggestions]');
      if (!box || found.length === 0) return;
      box.querySelector('ul')!.replaceChildren(...found.map((s) => el('li', {}, el('a', { href: s.href }, s.label))));
      box.hidden = false;
    }
  },
);
