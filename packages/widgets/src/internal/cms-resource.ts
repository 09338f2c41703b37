import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT_MS, fetchCmsJson } from './data-client.js';

export type ResourceState = 'loading' | 'ready' | 'failed';

// After a failure the element shows its fallback and quietly tries again.
const RETRY_DELAYS_MS = [5_000, 30_000, 120_000];
const STORAGE_PREFIX = 'smp-kit:';

/**
 * Loads one JSON document from the CMS for an element: shows the last good copy
 * from localStorage at once and revalidates in the background, aborts when the
 * element goes away or asks for something else, and retries quietly after a failure.
 * `parse` turns the body into the element's data and throws when it is unusable.
 */
export class CmsResource<T> implements ReactiveController {
  state: ResourceState = 'loading';
  value: T | undefined;
  timeoutMs = DEFAULT_TIMEOUT_MS;

  private _url = '';
  private _request?: AbortController;
  private _retryTimer?: ReturnType<typeof setTimeout>;
  private _failures = 0;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _parse: (body: unknown) => T,
  ) {
    _host.addController(this);
  }

  /** Starts loading `url` (a new URL aborts the previous request). */
  load(url: string): void {
    this._url = url;
    this._failures = 0;
    this.value = undefined;
    this.state = 'loading';
    try {
      const stored = localStorage.getItem(STORAGE_PREFIX + url);
      if (stored) this._accept(JSON.parse(stored));
    } catch {
      // Storage blocked (privacy mode, sandboxed iframe) or a corrupt copy: only the instant repeat visit is lost.
    }
    this._fetch();
  }

  /** Shows `value` without asking the CMS (inline data); `undefined` (unusable inline data) shows the fallback. */
  set(value: T | undefined): void {
    this._stop();
    this._url = '';
    this.value = value;
    this.state = value ? 'ready' : 'failed';
    this._host.requestUpdate();
  }

  /** The `online` event: back on the network, a failed load tries again at once. */
  handleEvent(): void {
    if (this._url && this.state === 'failed') this._fetch();
  }

  hostConnected(): void {
    addEventListener('online', this);
    // Moved in the page: the move aborted the request, so ask again.
    if (this._url && !this._request && this.state !== 'ready') this._fetch();
  }

  hostDisconnected(): void {
    removeEventListener('online', this);
    this._stop();
  }

  private _stop(): void {
    this._request?.abort();
    this._request = undefined;
    clearTimeout(this._retryTimer);
  }

  private _accept(body: unknown): boolean {
    try {
      this.value = this._parse(body);
      this.state = 'ready';
      return true;
    } catch (error) {
      console.warn('[smp-kit] Unusable CMS answer:', error);
      return false;
    }
  }

  private async _fetch(): Promise<void> {
    this._stop();
    const request = (this._request = new AbortController());
    const url = this._url;
    try {
      const body = await fetchCmsJson(url, { signal: request.signal, timeoutMs: this.timeoutMs });
      if (!this._accept(body)) throw new Error('unusable answer');
      this._failures = 0;
      try {
        localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify(body));
      } catch {
        // Full or blocked storage only costs the instant repeat visit.
      }
    } catch (error) {
      if (request.signal.aborted) return;
      if (this.state !== 'ready') {
        console.warn('[smp-kit] CMS unreachable, showing the fallback:', error);
        this.state = 'failed';
      }
      const delay = RETRY_DELAYS_MS[this._failures++];
      if (delay) this._retryTimer = setTimeout(() => this._fetch(), delay);
    } finally {
      if (this._request === request) this._request = undefined;
    }
    this._host.requestUpdate();
  }
}
