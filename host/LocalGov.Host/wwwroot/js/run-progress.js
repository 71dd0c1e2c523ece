// A long run's progress (waste billing, tax assessment): polls the run's JSON (data-run-url) while it runs, fills
// every [data-field] the JSON has a number for, and reloads the page once the run ends, since the tables below it
// are then out of date. The "running" word comes from data-running-label.
(() => {
  const section = document.querySelector('[data-run-url]');
  if (!section) return;
  const bar = section.querySelector('#run-progress');
  const thai = document.documentElement.lang !== 'en';
  const words = {
    Running: section.dataset.runningLabel || (thai ? 'กำลังทำงาน' : 'Running'),
    Completed: thai ? 'เสร็จแล้ว' : 'Completed',
    Stopped: thai ? 'หยุดก่อนเสร็จ (เริ่มใหม่เพื่อทำต่อ)' : 'Stopped (start again to resume)'
  };
  const number = n => n.toLocaleString('en-US');
  async function poll() {
    try {
      const response = await fetch(section.dataset.runUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const run = await response.json();
      bar.value = run.percent;
      bar.textContent = `${run.percent}%`;
      for (const field of section.querySelectorAll('[data-field]')) {
        const value = run[field.dataset.field];
        if (field.dataset.field === 'status') field.textContent = words[value] ?? value;
        else if (typeof value === 'number') field.textContent = number(value);
      }
      if (run.status === 'Running') {
        setTimeout(poll, 1000);
      } else {
        setTimeout(() => window.location.reload(), 800);
      }
    } catch {
      setTimeout(poll, 3000);
    }
  }
  // a finished run is shown as it is; only a running one is followed
  if (section.dataset.runStatus === 'Running') poll();
})();
