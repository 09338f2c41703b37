import { BOOKING_LOCATION_UID, BOOKING_REQUEST_UID, BOOKING_SETTINGS_UID, FAQ_CATEGORY_UID, FAQ_UID, TRANSFORMATION_UID } from '../uids';

/** A field as the Content Manager shows it: its label, and the help text under it. */
export interface FieldText {
  label: string;
  description?: string;
  /** false: shown but set by the plugin only. */
  editable?: boolean;
}

export interface ContentManagerLayout {
  fields: Record<string, FieldText>;
  /** Columns of the list view, in order; absent for single types. */
  list?: string[];
  mainField?: string;
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
}

const ORDER_HELP = 'Lower numbers come first. Steps of 10 (10, 20, 30) leave room to slip one in between later.';
const SLUG_HELP = 'The name used in links and embed snippets. Keep it once published, or links to it stop working.';
const tag = (name: string, what: string): FieldText => ({ label: `Tag: ${name}`, description: `Shows this result when a page asks for ${what} results (tag="${name}").` });
const FALLBACK_HELP = 'Only used until the SMP Kit Settings page is saved: set it there (Plugins → SMP Kit → Settings).';

/** Labels, help text and list views of the plugin's content types in the Content Manager. */
export const CONTENT_MANAGER_LAYOUTS: Record<string, ContentManagerLayout> = {
  [FAQ_UID]: {
    mainField: 'question',
    list: ['question', 'category', 'order', 'updatedAt'],
    defaultSortBy: 'order',
    defaultSortOrder: 'ASC',
    fields: {
      question: { label: 'Question', description: 'As a patient would ask it, for example "Does it hurt?".' },
      slug: { label: 'Link name (slug)', description: `${SLUG_HELP} A page can open this answer directly with #slug.` },
      answer: { label: 'Answer', description: 'Short paragraphs, lists and links. Shown when the question is opened.' },
      category: { label: 'Category', description: 'The section this question appears in. Optional.' },
      order: { label: 'Order', description: ORDER_HELP },
    },
  },
  [FAQ_CATEGORY_UID]: {
    mainField: 'name',
    list: ['name', 'slug', 'order', 'updatedAt'],
    defaultSortBy: 'order',
    defaultSortOrder: 'ASC',
    fields: {
      name: { label: 'Name', description: 'The section heading, for example "Treatment" or "Aftercare".' },
      slug: { label: 'Link name (slug)', description: `${SLUG_HELP} An FAQ shows only this section with category="slug".` },
      order: { label: 'Order', description: ORDER_HELP },
      faqs: { label: 'Questions', description: 'The FAQ entries in this section.' },
    },
  },
  [TRANSFORMATION_UID]: {
    mainField: 'title',
    list: ['before', 'title', 'consentStatus', 'sessions', 'order', 'updatedAt'],
    defaultSortBy: 'order',
    defaultSortOrder: 'ASC',
    fields: {
      title: { label: 'Title', description: 'The name of the result, for example "Hairline restoration".' },
      slug: { label: 'Link name (slug)', description: `${SLUG_HELP} One result is embedded with slug="slug".` },
      caption: { label: 'Caption', description: 'One or two sentences shown with the images. Optional.' },
      sessions: { label: 'Sessions', description: 'How many treatment sessions the result took (1 to 20).' },
      weeksSinceLastSession: { label: 'Weeks after the last session', description: 'How long after the last session the after photo was taken (0 to 520 weeks). Healed results, a few weeks on, are the honest ones to show.' },
      hairLossPattern: { label: 'Hair-loss pattern', description: 'The Norwood (men) or Ludwig (women) stage before treatment; "alopecia-areata" for patchy loss, "none" for a scar without pattern hair loss.' },
      skinTone: { label: 'Skin tone (Fitzpatrick type)', description: 'Type 1 (very fair) to type 6 (deep brown to black), so visitors can find results on skin like theirs.' },
      hairColour: { label: 'Hair colour', description: "The patient's natural hair colour, which the pigment shade was matched to." },
      unretouched: { label: 'Photos are unretouched', description: 'Tick only if neither photo was edited beyond cropping and resizing. Shown to visitors as "unretouched"; otherwise they see "edited or illustrated".' },
      before: { label: 'Before image', description: 'The scalp before treatment. Use the same framing and light as the after image.' },
      beforeAlt: { label: 'Before image description (alt text)', description: 'What the before image shows, for people who cannot see it. Empty: the alternative text of the file in the Media Library is used. One of them is required.' },
      after: { label: 'After image', description: 'The scalp after treatment, framed like the before image.' },
      afterAlt: { label: 'After image description (alt text)', description: 'What the after image shows, for people who cannot see it. Empty: the alternative text of the file in the Media Library is used. One of them is required.' },
      hairline: tag('hairline', 'hairline'),
      crown: tag('crown', 'crown'),
      density: tag('density', 'added density'),
      scar: tag('scar', 'scar camouflage'),
      alopecia: tag('alopecia', 'alopecia'),
      women: tag('women', "women's"),
      order: { label: 'Order', description: ORDER_HELP },
      consentGivenOn: { label: 'Consent given on', description: "The day the patient signed consent to show these photos. Required to publish; keep the signed form in the patient's file." },
      consentForWebsite: { label: 'Consent covers the website', description: 'The patient agreed to these photos on the clinic website. Required to publish.' },
      consentForSocialMedia: { label: 'Consent covers social media', description: 'The patient also agreed to social media posts. Not needed for the website.' },
      consentExpiresOn: { label: 'Consent expires on', description: 'From this day the result is taken off the website automatically. Empty: until withdrawn.' },
      consentWithdrawnOn: { label: 'Consent withdrawn on', description: 'The day the patient withdrew consent. Saving it takes the result off the website at once.' },
      consentStatus: { label: 'Consent', description: 'Set by SMP Kit from the fields above: current, missing, expired or withdrawn. Only results with a current consent are published.', editable: false },
      unpublishedReason: { label: 'Why it is offline', description: 'Set by SMP Kit when it takes a result off the website because of its consent.', editable: false },
    },
  },
  [BOOKING_LOCATION_UID]: {
    mainField: 'name',
    list: ['name', 'slug', 'timeZone', 'capacity', 'updatedAt'],
    fields: {
      name: { label: 'Name', description: 'As patients see it, for example "Northline Scalp Studio, London".' },
      slug: { label: 'Link name (slug)', description: `${SLUG_HELP} The booking button picks this location with location="slug".` },
      timeZone: { label: 'Time zone', description: 'The IANA name of the location\'s time zone, like Europe/London or America/New_York. The weekly hours are read in it, across daylight-saving changes.' },
      weeklyHours: { label: 'Weekly hours', description: 'When consultations are offered, as lines like [{ "days": ["tue", "wed"], "opens": "10:00", "closes": "18:00" }].' },
      consultationMinutes: { label: 'Consultation length (minutes)', description: 'A multiple of 5, from 5 to 480.' },
      serviceMinutes: { label: 'Length per service', description: 'Services that take longer or shorter, like [{ "service": "scar-camouflage", "minutes": 60 }]. Optional.' },
      bufferMinutes: { label: 'Buffer between consultations (minutes)', description: 'A multiple of 5, from 0 to 120.' },
      minimumNoticeHours: { label: 'Minimum notice (hours)', description: 'How long before a consultation it can still be booked online.' },
      bookingWindowDays: { label: 'How far ahead (days)', description: 'How many days ahead patients can book, 1 to 365.' },
      closures: { label: 'Closures and holidays', description: 'Days without consultations, like [{ "from": "2027-12-24", "to": "2027-12-27", "reason": "Christmas" }]. Optional.' },
      capacity: { label: 'Consultations at once', description: 'How many consultations can run at the same time (rooms and practitioners), 1 to 20.' },
    },
  },
  [BOOKING_SETTINGS_UID]: {
    mainField: 'clinicName',
    fields: {
      mode: { label: 'Booking mode', description: 'Form: patients send a request through the button\'s own form. Slots: the same form, where patients pick a free time from the booking location\'s availability (Content Manager → Booking location). Link: the button opens your booking page. Embed: your booking page opens in a dialog. Link and embed need the booking page address.' },
      url: { label: 'Booking page address', description: 'The https:// address of your online booking page, like https://cal.com/your-clinic. Needed for link and embed modes.' },
      ctaLabel: { label: 'Button label', description: 'The text of the booking button, for example "Book a consultation".' },
      clinicName: { label: 'Clinic name', description: 'Shown in the booking form and in notification emails.' },
      phone: { label: 'Phone', description: 'Shown in the booking form for patients who prefer to call. Optional.' },
      email: { label: 'Email', description: 'The clinic\'s public address, shown in the booking form. Optional.' },
      address: { label: 'Address', description: 'Shown in the booking form. Optional.' },
      openingHours: { label: 'Opening hours', description: 'A list of lines like [{ "days": ["mon", "tue"], "opens": "09:00", "closes": "17:00" }]. Days: mon to sun; times: 24-hour HH:MM.' },
      services: { label: 'Services', description: 'What patients can ask about, like [{ "slug": "hairline-restoration", "name": "Hairline restoration" }]. Keep each slug the same in every language.' },
      consentText: { label: 'Consent text', description: 'What the patient agrees to by ticking the box in the form. Plain text.' },
      notificationEmail: { label: 'Notification email (fallback)', description: FALLBACK_HELP },
      retentionDays: { label: 'Keep requests for (days, fallback)', description: FALLBACK_HELP },
    },
  },
  [BOOKING_REQUEST_UID]: {
    mainField: 'reference',
    list: ['reference', 'requestStatus', 'name', 'service', 'createdAt'],
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    fields: {
      reference: { label: 'Reference', description: 'The code the patient was shown, for example when they call.' },
      requestStatus: { label: 'Status' },
      name: { label: 'Name' },
      email: { label: 'Email' },
      phone: { label: 'Phone' },
      preferredDate: { label: 'Preferred date' },
      preferredTime: { label: 'Preferred time' },
      service: { label: 'Service' },
      message: { label: 'Message' },
      language: { label: 'Language' },
      pageUrl: { label: 'Page', description: 'The page the patient booked from.' },
      utm: { label: 'Campaign (UTM)' },
      consentedAt: { label: 'Consent given at' },
      consentText: { label: 'Consent text agreed to' },
      note: { label: 'Internal note', description: 'For the clinic only; never shown to the patient.' },
    },
  },
};

/** `openingHours.0.closes` → `Opening hours (openingHours.0.closes, en)`: the label the editor sees, then the exact field. */
export function fieldName(uid: string, path: ReadonlyArray<string | number>, locale?: string | null): string {
  const label = CONTENT_MANAGER_LAYOUTS[uid]?.fields[String(path[0])]?.label;
  const exact = [path.join('.'), locale].filter(Boolean).join(', ');
  return label ? `${label} (${exact})` : exact || 'Settings';
}
