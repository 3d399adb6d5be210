import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
  dash?: number[];
  /** Draw as bars (velocity) instead of a line. */
  bars?: boolean;
}

/**
 * The points axis starts at 0, whatever the data: from 16 to 19 it would draw 16 done of 19
 * committed as a sliver against a full bar. Above the data it keeps uPlot's usual headroom.
 */
export const POINTS_RANGE: uPlot.Range.Config = { min: { soft: 0, mode: 1 }, max: { pad: 0.1, soft: 0, mode: 3 } };

/**
 * A chart drawn by uPlot on a canvas. It is decoration for sighted readers: the figures are in
 * the table next to it, so the canvas is hidden from assistive technology (aria-hidden).
 */
export function LineChart({
  labels,
  xLabel,
  series,
  height = 240,
}: {
  labels: string[];
  /** What one step along the x axis is (a day, a sprint), as the legend names it. */
  xLabel: string;
  series: Series[];
  height?: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const xs = labels.map((_, i) => i);
    const bars = uPlot.paths.bars?.({ size: [0.6, 48] });
    const chart = new uPlot(
      {
        width: element.clientWidth || 600,
        height,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false }, y: { range: POINTS_RANGE } },
        axes: [{ values: (_u, ticks) => ticks.map((t) => labels[t] ?? '') }, { label: 'Points' }],
        series: [
          { label: xLabel },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            ...(s.dash ? { dash: s.dash } : {}),
            ...(s.bars && bars ? { paths: bars, fill: `${s.color}55` } : {}),
          })),
        ],
      },
      [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [labels, xLabel, series, height]);
  return <div ref={host} className="chart" aria-hidden="true" data-testid="chart" />;
}
