/// <reference lib="dom" />
// The side panel's inputs: token (pre-filled by the server in local mode), seed id, mode, depth and the year window.
import type { Query, TimeWindow } from './api.js';

export type Mode = 'network' | 'neighbourhood';

export interface FormState {
  query: Query;
  seed: string;
  mode: Mode;
}

interface PageConfig {
  token: string;
}

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer page lacks #${id}`);
  return found as T;
}

// The server embeds its config as inert JSON rather than a script, so the page's CSP needs no inline code.
function pageConfig(): PageConfig {
  try {
    const parsed = JSON.parse(byId('skein-viewer-config').textContent ?? '{}') as Partial<PageConfig>;
    return { token: typeof parsed.token === 'string' ? parsed.token : '' };
  } catch {
    return { token: '' };
  }
}

const input = (id: string) => byId<HTMLInputElement>(id);

/** Whole years, inclusive: from 1 January of `from` to the last instant of `to`. */
export function yearWindow(from: number, to: number): TimeWindow {
  return { from: `${from}-01-01T00:00:00.000Z`, to: `${to}-12-31T23:59:59.999Z` };
}

export function readForm(): FormState {
  const depth = Number(byId<HTMLSelectElement>('depth').value) || 2;
  const between = input('use-window').checked ? yearWindow(Number(input('from-year').value), Number(input('to-year').value)) : null;
  const mode: Mode = byId<HTMLSelectElement>('mode').value === 'neighbourhood' ? 'neighbourhood' : 'network';
  return { query: { token: input('token').value, depth, between }, seed: input('seed').value.trim(), mode };
}

function showWindow(): void {
  const label = byId('window-label');
  label.textContent = `${input('from-year').value}–${input('to-year').value}`;
}

/**
 * Moving a slider keeps from <= to (the other thumb follows), turns the window on and, once the
 * thumb is released, refetches: `change` rather than `input`, so a drag costs one request.
 */
function wireSliders(onWindowChange: () => void): void {
  const from = input('from-year');
  const to = input('to-year');
  from.addEventListener('input', () => {
    if (Number(from.value) > Number(to.value)) to.value = from.value;
    showWindow();
  });
  to.addEventListener('input', () => {
    if (Number(to.value) < Number(from.value)) from.value = to.value;
    showWindow();
  });
  for (const slider of [from, to]) {
    slider.addEventListener('change', () => {
      input('use-window').checked = true;
      onWindowChange();
    });
  }
  input('use-window').addEventListener('change', onWindowChange);
}

export interface ControlHandlers {
  /** Seed, mode, depth or token changed: start again from the seed. */
  onLoad: () => void;
  /** Only the time window changed: reload and replay the expansions under the new window. */
  onWindowChange: () => void;
}

export function initControls(handlers: ControlHandlers): void {
  input('token').value = pageConfig().token;
  showWindow();
  wireSliders(handlers.onWindowChange);
  byId('load').addEventListener('click', handlers.onLoad);
  for (const id of ['seed', 'token']) {
    input(id).addEventListener('keydown', (event) => event.key === 'Enter' && handlers.onLoad());
  }
  byId('mode').addEventListener('change', handlers.onLoad);
  byId('depth').addEventListener('change', handlers.onLoad);
}

/** True while the analyst is in the seed field: what they type next goes where the caret is. */
export function seedFieldInUse(): boolean {
  return document.activeElement === input('seed');
}

/** The seed field, when the viewer picked the seed itself (an empty field on the first screen). */
export function setSeed(id: string): void {
  input('seed').value = id;
}

export function setStatus(text: string, state: 'loading' | 'ready' | 'error'): void {
  const status = byId('status');
  status.textContent = text;
  status.dataset.state = state;
  document.body.dataset.state = state;
}
