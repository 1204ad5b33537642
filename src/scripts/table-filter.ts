// Narrows the rows of the table inside <table-filter> to those matching the box; without a script the whole table shows.
import { matchesFilter } from '../lib/table-filter';
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
      status.textContent = input.value.trim() ? `${shown} of ${rows.length} rows shown` : '';
    });
  }
}
customElements.define('table-filter', TableFilter);
