// Narrows the rows of the table inside <table-filter> to those matching the box; without a script the whole table shows.
import { matchesFilter } from '../lib/table-filter';
import { fill } from '../lib/fill';
class TableFilter extends HTMLElement {
  connectedCallback() {
    const ui = this.querySelector<HTMLElement>('[data-filter-ui]');
    const input = ui?.querySelector('input');
    const status = ui?.querySelector<HTMLElement>('[data-filter-status]');
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    if (!ui || !input || !status) return;
    input.addEventListener('input', () => {
      let shown = 0;
      for (const row of rows) {
        const show = matchesFilter(row.dataset.filterText ?? row.textContent ?? '', input.value);
        row.hidden = !show;
        if (show) shown++;
      }
      status.textContent = input.value.trim() ? fill(this.dataset.statusTemplate ?? '{shown}/{total}', { shown, total: rows.length }) : '';
    });
  }
}
customElements.define('table-filter', TableFilter);
