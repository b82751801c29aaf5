// Sort any `table.sortable` by the column whose heading is activated; a cell's data-sort holds
// the value to compare (dates, grades, counts), else its text. Delegated from the document so it
// keeps working when Material's instant navigation swaps the page without reloading scripts.
(() => {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  const value = (row, index) => {
    const cell = row.cells[index];
    return cell ? (cell.dataset.sort ?? cell.textContent.trim()) : "";
  };
  document.addEventListener("click", (event) => {
    const heading = event.target.closest("table.sortable th");
    if (!heading) return;
    const table = heading.closest("table");
    const index = heading.cellIndex;
    const ascending = heading.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th[aria-sort]").forEach((th) => th.removeAttribute("aria-sort"));
    heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const body = table.tBodies[0];
    const rows = Array.from(body.rows).sort((a, b) => collator.compare(value(a, index), value(b, index)));
    if (!ascending) rows.reverse();
    body.append(...rows);
  });
})();

// Filter a table by the words typed into its box (`[data-filter-for=table id]`). The box is hidden in the
// HTML, so a reader without JavaScript sees the whole table and no control that does nothing.
(() => {
  const fold = (text) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const apply = (box) => {
    const table = document.getElementById(box.dataset.filterFor);
    const input = box.querySelector("input");
    if (!table || !input) return;
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    const rows = Array.from(table.tBodies[0].rows);
    let shown = 0;
    for (const row of rows) {
      const text = fold(`${row.textContent} ${row.dataset.codes ?? ""} ${row.querySelector("[title]")?.title ?? ""}`);
      const match = words.every((word) => text.includes(word));
      row.hidden = !match;
      shown += match ? 1 : 0;
    }
    box.querySelector("output").textContent = words.length ? `${shown} of ${rows.length} sources` : "";
  };
  const start = () => document.querySelectorAll("[data-filter-for]").forEach((box) => { box.hidden = false; apply(box); });
  document.addEventListener("input", (event) => {
    const box = event.target.closest("[data-filter-for]");
    if (box) apply(box);
  });
  // Material's instant navigation swaps pages without running scripts again: it announces each page on document$.
  if (window.document$) window.document$.subscribe(start);
  else document.addEventListener("DOMContentLoaded", start);
})();

// On paper nothing can be unfolded: open the folded evidence quotes before printing.
window.addEventListener("beforeprint", () => {
  document.querySelectorAll("details.evidence-quotes").forEach((details) => { details.open = true; });
});
