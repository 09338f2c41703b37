const allowedLinkProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL if it is http(s), mailto or tel; otherwise null (so `javascript:` never becomes a link). */
export function safeLinkUrl(url: string): string | null {
  try {
    const parsed = new URL(url, document.baseURI);
    return allowedLinkProtocols.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The URL if it is http(s) or a data: image; otherwise null. */
export function safeImageUrl(url: string): string | null {
  try {
    const parsed = new URL(url, document.baseURI);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
    return /^data:image\/(png|jpeg|gif|webp|avif);/i.test(url) ? url : null;
  } catch {
    return null;
  }
}
