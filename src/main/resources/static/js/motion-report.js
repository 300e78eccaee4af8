// Draws the pelvis report's gait-cycle curves (mean line with a ±SD band) from the JSON in
// <script type="application/json" id="motion-curves">: {tilt|obliquity|rotation: {mean: [], sd: []}}.
// On the list page, draws the first measured run beside the latest as grouped bars from
// <script type="application/json" id="motion-trend">: {labels: [], first: {label, values}, latest: {label, values}}.
(function () {
  'use strict';
  const source = document.getElementById('motion-trend');
  const canvas = document.getElementById('chart-trend');
  if (!source || !canvas || typeof Chart === 'undefined') return;
  const trend = JSON.parse(source.textContent);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: trend.labels,
      datasets: [
        { label: trend.first.label, data: trend.first.values, backgroundColor: '#8a94a8' },
        { label: trend.latest.label, data: trend.latest.values, backgroundColor: '#2456c7' }
      ]
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { labels: { boxWidth: 14 } } },
      scales: { y: { beginAtZero: true, title: { display: true, text: 'degrees' } } }
    }
  });
})();

(function () {
  'use strict';
  const source = document.getElementById('motion-curves');
  if (!source || typeof Chart === 'undefined') return;
  const curves = JSON.parse(source.textContent);
  const colours = { tilt: '#2b5fd9', obliquity: '#c2410c', rotation: '#15803d' };

  function draw(canvas) {
    const name = canvas.dataset.curve;
    const curve = curves[name];
    if (!curve) return;
    const colour = colours[name] || '#333';
    // 101 points: point i is at i% of the stride
    const at = (values) => values.map((y, i) => ({ x: i, y: y }));
    const upper = at(curve.mean.map((m, i) => m + curve.sd[i]));
    const lower = at(curve.mean.map((m, i) => m - curve.sd[i]));
    new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          { label: '+1 SD', data: upper, borderColor: 'transparent', borderWidth: 0, pointRadius: 0, fill: false },
          { label: '±1 SD', data: lower, borderColor: 'transparent', borderWidth: 0, pointRadius: 0, fill: '-1',
            backgroundColor: colour + '33' },
          { label: 'Mean', data: at(curve.mean), borderColor: colour, borderWidth: 2, pointRadius: 0, fill: false }
        ]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { labels: { filter: (item) => item.text !== '+1 SD', boxWidth: 14 } },
          tooltip: {
            filter: (item) => item.datasetIndex === 2,
            callbacks: { title: (items) => items[0].parsed.x + '% of stride' }
          }
        },
        scales: {
          x: { type: 'linear', min: 0, max: 100, title: { display: true, text: '% of stride' },
            ticks: { stepSize: 25 } },
          y: { title: { display: true, text: 'degrees' } }
        }
      }
    });
  }

  document.querySelectorAll('canvas[data-curve]').forEach(draw);
})();
