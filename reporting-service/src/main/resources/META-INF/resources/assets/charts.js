/*
 * Progressive enhancement: a table marked data-chart="line|bar" becomes a chart (Apache ECharts,
 * from its webjar) drawn into the element whose data-chart-for names the table. The table stays the
 * source and the accessible alternative; without script it is simply shown.
 * Columns to draw: the header cells with data-series; values: data-value of their cells.
 */
(function () {
  'use strict';
  var palette = ['#0b4f8a', '#6a3d9a', '#1e6b30', '#b00020'];

  function seriesOf(table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var columns = [];
    heads.forEach(function (th, index) {
      if (th.dataset.series) {
        columns.push({ index: index, name: th.dataset.series });
      }
    });
    var labels = [];
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    rows.forEach(function (row) { labels.push(row.cells[0].textContent.trim()); });
    var series = columns.map(function (column) {
      return {
        name: column.name,
        data: rows.map(function (row) {
          var value = row.cells[column.index].dataset.value;
          return value === undefined || value === '' ? null : Number(value);
        })
      };
    });
    return { labels: labels, series: series };
  }

  /** 19/11/2026 on the axis as 19/11 (the table keeps the year). */
  function shortDay(label) {
    var day = /^(\d{2}\/\d{2})\/\d{4}$/.exec(label);
    return day ? day[1] : label;
  }

  function draw(holder) {
    var table = document.getElementById(holder.dataset.chartFor);
    if (!table || !window.echarts) {
      return;
    }
    var kind = table.dataset.chart === 'bar' ? 'bar' : 'line';
    var data = seriesOf(table);
    var unit = table.dataset.unit || '';
    var max = table.dataset.max ? Number(table.dataset.max) : null;
    var chart = window.echarts.init(holder, null, { renderer: 'svg' });
    chart.setOption({
      color: palette,
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : v + unit; } },
      legend: { top: 0, show: data.series.length > 1 },
      grid: { left: 8, right: 28, top: data.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.labels, boundaryGap: kind === 'bar',
        axisLabel: { hideOverlap: true, color: '#1b1f24', formatter: shortDay } },
      yAxis: { type: 'value', min: 0, max: max, minInterval: 1,
        axisLabel: { color: '#1b1f24', formatter: '{value}' + unit } },
      series: data.series.map(function (s) {
        return { name: s.name, type: kind, data: s.data, step: kind === 'line' ? 'end' : undefined,
          showSymbol: data.labels.length <= 31, barMaxWidth: 48,
          label: kind === 'bar' ? { show: true, position: 'top', formatter: '{c}' + unit } : undefined };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
    holder.dataset.drawn = 'true';
    // The chart now shows the numbers: fold the table away (still one click from keyboard and screen reader).
    var details = table.closest('details');
    if (details) {
      details.open = false;
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart-for]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
