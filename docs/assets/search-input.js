// Material for MkDocs runs a search when its box sees a keyup (or gains the focus), not whenever its text
// changes: a word pasted with the mouse, dictated, or entered by an input method or on-screen keyboard that
// sends no key event stayed unsearched ("Type to start searching") until one more key was pressed. Every
// change of the text now counts as that keyup. One listener on the document: it outlives instant navigation.
document.addEventListener("input", (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.matches(".md-search__input")) {
    box.dispatchEvent(new KeyboardEvent("keyup"));
  }
});
