// Every box that scrolls sideways (a wide table on a phone: .table, .table-scroll) can be scrolled from the keyboard.
// A scroll box with nothing focusable inside cannot be reached by Tab, so arrow keys never scroll it (WCAG 2.1.1):
// such a box, while it overflows, becomes a focusable region named after its table's caption or the heading before
// it. One rule for every page instead of a tabindex on each table; boxes that fit get no extra tab stop.
(function () {
  'use strict';
  function name(box) {
    const caption = box.querySelector('caption');
    if (caption) return caption.textContent.trim();
    for (let el = box.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) return el.textContent.trim();
    }
    const heading = box.closest('section, article, main')?.querySelector('h1, h2, h3');
    return heading ? heading.textContent.trim() : document.title;
  }
  function check() {
    document.querySelectorAll('.table, .table-scroll').forEach((box) => {
      const scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible';
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.tabIndex = 0;
        box.dataset.scrollBox = 'true';
        if (box.tagName !== 'TABLE' && !box.hasAttribute('role')) box.setAttribute('role', 'region');
        if (!box.hasAttribute('aria-label') && !box.hasAttribute('aria-labelledby') && box.tagName !== 'TABLE') box.setAttribute('aria-label', name(box));
      } else if (!scrolls && box.dataset.scrollBox === 'true') {
        box.removeAttribute('tabindex');
        delete box.dataset.scrollBox;
      }
    });
  }
  check();
  let pending = null;
  window.addEventListener('resize', () => { clearTimeout(pending); pending = setTimeout(check, 150); });
})();
