/**
 * ECharts with only what the app draws: bar, scatter and line charts, their axes, tooltips, legends and mark
 * lines, rendered as SVG (crisp at any zoom, and found in the page as <svg>). Importing `echarts/core` and these
 * parts instead of "echarts" keeps the chart chunk a fraction of the full library.
 */
import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from "echarts/core";
