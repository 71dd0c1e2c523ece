// Maps for every module, on Leaflet (wwwroot/lib/leaflet). No inline script: the pages carry data attributes.
//
//  <div data-map-picker data-lat="lat" data-lng="lng" data-center="18.79,98.98" data-zoom="14"></div>
//    a click (or "use my location", [data-locate]) drops the pin and fills the inputs #lat and #lng; typing in
//    the inputs moves the pin; the inputs fire "change" so other scripts can react.
//  <div data-map-points="/complaints/map.json" data-center="…" data-zoom="…"></div>
//    shows the points the URL returns: [{ lat, lng, title, url, status }].
(function () {
  'use strict';
  const tiles = document.querySelector('meta[name="localgov-map-tiles"]')?.content;
  const attribution = document.querySelector('meta[name="localgov-map-attribution"]')?.content || '';

  function center(el) {
    const parts = (el.dataset.center || '13.7563,100.5018').split(',').map(Number);
    return [parts[0], parts[1]];
  }

  function base(el) {
    const map = L.map(el, { scrollWheelZoom: false }).setView(center(el), Number(el.dataset.zoom || 13));
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: attribution }).addTo(map);
    }
    return map;
  }

  function picker(el) {
    const map = base(el);
    const lat = document.getElementById(el.dataset.lat || 'lat');
    const lng = document.getElementById(el.dataset.lng || 'lng');
    let marker = null;
    function place(latlng, fromInputs) {
      if (!marker) {
        marker = L.marker(latlng, { draggable: true }).addTo(map);
        marker.on('dragend', () => place(marker.getLatLng(), false));
      } else {
        marker.setLatLng(latlng);
      }
      if (!fromInputs) {
        lat.value = latlng.lat.toFixed(6);
        lng.value = latlng.lng.toFixed(6);
        lat.dispatchEvent(new Event('change', { bubbles: true }));
      }
      el.dataset.pinned = 'true';
    }
    map.on('click', (e) => place(e.latlng, false));
    function fromInputs() {
      const a = parseFloat(lat.value), b = parseFloat(lng.value);
      if (!isNaN(a) && !isNaN(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
        place(L.latLng(a, b), true);
        map.panTo([a, b]);
      }
    }
    lat.addEventListener('input', fromInputs);
    lng.addEventListener('input', fromInputs);
    fromInputs();
    document.querySelectorAll('[data-locate]').forEach((button) => {
      button.hidden = !navigator.geolocation;
      button.addEventListener('click', () => navigator.geolocation.getCurrentPosition((p) => {
        const here = L.latLng(p.coords.latitude, p.coords.longitude);
        place(here, false);
        map.setView(here, 17);
      }));
    });
  }

  async function points(el) {
    const map = base(el);
    const response = await fetch(el.dataset.mapPoints, { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const list = await response.json();
    const bounds = [];
    for (const p of list) {
      const marker = L.circleMarker([p.lat, p.lng], { radius: 7, className: 'map-point map-point-' + (p.status || 'open') }).addTo(map);
      const link = document.createElement('a');
      link.href = p.url;
      link.textContent = p.title;
      marker.bindPopup(link);
      bounds.push([p.lat, p.lng]);
    }
    if (bounds.length > 0) map.fitBounds(bounds, { maxZoom: 16, padding: [20, 20] });
    el.dataset.loaded = String(list.length);
  }

  if (typeof L === 'undefined') return;
  document.querySelectorAll('[data-map-picker]').forEach(picker);
  document.querySelectorAll('[data-map-points]').forEach(points);
})();
