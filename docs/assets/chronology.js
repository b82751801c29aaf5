// The chronology's filters and the timeline's zoom and keyboard. Without this script the page is the full
// list and a timeline that scrolls sideways; with it, filters show (they are `hidden` in the HTML), the
// timeline zooms, and arrow keys move between its marks. Delegated from the document, and set up again
// on each page that Material's instant navigation swaps in (document$).
(() => {
  const ZOOM_MAX = 64;
  const startOf = (date) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  const endOf = (date) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

  function matches(entry, form) {
    for (const select of form.querySelectorAll("select")) {
      if (select.value && !(entry.dataset[select.name] || "").split(" ").includes(select.value)) return false;
    }
    const from = form.elements.from.value;
    const to = form.elements.to.value;
    if (!from && !to) return true;
    const date = entry.dataset.date || "";
    if (!/^\d{4}/.test(date)) return false; // no year: it cannot fall in a range
    return (!from || endOf(date) >= from) && (!to || startOf(date) <= to);
  }

  function filter(form) {
    const entries = Array.from(document.querySelectorAll(".chronology .entry"));
    let shown = 0;
    for (const entry of entries) {
      entry.hidden = !matches(entry, form);
      if (!entry.hidden) shown += 1;
    }
    // A year (or "planned", "not resolved") whose entries are all hidden loses its heading too.
    for (const group of document.querySelectorAll("div.chronology")) {
      const empty = !group.querySelector(".entry:not([hidden])");
      group.hidden = empty;
      let heading = group.previousElementSibling;
      while (heading && !/^H[1-3]$/.test(heading.tagName)) heading = heading.previousElementSibling;
      if (heading && heading.tagName === "H2") heading.hidden = empty;
    }
    const visible = new Set(entries.filter((e) => !e.hidden).map((e) => e.id));
    for (const mark of document.querySelectorAll(".tl-mark")) {
      const ids = (mark.dataset.entries || mark.hash.slice(1)).split(" ").filter(Boolean);
      mark.hidden = ids.length > 0 && !ids.some((id) => visible.has(id));
    }
    const active = shown !== entries.length;
    const count = form.closest("[data-filter-box]")?.querySelector("output");
    if (count) count.textContent = active ? `${shown} of ${entries.length} entries shown` : `${entries.length} entries`;
  }

  function zoom(timeline, how) {
    const strip = timeline.querySelector(".tl-strip");
    const scroller = timeline.querySelector(".tl-scroll");
    const old = Number(strip.dataset.zoom || 1);
    const next = how === "in" ? Math.min(old * 2, ZOOM_MAX) : how === "out" ? Math.max(old / 2, 1) : 1;
    const centre = (scroller.scrollLeft + scroller.clientWidth / 2) / scroller.scrollWidth;
    strip.dataset.zoom = next;
    strip.style.setProperty("--zoom", next);
    scroller.scrollLeft = centre * scroller.scrollWidth - scroller.clientWidth / 2;
  }

  document.addEventListener("change", (event) => {
    const form = event.target.closest("form[data-filters]");
    if (form) filter(form);
  });
  document.addEventListener("input", (event) => {
    const form = event.target.closest("form[data-filters]");
    if (form && event.target.type === "date") filter(form);
  });
  document.addEventListener("reset", (event) => {
    const form = event.target.closest("form[data-filters]");
    if (form) setTimeout(() => filter(form)); // after the browser has reset the fields
  });
  document.addEventListener("click", (event) => {
    const button = event.target.closest(".tl-controls button[data-zoom]");
    if (button) zoom(button.closest(".tl"), button.dataset.zoom);
  });
  document.addEventListener("keydown", (event) => {
    const mark = event.target.closest?.(".tl-mark");
    if (!mark) return;
    const marks = Array.from(mark.closest(".tl-strip").querySelectorAll(".tl-mark:not([hidden])"));
    const at = marks.indexOf(mark);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: marks.length - 1 }[event.key];
    if (to === undefined || !marks[to]) return;
    event.preventDefault();
    marks[to].focus();
    marks[to].scrollIntoView({ block: "nearest", inline: "center" });
  });

  // Pan with the mouse by dragging the strip (touch screens and trackpads scroll it natively).
  let drag = null;
  document.addEventListener("pointerdown", (event) => {
    const scroller = event.target.closest?.(".tl-scroll");
    if (!scroller || event.pointerType !== "mouse" || event.button !== 0 || event.target.closest(".tl-mark")) return;
    drag = { scroller, x: event.clientX, left: scroller.scrollLeft };
    scroller.classList.add("tl-dragging");
  });
  document.addEventListener("pointermove", (event) => {
    if (drag) drag.scroller.scrollLeft = drag.left - (event.clientX - drag.x);
  });
  document.addEventListener("pointerup", () => {
    drag?.scroller.classList.remove("tl-dragging");
    drag = null;
  });

  const start = () => {
    const wide = window.matchMedia("(min-width: 45em)").matches; // on a phone the filters stay folded
    document.querySelectorAll("[data-filter-box]").forEach((box) => { box.hidden = false; box.open = wide; });
    document.querySelectorAll("form[data-filters]").forEach(filter);
    document.querySelectorAll(".tl-controls").forEach((controls) => { controls.hidden = false; });
  };
  if (window.document$) window.document$.subscribe(start);
  else document.addEventListener("DOMContentLoaded", start);
})();
