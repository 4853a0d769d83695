// The supervisor console's charts (R8.5), a progressive enhancement: each is drawn with ECharts from a table of the
// page marked data-chart (data-labels: the columns that name a bar, data-series: the columns of figures, data-max: the
// axis's top). The table stays the one to read: the chart is hidden from screen readers, and without JavaScript or
// without ECharts nothing is drawn.
(function () {
  'use strict';

  function text(cell) {
    return cell.textContent.replace(/\s+/g, ' ').trim();
  }

  function draw(table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    if (rows.length === 0) {
      return;
    }
    var labels = table.getAttribute('data-labels').split(',').map(Number);
    var columns = table.getAttribute('data-series').split(',').map(Number);
    var headings = table.tHead.rows[0].cells;
    var chart = document.createElement('div');
    chart.className = 'chart';
    chart.setAttribute('aria-hidden', 'true');
    var wrap = table.parentNode;
    wrap.parentNode.insertBefore(chart, wrap);
    var max = table.getAttribute('data-max');
    var drawn = window.echarts.init(chart);
    drawn.setOption({
      tooltip: { trigger: 'axis' },
      legend: {},
      grid: { containLabel: true, left: 8, right: 8 },
      xAxis: {
        type: 'category',
        data: rows.map(function (row) {
          return labels.map(function (i) { return text(row.cells[i]); }).join(' ');
        })
      },
      yAxis: { type: 'value', max: max ? Number(max) : null, minInterval: 1 },
      series: columns.map(function (i) {
        return {
          name: text(headings[i]),
          type: 'bar',
          data: rows.map(function (row) { return Number(text(row.cells[i])); })
        };
      })
    });
    window.addEventListener('resize', function () { drawn.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
  });
}());
