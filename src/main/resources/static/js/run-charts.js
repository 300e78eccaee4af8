// A run's pace, heart rate and elevation over the distance, from the JSON the page carries, in the runner's units.
document.addEventListener('DOMContentLoaded', () => {
  const source = document.getElementById('run-series');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  const series = JSON.parse(source.textContent);
  const draw = (id, label, values, colour, reverse) => {
    const canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    new Chart(canvas, {
      type: 'line',
      // points placed by their distance, so a gap in the recording or thinned points do not stretch the axis
      data: { datasets: [{ label, data: values.map((y, i) => ({ x: series.distance[i], y })), borderColor: colour,
        pointRadius: 0, borderWidth: 2, spanGaps: true }] },
      options: {
        maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
        scales: { x: { type: 'linear', min: 0, max: series.distance[series.distance.length - 1],
                       title: { display: true, text: series.unit }, ticks: { maxTicksLimit: 8 } },
                  y: { reverse: !!reverse, title: { display: true, text: label } } }
      }
    });
  };
  draw('pace-chart', 'min per ' + series.unit, series.pace, '#2f5bd3', true);
  draw('hr-chart', 'beats per minute', series.hr, '#b3261e');
  draw('elevation-chart', 'metres', series.elevation, '#1b7f3b');
});
