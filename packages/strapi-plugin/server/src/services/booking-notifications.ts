import type { Core } from '@strapi/strapi';
import type { BookingSettings } from '@smp-kit/schema';
import type { StoredBookingRequest } from './booking-requests';

interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Strapi's built-in default; it would deliver straight from the server, which mail hosts treat as spam. */
const UNCONFIGURED_PROVIDER = 'sendmail';

/**
 * The notification the clinic receives. It names the request, not the patient: contact
 * details and the message stay in the CMS rather than in mailboxes, forwards and backups.
 */
export function notificationEmail(request: StoredBookingRequest, settings: BookingSettings | null, to: string, adminUrl: string): EmailMessage {
  const service = settings?.services.find((offered) => offered.slug === request.service)?.name ?? request.service;
  const lines = [
    `A new consultation request arrived through ${settings?.clinicName ? `the ${settings.clinicName} website` : 'your website'}.`,
    '',
    `Reference: ${request.reference}`,
    `Service: ${service ?? 'not chosen'}`,
    `Preferred date: ${[request.preferredDate, request.preferredTime].filter(Boolean).join(', ') || 'none given'}`,
    `Language: ${request.language ?? 'unknown'}`,
    '',
    'The contact details and the message are not sent by email. Open the request in the admin panel:',
    `${adminUrl.replace(/\/$/, '')}/plugins/smp-kit/requests/${request.documentId}`,
  ];
  const text = lines.join('\n');
  // Without an html part the provider would send the text as HTML, with the line breaks lost.
  const html = `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
  return { to, subject: `New consultation request ${request.reference}`, text, html };
}

/** Tells the clinic about a new request through Strapi's email plugin, when both are configured. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let warnedUnconfigured = false;

  async function notify(request: StoredBookingRequest, settings: BookingSettings | null): Promise<void> {
    const { notificationEmail: to } = await strapi.plugin('smp-kit').service('plugin-settings').get();
    if (!to) return;
    const provider = String(strapi.config.get('plugin::email.provider') ?? UNCONFIGURED_PROVIDER).toLowerCase();
    if (provider === UNCONFIGURED_PROVIDER) {
      if (!warnedUnconfigured) strapi.log.warn('[smp-kit] Booking notifications are not sent: configure an email provider (for example SMTP_HOST for nodemailer in config/plugins).');
      warnedUnconfigured = true;
      return;
    }
    const adminUrl = String(strapi.config.get('admin.absoluteUrl') ?? '/admin');
    await strapi.plugin('email').service('email').send(notificationEmail(request, settings, to, adminUrl));
  }

  return {
    notify,
    /** Never delays or fails the patient's request: the request is already stored. */
    notifyInBackground(request: StoredBookingRequest, settings: BookingSettings | null): void {
      notify(request, settings).catch((error: unknown) => {
        const code = (error as { code?: unknown; responseCode?: unknown })?.responseCode ?? (error as { code?: unknown })?.code ?? 'unknown';
        strapi.log.warn(`[smp-kit] The notification for booking request ${request.reference} could not be sent (${String(code)}). The request is stored in the CMS.`);
      });
    },
  };
};
