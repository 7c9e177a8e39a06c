// The baseline of `npm run bench`: Chart.js alone, tree-shaken to bars, drawing into every
// `.bare-plot canvas` of the page the chart `<ipr-chart chart="prosecutions-trend">` draws, with
// the same options, colours and value labels, animations off. Bundled by the bench with esbuild.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const font = {
  family: `system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`,
  size: 12,
};
const colours = {
  bar: 'rgb(29, 91, 191)',
  text: 'rgb(22, 25, 31)',
  muted: 'rgb(84, 91, 104)',
  grid: 'rgb(217, 221, 228)',
};
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

const values = {
  id: 'values',
  afterDatasetsDraw(chart) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = `600 12px ${font.family}`;
    ctx.fillStyle = colours.text;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      ctx.fillText(plain.format(chart.data.datasets[0].data[i]), bar.x, bar.y - 6);
    });
    ctx.restore();
  },
};

const config = () => ({
  type: 'bar',
  data: {
    labels: ['2023', '2024'],
    datasets: [
      {
        label: 'People prosecuted for IP crimes',
        data: [18000, 21000],
        backgroundColor: [colours.bar, colours.bar],
        borderColor: colours.bar,
        borderWidth: [0, 0],
        maxBarThickness: 72,
      },
    ],
  },
  options: {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    events: [],
    layout: { padding: { top: 4, right: 4 } },
    scales: {
      x: {
        type: 'category',
        grid: { display: false },
        border: { color: colours.grid },
        ticks: { color: colours.text, font },
      },
      y: {
        type: 'linear',
        beginAtZero: true,
        grace: '12%',
        border: { display: false },
        grid: { color: colours.grid },
        ticks: { color: colours.muted, font, maxTicksLimit: 6, callback: (v) => compact.format(v) },
      },
    },
  },
  plugins: [values],
});

for (const canvas of document.querySelectorAll('.bare-plot canvas')) {
  new Chart(canvas, config());
  document.dispatchEvent(new Event('bare-drawn'));
}
