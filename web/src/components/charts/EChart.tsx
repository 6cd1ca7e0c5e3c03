/**
 * One chart: a box that ECharts draws `option` into (SVG), redrawn when the option changes and resized with the
 * window. Pages load this module lazily (React.lazy), so ECharts is fetched only where a chart is shown.
 */
import { useEffect, useRef } from "react";
import { type ChartOption, echarts } from "./echarts-setup.ts";

export function EChart({ option, height = 300, label }: { option: ChartOption; height?: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: "svg" });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="echart" role="img" aria-label={label} style={{ height }} />;
}
