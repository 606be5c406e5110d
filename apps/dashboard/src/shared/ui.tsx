import { FormEvent, ReactNode, useState } from 'react';

/** The bar on top of both pages: product name, the two pages, and what the key is. */
export function TopBar(props: { page: 'dashboard' | 'explorer'; children?: ReactNode }) {
  return (
    <header className="topbar">
      <span className="brand">Alliance</span>
      <nav className="pages" aria-label="Pages">
        <a href="/dashboard" aria-current={props.page === 'dashboard' ? 'page' : undefined}>
          Dashboard
        </a>
        <a href="/explorer" aria-current={props.page === 'explorer' ? 'page' : undefined}>
          GraphQL explorer
        </a>
      </nav>
      <div className="topbar-end">{props.children}</div>
    </header>
  );
}

/** Shows a key as its first characters only: `alk_Ab3x…`. */
export function maskKey(key: string): string {
  return key.length > 10 ? `${key.slice(0, 8)}…` : '…';
}

/** Asks for the API key. It is kept in this tab's sessionStorage by the caller. */
export function KeyForm(props: { onKey: (key: string) => void; error?: string | null; initial?: string; onCancel?: () => void; purpose: string }) {
  const [value, setValue] = useState(props.initial ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) props.onKey(value.trim());
  };
  return (
    <form className="key-form card" onSubmit={submit} aria-label="API key">
      <h1>Sign in with an API key</h1>
      <p className="muted">{props.purpose}</p>
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        name="api-key"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="alk_…"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoFocus
      />
      {props.error ? (
        <p className="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={!value.trim()}>
          Use this key
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      <p className="hint">
        The key is kept in this browser tab only (sessionStorage) and sent to this gateway as <code>Authorization: Bearer</code>. Closing the tab forgets it.
      </p>
    </form>
  );
}
