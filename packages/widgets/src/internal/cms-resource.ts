import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT_MS, fetchCmsJson } from './data-client.js';

export type ResourceState = 'loading' | 'ready' | 'failed';

// After a failure the element shows its fallback and quietly tries again.
const RETRY_DELAYS_MS = [5_000, 30_000, 120_000];
const STORAGE_PREFIX = 'smp-kit:';

function readStored(key: string): unknown {
  try {
    const text = localStorage.getItem(STORAGE_PREFIX + key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // Storage blocked (privacy mode, sandboxed iframe) or a corrupt copy.
  }
}

function store(key: string, body: unknown): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(body));
  } catch {
    // Full or blocked storage only costs the instant repeat visit.
  }
}

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

  private url = '';
  private request?: AbortController;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private failures = 0;
  private readonly retryNow = () => this.url && this.state === 'failed' && this.fetch();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parse: (body: unknown) => T,
  ) {
    host.addController(this);
  }

  /** Starts loading `url` (a new URL aborts the previous request). */
  load(url: string): void {
    this.url = url;
    this.failures = 0;
    this.value = undefined;
    this.state = 'loading';
    const stored = readStored(url);
    if (stored !== undefined) this.accept(stored);
    this.fetch();
  }

  /** Shows `value` without asking the CMS (inline data). */
  set(value: T): void {
    this.stop();
    this.url = '';
    this.value = value;
    this.state = 'ready';
    this.host.requestUpdate();
  }

  hostConnected(): void {
    addEventListener('online', this.retryNow);
    // Moved in the page: the move aborted the request, so ask again.
    if (this.url && !this.request && this.state !== 'ready') this.fetch();
  }

  hostDisconnected(): void {
    removeEventListener('online', this.retryNow);
    this.stop();
  }

  private stop(): void {
    this.request?.abort();
    this.request = undefined;
    clearTimeout(this.retryTimer);
  }

  private accept(body: unknown): boolean {
    try {
      this.value = this.parse(body);
      this.state = 'ready';
      return true;
    } catch (error) {
      console.warn('[smp-kit] Unusable CMS answer:', error);
      return false;
    }
  }

  private async fetch(): Promise<void> {
    this.stop();
    const request = new AbortController();
    this.request = request;
    const { url } = this;
    try {
      const body = await fetchCmsJson(url, { signal: request.signal, timeoutMs: this.timeoutMs });
      if (!this.accept(body)) throw new Error('unusable answer');
      store(url, body);
      this.failures = 0;
    } catch (error) {
      if (request.signal.aborted) return;
      if (this.state !== 'ready') {
        console.warn('[smp-kit] CMS unreachable, showing the fallback:', error);
        this.state = 'failed';
      }
      const delay = RETRY_DELAYS_MS[this.failures++];
      if (delay) this.retryTimer = setTimeout(() => this.fetch(), delay);
    } finally {
      if (this.request === request) this.request = undefined;
    }
    this.host.requestUpdate();
  }
}
