// The complaint form: show the chosen category's extra questions, and list open complaints of that category near
// the pin (the server checks again on submit, so this is a convenience, not the guard).
(function () {
  'use strict';
  const form = document.querySelector('[data-complaint-form]');
  if (!form) return;
  const category = form.querySelector('#category');
  const lat = form.querySelector('#lat');
  const lng = form.querySelector('#lng');
  const nearby = form.querySelector('[data-nearby]');
  const list = form.querySelector('[data-nearby-list]');
  const hint = form.querySelector('[data-confidential-hint]');

  function showAttributes() {
    form.querySelectorAll('[data-attributes-for]').forEach((set) => {
      const active = set.dataset.attributesFor === category.value;
      set.hidden = !active;
      set.disabled = !active;
    });
    const option = category.selectedOptions[0];
    if (hint) hint.hidden = !(option && option.dataset.confidential === 'true');
  }

  let pending = 0;
  async function checkNearby() {
    const a = parseFloat(lat.value), b = parseFloat(lng.value);
    if (!category.value || isNaN(a) || isNaN(b)) return;
    const ticket = ++pending;
    const url = `${form.dataset.nearbyUrl}?category=${encodeURIComponent(category.value)}&lat=${a}&lng=${b}`;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok || ticket !== pending) return;
    const found = await response.json();
    list.replaceChildren(...found.map((n) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = form.dataset.trackUrl + encodeURIComponent(n.trackingCode);
      link.textContent = n.trackingCode;
      item.append(link, ` · ${n.distanceMeters} m — ${n.description}`);
      return item;
    }));
    nearby.hidden = found.length === 0;
  }

  category.addEventListener('change', () => { showAttributes(); checkNearby(); });
  lat.addEventListener('change', checkNearby);
  lng.addEventListener('change', checkNearby);
  showAttributes();
})();
