import type { PublicSprintReview } from '@echoboard/contracts';
import { useMemo } from 'react';
import { LineChart, type Series } from './LineChart.tsx';

const shortDate = (date: string) => date.slice(5);

export function BurndownSection({ burndown }: { burndown: PublicSprintReview['burndown'] }) {
  const { labels, series } = useMemo(() => {
    const days = burndown?.days ?? [];
    const lines: Series[] = [
      { label: 'Remaining', values: days.map((d) => d.remaining), color: '#2563eb' },
      { label: 'Ideal', values: days.map((d) => d.ideal), color: '#6b7280', dash: [6, 4] },
    ];
    return { labels: days.map((d) => shortDate(d.date)), series: lines };
  }, [burndown]);
  return (
    <section className="review__section" aria-labelledby="burndown-title">
      <h2 id="burndown-title">Burndown</h2>
      {burndown === null ? (
        <p>No burndown: this sprint was never started, or its start is no longer in the board's history.</p>
      ) : (
        <>
          <LineChart labels={labels} xLabel="Day" series={series} />
          <table className="review__table">
            <caption>Remaining points per day against the ideal line</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Remaining</th>
                <th scope="col">Ideal</th>
                <th scope="col">Scope change</th>
              </tr>
            </thead>
            <tbody>
              {burndown.days.map((day) => (
                <tr key={day.date} className={day.working ? undefined : 'review__row--off'}>
                  <th scope="row">
                    {day.date}
                    {day.working ? '' : ' (day off)'}
                  </th>
                  <td>{day.remaining ?? '—'}</td>
                  <td>{day.ideal}</td>
                  <td>
                    {day.scopeChange === 0
                      ? ''
                      : day.scopeChange > 0
                        ? `+${day.scopeChange} added`
                        : `${day.scopeChange} removed`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function VelocitySection({ velocity }: { velocity: PublicSprintReview['velocity'] }) {
  const { labels, series } = useMemo(
    () => ({
      labels: velocity.map((v) => v.name),
      series: [
        { label: 'Committed', values: velocity.map((v) => v.committedPoints), color: '#9ca3af', bars: true },
        { label: 'Completed', values: velocity.map((v) => v.completedPoints), color: '#16a34a', bars: true },
        { label: 'Average (last 3)', values: velocity.map((v) => v.rollingAverage), color: '#7c3aed' },
      ] satisfies Series[],
    }),
    [velocity],
  );
  return (
    <section className="review__section" aria-labelledby="velocity-title">
      <h2 id="velocity-title">Velocity</h2>
      {velocity.length === 0 ? (
        <p>No completed sprints yet: velocity appears after the first sprint is completed.</p>
      ) : (
        <>
          <LineChart labels={labels} xLabel="Sprint" series={series} />
          <table className="review__table">
            <caption>Committed and completed points per completed sprint</caption>
            <thead>
              <tr>
                <th scope="col">Sprint</th>
                <th scope="col">Committed</th>
                <th scope="col">Completed</th>
                <th scope="col">Average of last 3</th>
              </tr>
            </thead>
            <tbody>
              {velocity.map((v) => (
                // A board's sprints never overlap, so each ends on its own day.
                <tr key={v.endDate}>
                  <th scope="row">{v.name}</th>
                  <td>{v.committedPoints}</td>
                  <td>{v.completedPoints}</td>
                  <td>{v.rollingAverage}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
