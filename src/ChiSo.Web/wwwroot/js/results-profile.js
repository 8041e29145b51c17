// The charts of a unit's public profile: a radar of the main indices against the average and the best unit, and the
// value and rank over the campaigns. Reads the data block the server wrote (#profile-data); the tables beside the
// charts show the same figures without this script.
(() => {
  const block = document.getElementById('profile-data');
  if (!block || typeof echarts === 'undefined') return;
  const data = JSON.parse(block.textContent);
  const radarBox = document.getElementById('profile-radar');
  if (radarBox && data.axes.length >= 3) {
    radarBox.classList.add('drawn');
    const chart = echarts.init(radarBox);
    chart.setOption({
      tooltip: { trigger: 'item', renderMode: 'richText' },
      legend: { bottom: 0, data: [data.unitName, data.averageName, data.bestName] },
      radar: { indicator: data.axes.map(a => ({ name: a.name, max: 1 })), radius: '62%' },
      series: [{
        type: 'radar',
        data: [
          { name: data.unitName, value: data.axes.map(a => a.unit), areaStyle: { opacity: 0.2 } },
          { name: data.averageName, value: data.axes.map(a => a.average), lineStyle: { type: 'dashed' } },
          { name: data.bestName, value: data.axes.map(a => a.best) },
        ],
      }],
    });
    window.addEventListener('resize', () => chart.resize());
  }
  const yearsBox = document.getElementById('profile-years');
  if (yearsBox && data.years.length > 0) {
    yearsBox.classList.add('drawn');
    const chart = echarts.init(yearsBox);
    chart.setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { bottom: 0, data: [data.valueName, data.rankName] },
      xAxis: { type: 'category', data: data.years.map(y => String(y.year)) },
      yAxis: [
        { type: 'value', min: 0, max: 1, name: data.valueName },
        { type: 'value', inverse: true, min: 1, minInterval: 1, name: data.rankName },
      ],
      series: [
        { name: data.valueName, type: 'line', data: data.years.map(y => y.value), symbolSize: 8 },
        { name: data.rankName, type: 'line', yAxisIndex: 1, data: data.years.map(y => (y.rank > 0 ? y.rank : null)), symbolSize: 8 },
      ],
    });
    window.addEventListener('resize', () => chart.resize());
  }
})();
