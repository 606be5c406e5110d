import { formatPoints, MonthPoints, niceCeiling } from './model';

const WIDTH = 760;
const HEIGHT = 250;
const PAD = { top: 18, right: 12, bottom: 34, left: 56 };

/**
 * Points recorded per month of the program year, performance and capability stacked,
 * drawn as inline SVG. Negative months (reversals larger than what was earned) draw as
 * empty bars; the figures are in each bar's tooltip and in the table below the chart.
 */
export function PointsChart(props: { months: MonthPoints[]; now: Date }) {
  const { months } = props;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const max = niceCeiling(Math.max(0, ...months.map((m) => Math.max(0, m.performanceThousandths) + Math.max(0, m.capabilityThousandths))));
  const y = (thousandths: number) => (Math.max(0, thousandths) / max) * plotH;
  const slot = plotW / months.length;
  const barW = Math.min(40, slot * 0.62);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const nowMonth = Date.UTC(props.now.getUTCFullYear(), props.now.getUTCMonth(), 1);

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Points recorded per month of the program year, performance and capability" data-testid="points-chart">
        {ticks.map((tick) => {
          const ty = PAD.top + plotH - y(tick);
          return (
            <g key={tick} className="tick">
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={ty} y2={ty} />
              <text x={PAD.left - 8} y={ty + 4} textAnchor="end">
                {formatPoints(tick)}
              </text>
            </g>
          );
        })}
        {months.map((m, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          const perfH = y(m.performanceThousandths);
          const capH = y(m.capabilityThousandths);
          const base = PAD.top + plotH;
          const total = m.performanceThousandths + m.capabilityThousandths;
          const current = new Date(m.month).getTime() === nowMonth;
          return (
            <g
              key={m.month}
              className={current ? 'bar current' : 'bar'}
              data-testid="chart-month"
              data-month={m.month.slice(0, 7)}
              data-performance={m.performanceThousandths}
              data-capability={m.capabilityThousandths}
            >
              <title>{`${m.label}: ${formatPoints(m.performanceThousandths)} performance, ${formatPoints(m.capabilityThousandths)} capability`}</title>
              <rect className="hit" x={PAD.left + i * slot} y={PAD.top} width={slot} height={plotH} />
              {perfH > 0 ? <rect className="performance" x={x} y={base - perfH} width={barW} height={perfH} rx={2} /> : null}
              {capH > 0 ? <rect className="capability" x={x} y={base - perfH - capH} width={barW} height={capH} rx={2} /> : null}
              {total !== 0 ? (
                <text className="value" x={x + barW / 2} y={base - perfH - capH - 5} textAnchor="middle">
                  {formatPoints(total)}
                </text>
              ) : null}
              <text className="month" x={x + barW / 2} y={base + 16} textAnchor="middle">
                {m.label.slice(0, 3)}
              </text>
              {i === 0 || m.label.startsWith('Jan') ? (
                <text className="year" x={x + barW / 2} y={base + 29} textAnchor="middle">
                  {m.label.slice(4)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} />
      </svg>
      <figcaption className="legend">
        <span className="swatch performance" /> Performance
        <span className="swatch capability" /> Capability
        <span className="legend-note">As recorded in the points ledger each month; the totals above count only points valid now.</span>
      </figcaption>
      <details className="chart-table">
        <summary>Show as table</summary>
        <table>
          <thead>
            <tr>
              <th>Month</th>
              <th className="num">Performance</th>
              <th className="num">Capability</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <td>{m.label}</td>
                <td className="num">{formatPoints(m.performanceThousandths)}</td>
                <td className="num">{formatPoints(m.capabilityThousandths)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
