// Waste-fee route list: filters the points as the collector types (the form's GET filter works without script).
(() => {
  const input = document.querySelector('[data-filter-for]');
  const list = input && document.getElementById(input.dataset.filterFor);
  if (!list) return;
  const items = Array.from(list.querySelectorAll('li[data-search]'));
  const count = document.querySelector('[data-count]');
  const none = document.querySelector('[data-no-match]');
  const total = items.length;
  const apply = () => {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    for (const li of items) {
      const match = q === '' || li.dataset.search.includes(q);
      li.hidden = !match;
      if (match) shown++;
    }
    if (count) count.textContent = count.textContent.replace(/^\d+/, String(shown));
    if (none) none.hidden = shown > 0 || total === 0;
  };
  input.addEventListener('input', apply);
})();
