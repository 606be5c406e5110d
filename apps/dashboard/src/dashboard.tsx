/**
 * /dashboard: a partner's program progression at a glance (PC-12), read through the
 * public GraphQL API with the key kept in this tab's sessionStorage. A PARTNER key sees
 * its own partner; staff pick a partner. The page refreshes itself every minute.
 */
import './shared/base.css';
import './dashboard.css';
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './shared/graphql';
import { storedKey, storeKey } from './shared/session';
import { KeyForm, maskKey, TopBar } from './shared/ui';
import { DashboardData, findPartners, loadDashboard, loadViewer, missingField, NOTICE_DAYS, PartnerSummary, Viewer } from './dashboard/api';
import { accessExplanation, datedItems, formatDateTime, humanize, pointsByMonth } from './dashboard/model';
import { PointsChart } from './dashboard/PointsChart';
import { Badge, Card, CasesCard, DatesCard, EnrollmentsCard, ListingsCard, LevelCard, ModelsCard, PointsCard, Unavailable } from './dashboard/sections';

const REFRESH_MS = 60_000;

function partnerFromHash(): string | null {
  const match = /(?:^#|&)partner=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function PartnerPicker(props: { apiKey: string; value: string | null; onPick: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const [partners, setPartners] = useState<PartnerSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      findPartners(props.apiKey, search)
        .then((found) => live && (setPartners(found), setError(null)))
        .catch((e: Error) => live && setError(e.message));
    }, search ? 250 : 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [props.apiKey, search]);

  return (
    <div className="picker" role="search">
      <label htmlFor="partner-search">Partner</label>
      <input id="partner-search" type="search" placeholder="Find by name" value={search} onChange={(e) => setSearch(e.target.value)} />
      <select aria-label="Partner" data-testid="partner-picker" value={props.value ?? ''} onChange={(e) => e.target.value && props.onPick(e.target.value)}>
        <option value="">{partners === null ? 'Loading partners…' : `Choose a partner (${partners.length})`}</option>
        {partners?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {error ? <span className="error small">{error}</span> : null}
    </div>
  );
}

function PartnerDashboard(props: { data: DashboardData; now: Date }) {
  const { data, now } = props;
  const partner = data.partner.ok ? data.partner.value : null;
  const progression = data.progression.ok ? data.progression.value : null;
  const months = useMemo(
    () => (progression && data.ledger.ok ? pointsByMonth(data.ledger.value.entries, progression.progression.programYearStartsAt) : null),
    [progression, data.ledger],
  );
  const notices = data.notices.ok ? data.notices.value.notices : [];
  const dates = datedItems(progression?.progression.nextEvents ?? [], notices, now, NOTICE_DAYS);
  const datesNote = missingField(data.notices)
    ? 'Only Partner Connect dates: this gateway has no upcomingNotices query yet, so the notices of the other domains are not listed.'
    : !data.notices.ok
      ? `Only Partner Connect dates: the notices could not be read (${data.notices.message}).`
      : null;

  return (
    <>
      <div className="partner-head">
        {partner ? (
          <>
            <h1 data-testid="partner-name">{partner.name}</h1>
            <div className="partner-facts">
              {partner.country ? <span>{partner.country}</span> : null}
              <span>joined {partner.joinedOn}</span>
              <Badge tone={partner.tapActive ? 'ok' : 'bad'}>{partner.tapActive ? 'TAP active' : 'No active TAP'}</Badge>
              <Badge tone={partner.tsanetActive ? 'ok' : 'warn'}>{partner.tsanetActive ? 'TSANet active' : 'No active TSANet'}</Badge>
            </div>
          </>
        ) : (
          <Unavailable section={data.partner} what="partner" />
        )}
      </div>

      <div className="grid">
        {progression ? (
          <>
            <LevelCard progression={progression.progression} levels={progression.levels} />
            <PointsCard progression={progression.progression} />
          </>
        ) : (
          <Card title="Partner Connect" testid="level-card" wide>
            <p className="empty" data-testid="no-progression" data-reason={data.access?.ok ? data.access.value.reason : undefined}>
              {data.access?.ok
                ? accessExplanation(data.access.value, partner?.name ?? null)
                : !data.progression.ok && data.progression.code === 'NOT_FOUND'
                  ? `No Partner Connect progression to show${data.access ? ` (why could not be read: ${data.access.message})` : ''}.`
                  : `Could not load the progression: ${!data.progression.ok ? data.progression.message : ''}`}
            </p>
          </Card>
        )}

        {progression ? (
          <Card
            title={`Points recorded by month · program year ${progression.progression.programYear}`}
            testid="chart"
            wide
            aside={data.ledger.ok && !data.ledger.value.complete ? 'first 5,000 ledger entries' : null}
          >
            {months ? <PointsChart months={months} now={now} /> : <Unavailable section={data.ledger} what="points ledger" />}
          </Card>
        ) : null}

        {progression ? <ModelsCard models={progression.progression.businessModels} /> : null}
        {partner ? (
          <EnrollmentsCard enrollments={partner.enrollments} now={now} />
        ) : (
          <Card title="Program enrollments" testid="enrollments">
            <Unavailable section={data.partner} what="enrollments" />
          </Card>
        )}

        {data.listings.ok ? (
          <ListingsCard listings={data.listings.value.listings} complete={data.listings.value.complete} />
        ) : (
          <Card title="Certification listings" testid="listings" wide>
            <Unavailable section={data.listings} what="certification listings" />
          </Card>
        )}

        {data.cases.ok ? (
          <CasesCard cases={data.cases.value.cases} now={now} />
        ) : (
          <Card title="Open support cases" testid="cases">
            <Unavailable section={data.cases} what="support cases" />
          </Card>
        )}
        <DatesCard items={dates} days={NOTICE_DAYS} note={datesNote} />
      </div>
    </>
  );
}

function Dashboard() {
  const [key, setKey] = useState<string | null>(() => storedKey());
  const [editing, setEditing] = useState(false);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(() => partnerFromHash());
  const [data, setData] = useState<{ partnerId: string; data: DashboardData; at: Date } | null>(null);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    if (!key) return;
    let live = true;
    setViewer(null);
    loadViewer(key)
      .then((v) => live && (setViewer(v), setKeyError(null)))
      .catch((error: Error) => {
        if (!live) return;
        setKeyError(error instanceof ApiError && error.code === 'UNAUTHENTICATED' ? `The gateway refused this key: ${error.message}` : error.message);
        storeKey(null);
        setKey(null);
      });
    return () => {
      live = false;
    };
  }, [key]);

  const partnerId = viewer ? (viewer.role === 'PARTNER' ? viewer.partnerId : picked) : null;

  const refresh = useCallback(() => {
    if (!key || !partnerId) return;
    const mine = ++generation.current;
    setLoading(true);
    const now = new Date();
    void loadDashboard(key, partnerId, now).then((loaded) => {
      if (mine !== generation.current) return;
      setData({ partnerId, data: loaded, at: now });
      setLoading(false);
    });
  }, [key, partnerId]);

  useEffect(() => {
    refresh();
    if (!partnerId) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh, partnerId]);

  const pick = (id: string) => {
    setPicked(id);
    window.history.replaceState(null, '', `#partner=${encodeURIComponent(id)}`);
  };

  if (!key || editing) {
    return (
      <div className="page">
        <TopBar page="dashboard" />
        <KeyForm
          onKey={(value) => {
            storeKey(value);
            setKeyError(null);
            setEditing(false);
            setKey(value);
          }}
          error={keyError}
          onCancel={editing && key ? () => setEditing(false) : undefined}
          purpose="The dashboard shows a partner's program progression. A partner key shows its own partner; a program manager's key can pick any partner."
        />
      </div>
    );
  }

  const shown = data && data.partnerId === partnerId ? data : null;
  return (
    <div className="page">
      <TopBar page="dashboard">
        {viewer ? (
          <span data-testid="viewer">
            {viewer.name} · {humanize(viewer.role)} · <code>{maskKey(key)}</code>
          </span>
        ) : null}
        <button type="button" onClick={() => setEditing(true)}>
          Change key
        </button>
      </TopBar>
      <main className="content">
        <div className="toolbar">
          {viewer && viewer.role !== 'PARTNER' ? <PartnerPicker apiKey={key} value={picked} onPick={pick} /> : <span />}
          <div className="refresh">
            {shown ? (
              <span className="muted small" data-testid="updated-at">
                Updated {formatDateTime(shown.at.toISOString())}
              </span>
            ) : null}
            <button type="button" onClick={refresh} disabled={!partnerId || loading}>
              {loading ? 'Loading…' : 'Refresh'}
            </button>
          </div>
        </div>
        {!viewer ? (
          <p className="muted">Checking the key…</p>
        ) : !partnerId ? (
          <div className="card choose">
            {viewer.role === 'PARTNER' ? 'This PARTNER key is not bound to a partner.' : 'Choose a partner to see its progression.'}
          </div>
        ) : shown ? (
          <div data-testid="dashboard" data-partner-id={shown.partnerId} aria-busy={loading}>
            <PartnerDashboard data={shown.data} now={shown.at} />
          </div>
        ) : (
          <p className="muted">Loading the dashboard…</p>
        )}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);
