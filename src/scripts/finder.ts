// The finder's enhancements. Questions: Continue goes to the address of the chosen answer. Results: a country list
// hides the guides that country's citizens cannot use. Without a script both pages work as plain links and lists.

/** Continue follows the chosen answer's link (the radios and the button are in the page from the start). */
class FinderQuestion extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-answer-form]');
    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input[name=answer]:checked');
      if (chosen) location.assign(chosen.value);
    });
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
      if (status)
        status.textContent = programs.length
          ? shown === 1
            ? this.dataset.statusOne!
            : this.dataset.statusMany!.replace(/\d+/, String(shown))
          : '';
    });
  }
}

export const defineFinderQuestion = () => {
  if (!customElements.get('finder-question')) customElements.define('finder-question', FinderQuestion);
};
export const defineFinderResults = () => {
  if (!customElements.get('finder-results')) customElements.define('finder-results', FinderResults);
};
