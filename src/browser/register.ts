// Loaded only when the first chart nears the viewport (see mount-charts.ts): Chart.js with exactly the parts the builders
// use — bar and line charts, a category and a linear axis, tooltips and a legend — never chart.js/auto.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
// The site's system font and muted ink (#4a4a4a on white is 8.9:1), instead of Chart.js's Helvetica and #666.
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
Chart.defaults.color = '#4a4a4a';
// Room for the last value-axis tick label ("5.000") at the right edge on phones.
Chart.defaults.layout.padding = { right: 12 };

export { Chart };
