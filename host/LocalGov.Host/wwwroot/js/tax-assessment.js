// Tax assessment: follows a run's progress by polling its JSON until it completes or stops.
(() => {
  const section = document.querySelector('[data-run-url]');
  if (!section) return;
  const bar = section.querySelector('#run-progress');
  const field = name => section.querySelector(`[data-field="${name}"]`);
  const thai = document.documentElement.lang !== 'en';
  const words = {
    Running: thai ? 'กำลังประเมิน' : 'Running',
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
      field('status').textContent = words[run.status] ?? run.status;
      for (const name of ['done', 'total', 'billed', 'skipped']) field(name).textContent = number(run[name]);
      if (run.status === 'Running') {
        setTimeout(poll, 1000);
      } else {
        // the runs table and the skipped owners below are now out of date
        setTimeout(() => window.location.reload(), 800);
      }
    } catch {
      setTimeout(poll, 3000);
    }
  }
  if (section.dataset.runStatus === 'Running') poll();
})();
