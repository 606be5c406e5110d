import { ReactNode } from 'react';
import type { Enrollment, Level, Listing, Progression, Section, SupportCase } from './api';
import { DatedItem, enrollmentTerm, formatDate, formatDateTime, formatPoints, humanize, slaStatus } from './model';

/** A card with a title, an optional count, and either its content or why it is empty. */
export function Card(props: { title: string; count?: number | null; testid: string; wide?: boolean; children: ReactNode; aside?: ReactNode }) {
  return (
    <section className={props.wide ? 'card panel wide' : 'card panel'} data-testid={props.testid} aria-label={props.title}>
      <header className="panel-head">
        <h2>{props.title}</h2>
        {props.count !== undefined && props.count !== null ? (
          <span className="count" data-testid={`${props.testid}-count`}>
            {props.count}
          </span>
        ) : null}
        {props.aside ? <span className="panel-aside">{props.aside}</span> : null}
      </header>
      {props.children}
    </section>
  );
}

/** Why a section shows nothing: the API's answer in plain words. */
export function Unavailable(props: { section: Section<unknown>; what: string }) {
  if (props.section.ok) return null;
  const { code, message } = props.section;
  const text =
    code === 'NOT_FOUND'
      ? `No ${props.what} to show for this key.`
      : code === 'FORBIDDEN'
        ? `This key may not read ${props.what}.`
        : `Could not load ${props.what}: ${message}`;
  return (
    <p className="empty" data-testid="unavailable" data-code={code}>
      {text}
    </p>
  );
}

/**
 * A table that never widens the page: on a narrow screen it scrolls sideways inside its card,
 * or (`stack`) shows each row as label–value lines (cells carry their column in `data-label`).
 */
function Table(props: { children: ReactNode; testid?: string; stack?: boolean }) {
  return (
    <div className="table-wrap">
      <table className={props.stack ? 'table stack' : 'table'} data-testid={props.testid}>
        {props.children}
      </table>
    </div>
  );
}

export function Empty(props: { children: ReactNode }) {
  return <p className="empty">{props.children}</p>;
}

export function Badge(props: { tone: 'ok' | 'warn' | 'bad' | 'neutral' | 'info'; children: ReactNode; testid?: string }) {
  return (
    <span className={`badge ${props.tone}`} data-testid={props.testid}>
      {props.children}
    </span>
  );
}

/** A level requirement such as `CREDENTIAL:SPECIALIZATION` in words. */
export function requirementText(requirement: string): string {
  const [head, tail] = requirement.split(':');
  return tail ? `${humanize(head)}: ${humanize(tail).toLowerCase()}` : humanize(head);
}

function Progress(props: { label: string; have: number; need: number; threshold: number; tone: 'performance' | 'capability'; testid: string }) {
  const share = props.threshold > 0 ? Math.min(1, Math.max(0, props.have) / props.threshold) : 1;
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{props.label}</span>
        <span className="muted">
          {formatPoints(Math.max(0, props.have))} of {formatPoints(props.threshold)}
        </span>
      </div>
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)} aria-label={props.label}>
        <div className={`progress-fill ${props.tone}`} style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <div className="progress-need">
        {props.need > 0 ? (
          <>
            <strong data-testid={props.testid}>{formatPoints(props.need)}</strong> more needed
          </>
        ) : (
          <span className="ok-text" data-testid={props.testid} data-value="0">
            met
          </span>
        )}
      </div>
    </div>
  );
}

export function LevelCard(props: { progression: Progression; levels: Level[] }) {
  const { progression: p, levels } = props;
  const next = p.nextLevel;
  const threshold = next ? levels.find((l) => l.code === next.level) : undefined;
  return (
    <Card title="Level" testid="level-card">
      <div className="level">
        <div className="level-name" data-testid="level-name">
          {p.levelName}
        </div>
        <div className="muted" data-testid="level-code">
          {p.level}
        </div>
      </div>
      <p className="muted small">
        In Partner Connect since {formatDate(p.enteredAt)} · program year {p.programYear} ({formatDate(p.programYearStartsAt)} – {formatDate(p.programYearEndsAt)})
      </p>
      {p.earnedLevel !== p.level ? (
        <p className="note" data-testid="earned-level">
          The points and requirements now earn <strong>{humanize(p.earnedLevel)}</strong>; the level held changes at the audit.
        </p>
      ) : null}
      {next ? (
        <div className="next-level" data-testid="next-level">
          <h3>
            Next: <span data-testid="next-level-name">{next.name}</span>
          </h3>
          <Progress
            label="Performance points"
            have={p.performancePointsThousandths}
            need={next.performancePointsNeededThousandths}
            threshold={threshold?.performancePointsThousandths ?? p.performancePointsThousandths + next.performancePointsNeededThousandths}
            tone="performance"
            testid="performance-needed"
          />
          <Progress
            label="Capability points"
            have={p.capabilityPointsThousandths}
            need={next.capabilityPointsNeededThousandths}
            threshold={threshold?.capabilityPointsThousandths ?? p.capabilityPointsThousandths + next.capabilityPointsNeededThousandths}
            tone="capability"
            testid="capability-needed"
          />
          {next.missingRequirements.length ? (
            <p className="small">
              Also needs:{' '}
              {next.missingRequirements.map((r) => (
                <Badge key={r} tone="warn">
                  {requirementText(r)}
                </Badge>
              ))}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="note" data-testid="next-level">
          {p.level === 'TERMINATED' ? 'The partnership has ended.' : 'The highest level of the program.'}
        </p>
      )}
    </Card>
  );
}

export function PointsCard(props: { progression: Progression }) {
  const p = props.progression;
  const rows = [...p.pointsBySource].sort((a, b) => a.kind.localeCompare(b.kind) || b.pointsThousandths - a.pointsThousandths);
  return (
    <Card title="Points" testid="points-card">
      <div className="totals">
        <div className="total performance">
          <span className="label">Performance</span>
          <span className="figure" data-testid="performance-points">
            {formatPoints(p.performancePointsThousandths)}
          </span>
          <span className="muted small">this program year</span>
        </div>
        <div className="total capability">
          <span className="label">Capability</span>
          <span className="figure" data-testid="capability-points">
            {formatPoints(p.capabilityPointsThousandths)}
          </span>
          <span className="muted small">valid now</span>
        </div>
      </div>
      {rows.length ? (
        <Table testid="points-by-source">
          <thead>
            <tr>
              <th>Source</th>
              <th>Kind</th>
              <th className="num">Points</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.source}`} data-source={row.source} data-kind={row.kind} data-value={row.pointsThousandths}>
                <td>{humanize(row.source)}</td>
                <td className="nowrap">
                  <span className={`dot ${row.kind.toLowerCase()}`} />
                  {humanize(row.kind)}
                </td>
                <td className="num">{formatPoints(row.pointsThousandths)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <Empty>No points recorded yet.</Empty>
      )}
    </Card>
  );
}

export function ModelsCard(props: { models: string[] }) {
  return (
    <Card title="Business models" count={props.models.length} testid="models">
      {props.models.length ? (
        <ul className="chips">
          {props.models.map((m) => (
            <li key={m} className="chip">
              {humanize(m)}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No business model joined.</Empty>
      )}
    </Card>
  );
}

const STATE_TONE: Record<string, 'ok' | 'warn' | 'bad' | 'neutral'> = { ACTIVE: 'ok', PENDING: 'warn', SUSPENDED: 'bad', EXPIRED: 'neutral', TERMINATED: 'neutral' };

export function EnrollmentsCard(props: { enrollments: Enrollment[]; now: Date }) {
  const rows = [...props.enrollments].sort((a, b) => (a.program?.code ?? '').localeCompare(b.program?.code ?? ''));
  return (
    <Card title="Program enrollments" count={rows.length} testid="enrollments">
      {rows.length ? (
        <Table stack>
          <thead>
            <tr>
              <th>Program</th>
              <th>State</th>
              <th>Term</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id} data-testid="enrollment" data-state={e.state}>
                <td data-label="Program">
                  <span>
                    <strong>{e.program?.code ?? '—'}</strong> <span className="muted">{e.program?.name ?? ''}</span>
                  </span>
                </td>
                <td data-label="State">
                  <Badge tone={STATE_TONE[e.state] ?? 'neutral'}>{humanize(e.state)}</Badge>
                </td>
                <td className="nowrap" data-label="Term" data-testid="enrollment-term">
                  {enrollmentTerm(e, props.now)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <Empty>Not enrolled in any program.</Empty>
      )}
    </Card>
  );
}

const LISTING_TONE: Record<string, 'ok' | 'warn' | 'bad' | 'neutral'> = { PUBLISHED: 'ok', CERTIFIED_UNPUBLISHED: 'warn', WITHHELD: 'bad', REMOVED: 'neutral' };

export function ListingsCard(props: { listings: Listing[]; complete: boolean }) {
  return (
    <Card title="Certification listings" count={props.listings.length} testid="listings" wide aside={props.complete ? null : 'first rows only'}>
      {props.listings.length ? (
        <Table stack>
          <thead>
            <tr>
              <th>Software</th>
              <th>Product version</th>
              <th>Acceptance</th>
              <th>Status</th>
              <th>Certified</th>
            </tr>
          </thead>
          <tbody>
            {props.listings.map((l) => (
              <tr key={l.id} data-testid="listing">
                <td data-label="Software">
                  <span>
                    <strong>{l.software?.name ?? '—'}</strong>
                    {l.logoEligible ? (
                      <>
                        {' '}
                        <Badge tone="info">logo</Badge>
                      </>
                    ) : null}
                  </span>
                </td>
                <td data-label="Product version">{l.productVersion}</td>
                <td data-label="Acceptance">{humanize(l.acceptanceLevel)}</td>
                <td data-label="Status">
                  <Badge tone={LISTING_TONE[l.status] ?? 'neutral'}>{humanize(l.status)}</Badge>
                </td>
                <td className="nowrap" data-label="Certified">
                  {formatDate(l.certifiedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <Empty>No published listing on the compatibility guide.</Empty>
      )}
    </Card>
  );
}

const SLA_TONE = { BREACHED: 'bad', DUE_SOON: 'warn', ON_TRACK: 'info', ANSWERED: 'ok', ANSWERED_LATE: 'warn', NO_TIMER: 'neutral' } as const;

export function CasesCard(props: { cases: SupportCase[]; now: Date }) {
  const rows = [...props.cases].sort((a, b) => a.severity - b.severity || a.openedAt.localeCompare(b.openedAt));
  const breached = rows.filter((c) => c.breached).length;
  return (
    <Card title="Open support cases" count={rows.length} testid="cases" aside={breached ? <Badge tone="bad" testid="breached-count">{`${breached} breached`}</Badge> : null}>
      {rows.length ? (
        <ul className="rows">
          {rows.map((c) => {
            const sla = slaStatus(c, props.now);
            return (
              <li key={c.id} data-testid="case" data-sla={sla.state}>
                <div className="row-main">
                  <span className={`severity s${c.severity}`} title={`Severity ${c.severity}`}>
                    S{c.severity}
                  </span>
                  <span className="row-title">{c.title}</span>
                </div>
                <div className="row-meta">
                  <span className="muted">opened {formatDateTime(c.openedAt)}</span>
                  <Badge tone={SLA_TONE[sla.state]}>{sla.text}</Badge>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <Empty>No open case.</Empty>
      )}
    </Card>
  );
}

export function DatesCard(props: { items: DatedItem[]; days: number; note: string | null }) {
  return (
    <Card title="Coming up" count={props.items.length} testid="dates" aside={<span className="muted small">next {props.days} days</span>}>
      {props.items.length ? (
        <ul className="rows">
          {props.items.map((item, i) => (
            <li key={`${item.at}-${i}`} data-testid="dated-item" data-source={item.source}>
              <div className="row-main">
                <span className="date">{formatDate(item.at)}</span>
                <span className="row-title">{item.title}</span>
              </div>
              {item.detail ? (
                <div className="row-meta muted" data-testid="dated-item-detail">
                  {item.detail}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>Nothing falls due in the next {props.days} days.</Empty>
      )}
      {props.note ? <p className="hint" data-testid="dates-note">{props.note}</p> : null}
    </Card>
  );
}
