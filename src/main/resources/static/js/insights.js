// Draws the insights page's charts from the JSON in <script type="application/json" id="insight-data">:
// {pain: {points, markers}, load: {weeks}, terrain: [groups], function: {points, markers}, adherence: [weeks]}.
// The home page draws pain, risk {points: [{date, level, total, words}], markers} and function the same way.
(function () {
  'use strict';
  const source = document.getElementById('insight-data');
  if (!source || typeof Chart === 'undefined') return;
  const data = JSON.parse(source.textContent);
  const colours = { worst: '#c2410c', now: '#2b5fd9', better: '#15803d', worse: '#b91c1c', bar: '#2b5fd9',
    band: '#15803d', caution: '#b91c1c', few: '#9ca3af' };
  // Dates read as on the rest of the page ("2 Dec"), on the axis and in the tooltips.
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function day(label) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
    return iso ? Number(iso[3]) + ' ' + MONTHS[Number(iso[2]) - 1] : label;
  }
  const dates = { maxTicksLimit: 6, maxRotation: 0, callback: function (value) { return day(this.getLabelForValue(value)); } };
  const title = (items) => (items.length ? day(items[0].label) : '');
  const base = {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { labels: { boxWidth: 12, filter: shown } }, tooltip: { callbacks: { title: title } } }
  };

  // No legend entry for a series with nothing to draw (no marks yet) or for the band's lower edge.
  function shown(item, chart) {
    const values = chart.datasets[item.datasetIndex].data.filter((v) => v !== null);
    return item.text !== 'low' && values.length > 0;
  }

  // Better / worse marks as triangles over the line, on the same dates as the points.
  function markers(list) {
    return ['better', 'worse'].map((kind) => ({
      type: 'scatter',
      label: kind === 'better' ? 'Real improvement' : 'Real worsening',
      data: list.filter((m) => m.change === kind).map((m) => ({ x: m.date, y: m.value })),
      pointStyle: 'triangle', rotation: kind === 'better' ? 180 : 0, pointRadius: 7,
      backgroundColor: colours[kind], borderColor: colours[kind]
    }));
  }

  function pain(canvas) {
    const points = data.pain.points;
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map((p) => p.date),
        datasets: [
          { label: 'Worst in 24 h', data: points.map((p) => p.worst), borderColor: colours.worst, pointRadius: 2, borderWidth: 2 },
          { label: 'Now', data: points.map((p) => p.now), borderColor: colours.now, pointRadius: 0, borderWidth: 1 }
        ].concat(markers(data.pain.markers))
      },
      options: Object.assign({}, base, {
        scales: { y: { min: 0, max: 10, title: { display: true, text: 'pain 0–10' } },
          x: { ticks: dates } }
      })
    });
  }

  function load(canvas) {
    const weeks = data.load.weeks;
    const unit = data.load.unit;
    new Chart(canvas, {
      data: {
        labels: weeks.map((w) => w.weekStart),
        datasets: [
          { type: 'bar', label: unit + ' per week', data: weeks.map((w) => w.distance), backgroundColor: colours.bar, order: 3 },
          { type: 'line', label: 'Usual range', data: weeks.map((w) => w.usualHigh), borderWidth: 0, pointRadius: 0,
            backgroundColor: colours.band + '33', fill: '+1', spanGaps: false, order: 2 },
          { type: 'line', label: 'low', data: weeks.map((w) => w.usualLow), borderWidth: 0, pointRadius: 0,
            fill: false, order: 2 },
          { type: 'line', label: 'Caution (1.5×)', data: weeks.map((w) => w.caution), borderColor: colours.caution,
            borderDash: [6, 4], borderWidth: 1, pointRadius: 0, fill: false, order: 1 }
        ]
      },
      options: Object.assign({}, base, {
        scales: { y: { beginAtZero: true, title: { display: true, text: unit } },
          x: { ticks: dates } }
      })
    });
  }

  function terrain(canvas) {
    const groups = data.terrain;
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: groups.map((g) => g.surface.toLowerCase() + ' (' + g.runs + (g.runs === 1 ? ' run)' : ' runs)')),
        datasets: [{ label: 'Average pain after runs', data: groups.map((g) => g.averagePain),
          backgroundColor: groups.map((g) => (g.tooFew ? colours.few : colours.bar)) }]
      },
      options: Object.assign({}, base, {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { min: 0, max: 10, title: { display: true, text: 'pain 0–10 (grey: too few runs)' } } }
      })
    });
  }

  function fn(canvas) {
    const points = data.function.points;
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map((p) => p.date),
        datasets: [{ label: 'Function index %', data: points.map((p) => p.percent), borderColor: colours.now,
          pointRadius: 3, borderWidth: 2 }].concat(markers(data.function.markers))
      },
      options: Object.assign({}, base, {
        scales: { y: { min: 0, max: 100, title: { display: true, text: '% (lower is better)' } },
          x: { ticks: dates } }
      })
    });
  }

  function risk(canvas) {
    const points = data.risk.points;
    const groups = { 1: 'low', 2: 'medium', 3: 'high' };
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map((p) => p.date),
        datasets: [{ label: 'Risk group', data: points.map((p) => p.level), borderColor: colours.now, stepped: true,
          pointRadius: 3, borderWidth: 2 }].concat(markers(data.risk.markers))
      },
      options: Object.assign({}, base, {
        plugins: { legend: base.plugins.legend,
          tooltip: { callbacks: { title: title, label: (item) => (points[item.dataIndex] && item.datasetIndex === 0)
            ? points[item.dataIndex].words + ', score ' + points[item.dataIndex].total + ' of 9' : item.dataset.label } } },
        // one tick for each group, named, whatever steps Chart.js would pick between 0.5 and 3.5
        scales: { y: { min: 0.5, max: 3.5, afterBuildTicks: (axis) => { axis.ticks = [1, 2, 3].map((v) => ({ value: v })); },
          ticks: { callback: (v) => groups[v] || '' }, title: { display: true, text: 'lower is better' } },
          x: { ticks: dates } }
      })
    });
  }

  function adherence(canvas) {
    const weeks = data.adherence;
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: weeks.map((w) => w.weekStart),
        datasets: [{ label: 'Core days done', data: weeks.map((w) => w.done), backgroundColor: colours.band }]
      },
      options: Object.assign({}, base, {
        plugins: { legend: { display: false }, tooltip: base.plugins.tooltip },
        scales: { y: { min: 0, suggestedMax: 3, ticks: { stepSize: 1 }, title: { display: true, text: 'of 3 planned' } },
          x: { ticks: dates } }
      })
    });
  }

  const draw = { pain: pain, load: load, terrain: terrain, function: fn, adherence: adherence, risk: risk };
  document.querySelectorAll('canvas[data-insight]').forEach((canvas) => draw[canvas.dataset.insight](canvas));
})();
