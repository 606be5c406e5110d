/**
 * The API key lives in sessionStorage: entered once, shared by the explorer and the
 * dashboard in the same tab, gone when the tab closes. Never in localStorage or a cookie.
 */
export const SESSION_KEY = 'alliance.apiKey';

export function storedKey(): string | null {
  try {
    const value = window.sessionStorage.getItem(SESSION_KEY);
    return value && value.trim() ? value.trim() : null;
  } catch {
    return null;
  }
}

export function storeKey(key: string | null): void {
  try {
    if (key && key.trim()) window.sessionStorage.setItem(SESSION_KEY, key.trim());
    else window.sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage disabled: the key lasts as long as the page.
  }
}
