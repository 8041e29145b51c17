// The choropleth of /public/campaigns/{id}/map: reads the data block the server wrote (#map-data), draws the province
// layer it names with Apache ECharts, and opens a province's profile on a click. Without this script the page's table
// shows the same figures.
(() => {
  const box = document.getElementById('results-map');
  const block = document.getElementById('map-data');
  if (!box || !block || typeof echarts === 'undefined') return;
  const data = JSON.parse(block.textContent);
  // Worst to best; for ranks the colours are reversed (rank 1 is the best).
  const palette = ['#d7301f', '#fc8d59', '#fdcc8a', '#91cf60', '#1a9850'];
  const colours = data.measure === 'rank' ? [...palette].reverse() : palette;
  const byCode = new Map(data.items.map(i => [i.code, i]));
  const number = (v, d) => v === null || v === undefined ? '–' : v.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: d });
  box.classList.add('drawn');
  fetch(data.geo).then(r => r.json()).then(geo => {
    echarts.registerMap('vn' + data.layer, geo);
    const chart = echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: true, label: { description: data.title } },
      tooltip: {
        trigger: 'item',
        // Rich text, not HTML: the page's content security policy allows no inline styles.
        renderMode: 'richText',
        formatter: p => {
          if (p.seriesType === 'scatter') return p.name;
          const item = byCode.get(p.name);
          if (!item) return p.name;
          return `${item.name}\n${data.valueName}: ${number(item.value, data.decimals)}\n${data.rankName}: ${item.rank > 0 ? item.rank + '/' + item.ranked : '–'}`;
        },
      },
      visualMap: {
        type: 'piecewise',
        left: 'left',
        bottom: 10,
        pieces: data.classes.map((c, i) => ({ gte: c.min, lte: c.max, label: c.label, color: colours[Math.round(i * (colours.length - 1) / Math.max(1, data.classes.length - 1))] })),
        outOfRange: { color: '#d0d4da' },
        seriesIndex: 0,
      },
      geo: {
        map: 'vn' + data.layer,
        nameProperty: 'code',
        roam: true,
        // The mainland and both archipelagos in view, as large as the box allows.
        boundingCoords: [[101.8, 23.6], [118.2, 6.9]],
        layoutCenter: ['50%', '50%'],
        layoutSize: '98%',
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#0b5cab' } },
        select: { disabled: true },
      },
      series: [
        {
          type: 'map',
          geoIndex: 0,
          data: data.items.map(i => ({ name: i.code, value: i.figure })),
        },
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 5,
          itemStyle: { color: '#1d2733' },
          label: { show: true, position: 'right', formatter: '{b}', fontSize: 11, color: '#1d2733' },
          data: data.islands.map(x => ({ name: x.name, value: [x.lon, x.lat] })),
          tooltip: { show: true },
        },
      ],
    });
    chart.on('click', p => {
      const item = p.seriesType === 'map' || p.componentType === 'geo' ? byCode.get(p.name) : null;
      if (item) window.location.href = item.href;
    });
    window.addEventListener('resize', () => chart.resize());
    box.dataset.ready = 'true';
  });
})();
