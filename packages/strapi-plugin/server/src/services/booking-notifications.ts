import type { Core } from '@strapi/strapi';
import type { BookingSettings } from '@smp-kit/schema';
import { pageLanguage, pageText } from '../appointment-pages/page-text';
import { escapeHtml } from '../http/escape-html';
import { appointmentInvite, type Appointment } from './appointments';
import type { StoredBookingRequest } from './booking-requests';

interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

const confirmationText = {
  en: {
    subject: (clinic: string, when: string) => `Your consultation at ${clinic}: ${when}`,
    intro: (clinic: string) => `Thank you for booking a consultation at ${clinic}.`,
    when: 'When',
    where: 'Where',
    service: 'Treatment',
    reference: 'Reference',
    movedSubject: (clinic: string, when: string) => `Your consultation at ${clinic} is moved to ${when}`,
    movedIntro: (clinic: string) => `Your consultation at ${clinic} is moved to its new time.`,
    invite: 'The attached invite (consultation.ics) adds it to your calendar.',
    movedInvite: 'The attached invite (consultation.ics) updates it in your calendar.',
    move: 'Need another time? Choose one here:',
    cancel: 'Cannot come? Cancel here, so someone else can have the time:',
    cancelledSubject: (clinic: string, when: string) => `Your consultation at ${clinic} on ${when} is cancelled`,
    cancelledIntro: (clinic: string) => `${clinic} has cancelled your consultation.`,
    cancelledByYou: (clinic: string) => `Your consultation at ${clinic} is cancelled, as you asked. Its time is free for others.`,
    cancelledInvite: 'The attached file (consultation.ics) removes it from your calendar.',
    bookAgain: 'To find another time, book again on the clinic’s website or call the clinic.',
  },
  de: {
    subject: (clinic: string, when: string) => `Ihr Beratungstermin bei ${clinic}: ${when}`,
    intro: (clinic: string) => `Vielen Dank für Ihre Terminbuchung bei ${clinic}.`,
    when: 'Wann',
    where: 'Wo',
    service: 'Behandlung',
    reference: 'Referenz',
    movedSubject: (clinic: string, when: string) => `Ihr Beratungstermin bei ${clinic} ist verschoben auf ${when}`,
    movedIntro: (clinic: string) => `Ihr Beratungstermin bei ${clinic} ist auf die neue Zeit verschoben.`,
    invite: 'Mit der angehängten Einladung (consultation.ics) tragen Sie den Termin in Ihren Kalender ein.',
    movedInvite: 'Mit der angehängten Einladung (consultation.ics) aktualisieren Sie den Termin in Ihrem Kalender.',
    move: 'Passt Ihnen eine andere Zeit besser? Wählen Sie sie hier:',
    cancel: 'Sie können nicht kommen? Sagen Sie hier ab, damit jemand anderes den Termin nutzen kann:',
    cancelledSubject: (clinic: string, when: string) => `Ihr Beratungstermin bei ${clinic} am ${when} ist abgesagt`,
    cancelledIntro: (clinic: string) => `${clinic} hat Ihren Beratungstermin abgesagt.`,
    cancelledByYou: (clinic: string) => `Ihr Beratungstermin bei ${clinic} ist wie gewünscht abgesagt. Die Zeit ist für andere frei.`,
    cancelledInvite: 'Mit der angehängten Datei (consultation.ics) entfernen Sie den Termin aus Ihrem Kalender.',
    bookAgain: 'Für eine neue Zeit buchen Sie bitte erneut auf der Website der Praxis oder rufen Sie die Praxis an.',
  },
};

/** The signed self-service links a confirmation carries. */
export interface AppointmentLinks {
  cancel: string;
  move: string;
}

/** When, where, what and which: the lines every email about a consultation starts with. */
function consultationLines(appointment: Appointment, lang: 'en' | 'de'): { when: string; lines: string[] } {
  const text = confirmationText[lang];
  const when = appointment.start.setZone(appointment.location.timeZone).setLocale(lang).toFormat(pageText[lang].dateFormat);
  const where = [appointment.location.name, appointment.address].filter(Boolean).join(', ');
  const lines = [
    `${text.when}: ${when}`,
    `${text.where}: ${where}`,
    ...(appointment.serviceName ? [`${text.service}: ${appointment.serviceName}`] : []),
    `${text.reference}: ${appointment.reference}`,
  ];
  return { when, lines };
}

const emailOf = (to: string, subject: string, lines: string[], invite: string, method: 'PUBLISH' | 'CANCEL'): EmailMessage => ({
  to,
  subject,
  text: lines.join('\n'),
  html: `<p>${lines.map(escapeHtml).join('<br>')}</p>`,
  attachments: [{ filename: 'consultation.ics', content: invite, contentType: `text/calendar; charset=utf-8; method=${method}` }],
});

/**
 * The patient's confirmation of a booked (or moved) consultation, in their language, with the
 * invite and the signed links that move or cancel it. The time is written in the location's
 * zone, where it happens.
 */
export function confirmationEmail(appointment: Appointment, to: string, language: string | null, links: AppointmentLinks, kind: 'booked' | 'moved' = 'booked'): EmailMessage {
  // The pages its links open speak the same language and write the time the same way.
  const lang = pageLanguage(language);
  const text = confirmationText[lang];
  const { when, lines } = consultationLines(appointment, lang);
  const body = [
    kind === 'moved' ? text.movedIntro(appointment.clinicName) : text.intro(appointment.clinicName),
    '',
    ...lines,
    '',
    kind === 'moved' ? text.movedInvite : text.invite,
    '',
    text.move,
    links.move,
    '',
    text.cancel,
    links.cancel,
  ];
  const invite = appointmentInvite(appointment, `${text.reference}: ${appointment.reference}\n${text.move} ${links.move}\n${text.cancel} ${links.cancel}`);
  return emailOf(to, (kind === 'moved' ? text.movedSubject : text.subject)(appointment.clinicName, when), body, invite, 'PUBLISH');
}

/** The patient's notice that the consultation is cancelled (by them or the clinic), with the invite that removes it. */
export function cancellationEmail(appointment: Appointment, to: string, language: string | null, by: 'patient' | 'clinic'): EmailMessage {
  const lang = pageLanguage(language);
  const text = confirmationText[lang];
  const { when, lines } = consultationLines(appointment, lang);
  const intro = by === 'clinic' ? text.cancelledIntro(appointment.clinicName) : text.cancelledByYou(appointment.clinicName);
  const body = [intro, '', ...lines, '', text.cancelledInvite, '', text.bookAgain];
  const invite = appointmentInvite(appointment, `${text.reference}: ${appointment.reference}`, true);
  return emailOf(to, text.cancelledSubject(appointment.clinicName, when), body, invite, 'CANCEL');
}

/** What the log says about a failed send: the SMTP reply code, else the error code; never the message, which may quote addresses. */
const mailErrorCode = (error: unknown) => String((error as { responseCode?: unknown })?.responseCode ?? (error as { code?: unknown })?.code ?? 'unknown');

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

  function emailConfigured(): boolean {
    const provider = String(strapi.config.get('plugin::email.provider') ?? UNCONFIGURED_PROVIDER).toLowerCase();
    if (provider !== UNCONFIGURED_PROVIDER) return true;
    if (!warnedUnconfigured) strapi.log.warn('[smp-kit] Booking notifications are not sent: configure an email provider (for example SMTP_HOST for nodemailer in config/plugins). Patients get no confirmation email either.');
    warnedUnconfigured = true;
    return false;
  }

  async function notify(request: StoredBookingRequest, settings: BookingSettings | null): Promise<void> {
    const { notificationEmail: to } = await strapi.plugin('smp-kit').service('plugin-settings').get();
    if (!to || !emailConfigured()) return;
    const adminUrl = String(strapi.config.get('admin.absoluteUrl') ?? '/admin');
    await strapi.plugin('email').service('email').send(notificationEmail(request, settings, to, adminUrl));
  }

  return {
    notify,
    /** Sends the patient the confirmation of a booked or moved consultation; never fails the booking. */
    confirmInBackground(appointment: Appointment, to: string, language: string | null, kind: 'booked' | 'moved' = 'booked'): void {
      if (!emailConfigured()) return;
      const appointments = strapi.plugin('smp-kit').service('appointments');
      const links = { cancel: appointments.signedLink('cancel', appointment.reference, appointment.start), move: appointments.signedLink('move', appointment.reference, appointment.start) };
      strapi
        .plugin('email')
        .service('email')
        .send(confirmationEmail(appointment, to, language, links, kind))
        .catch((error: unknown) => {
          strapi.log.warn(`[smp-kit] The confirmation of consultation ${appointment.reference} could not be emailed (${mailErrorCode(error)}). The booking is stored.`);
        });
    },
    /** Tells the patient their consultation is cancelled; the cancellation stands whether or not the email goes out. */
    cancellationInBackground(appointment: Appointment, to: string, language: string | null, by: 'patient' | 'clinic'): void {
      if (!emailConfigured()) return;
      strapi
        .plugin('email')
        .service('email')
        .send(cancellationEmail(appointment, to, language, by))
        .catch((error: unknown) => {
          strapi.log.warn(`[smp-kit] The cancellation of consultation ${appointment.reference} could not be emailed (${mailErrorCode(error)}).${by === 'clinic' ? ' Please tell the patient.' : ''}`);
        });
    },
    /** Never delays or fails the patient's request: the request is already stored. */
    notifyInBackground(request: StoredBookingRequest, settings: BookingSettings | null): void {
      notify(request, settings).catch((error: unknown) => {
        strapi.log.warn(`[smp-kit] The notification for booking request ${request.reference} could not be sent (${mailErrorCode(error)}). The request is stored in the CMS.`);
      });
    },
  };
};
