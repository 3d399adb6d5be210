import { render } from '@testing-library/react';
import type uPlot from 'uplot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VelocitySection } from './BurndownSection.tsx';

// uPlot draws on a canvas jsdom does not have: the chart is built from what it was given, with uPlot's own range rule.
const drawn = vi.hoisted(() => ({ options: [] as uPlot.Options[] }));
vi.mock('uplot', async (importOriginal) => {
  // uPlot asks for the screen's pixel ratio as it loads.
  window.matchMedia ??= () =>
    ({
      matches: false,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
    }) as unknown as MediaQueryList;
  const real = (await importOriginal<{ default: typeof uPlot }>()).default;
  class FakePlot {
    static paths = real.paths;
    constructor(options: uPlot.Options) {
      drawn.options.push(options);
    }
    setSize() {}
    destroy() {}
  }
  return { default: Object.assign(FakePlot, { rangeNum: real.rangeNum }) };
});

describe('LineChart', () => {
  beforeEach(() => {
    drawn.options = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws velocity per sprint on a points axis from 0, so 16 done of 19 is not a sliver', async () => {
    const { default: realPlot } = await vi.importActual<{ default: typeof uPlot }>('uplot');
    render(
      <VelocitySection
        velocity={[
          {
            name: 'Sprint 1',
            endDate: '2026-03-13',
            committedPoints: 19,
            completedPoints: 16,
            rollingAverage: 16,
          },
          {
            name: 'Sprint 2',
            endDate: '2026-03-27',
            committedPoints: 18,
            completedPoints: 17,
            rollingAverage: 16.5,
          },
        ]}
      />,
    );
    const [options] = drawn.options;
    expect(options?.series[0]?.label).toBe('Sprint');
    const range = options?.scales?.y?.range as uPlot.Range.Config;
    const [min, max] = realPlot.rangeNum(16, 19, range);
    expect(min).toBe(0);
    expect(max).toBeGreaterThanOrEqual(19);
  });
});
