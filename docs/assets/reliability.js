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
