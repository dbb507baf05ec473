// @ts-check
/* The "/" shortcut, the only script of most pages: it focuses the page's own search box (the search page's, the home
   page's) or else the header's, unless the visitor is typing somewhere already. */

document.addEventListener("keydown", (e) => {
  const target = /** @type {HTMLElement | null} */ (e.target);
  const editing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || editing) return;
  const box = /** @type {HTMLInputElement | null} */ (
    document.querySelector("main input[type=search]") || document.getElementById("site-search-q"));
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
