// The finder's enhancements. Questions: the answer links become radio buttons and a Continue button that goes to the
// same addresses. Results: a country list hides the guides that country's citizens cannot use. Without a script both
// pages work as plain links and lists.

/** Turns each answer link into a radio; Continue follows the chosen link. */
class FinderQuestion extends HTMLElement {
  connectedCallback() {
    const list = this.querySelector('[data-answers]');
    const links = [...this.querySelectorAll<HTMLAnchorElement>('[data-answer]')];
    if (!list || !links.length) return;
    const form = document.createElement('form');
    form.className = 'mt-5 space-y-3';
    for (const a of links) {
      const id = `answer-${a.dataset.answer}`;
      const row = document.createElement('div');
      row.className = 'flex items-start gap-3 rounded border-2 border-slate-400 px-4 py-3 dark:border-slate-500';
      const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'answer', id, value: a.href, className: 'mt-1.5 h-5 w-5 shrink-0', required: true });
      const label = Object.assign(document.createElement('label'), { htmlFor: id, className: 'text-lg font-semibold', textContent: a.textContent });
      row.append(radio, label);
      form.append(row);
    }
    const go = Object.assign(document.createElement('button'), { type: 'submit', textContent: this.dataset.continue ?? 'Continue', className: 'rounded bg-brand px-5 py-2 text-lg font-bold text-white dark:bg-brand-dark dark:text-ink' });
    form.append(go);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input[name=answer]:checked');
      if (chosen) location.assign(chosen.value);
    });
    list.replaceWith(form);
  }
}

/** Narrows the result cards to the programs the chosen country can use; guides open to any citizenship always stay. */
class FinderResults extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector<HTMLSelectElement>('[data-country]');
    const status = this.querySelector<HTMLElement>('[data-country-status]');
    if (!select) return;
    const cards = [...this.querySelectorAll<HTMLElement>('[data-result]')];
    select.addEventListener('change', () => {
      const programs = select.value.split(' ').filter(Boolean);
      for (const card of cards) card.hidden = Boolean(programs.length && card.dataset.program && !programs.includes(card.dataset.program));
      const shown = cards.filter((c) => !c.hidden).length;
      if (status) status.textContent = programs.length ? (shown === 1 ? this.dataset.statusOne! : this.dataset.statusMany!.replace(/\d+/, String(shown))) : '';
    });
  }
}

export const defineFinderQuestion = () => { if (!customElements.get('finder-question')) customElements.define('finder-question', FinderQuestion); };
export const defineFinderResults = () => { if (!customElements.get('finder-results')) customElements.define('finder-results', FinderResults); };
