/**
 * Demo FAQ content for scalp micropigmentation (SMP), seeded on first start so a
 * clinic sees a working FAQ page. Every answer is written from the shared SMP
 * facts brief (smp-facts.md). Patients read this when deciding on a
 * permanent cosmetic procedure: keep it factual, calm and free of promises.
 */

/** A paragraph, or a bullet list. Plain text only: no Markdown, no **bold**. */
export type AnswerPart = string | { list: string[] };

export interface LocalizedFaq {
  question: string;
  answer: AnswerPart[];
}

export interface SeedCategory {
  slug: string;            // lowercase-hyphen, e.g. 'about-smp'
  order: number;           // 1, 2, 3...
  name: { en: string; de: string };
}

export interface SeedFaq {
  slug: string;            // stable, lowercase-hyphen English slug, e.g. 'what-is-scalp-micropigmentation'
  category: string;        // a SeedCategory slug
  order: number;           // order inside its category, starting at 1
  en: LocalizedFaq;
  de: LocalizedFaq;
}

export const faqCategories: SeedCategory[] = [
  {
    slug: "about-smp",
    order: 1,
    name: { en: "About SMP", de: "Über SMP" },
  },
  {
    slug: "treatment",
    order: 2,
    name: { en: "The treatment", de: "Die Behandlung" },
  },
  {
    slug: "aftercare",
    order: 3,
    name: { en: "Healing, aftercare and longevity", de: "Heilung, Nachsorge und Haltbarkeit" },
  },
  {
    slug: "booking",
    order: 4,
    name: { en: "Booking", de: "Terminvereinbarung" },
  },
];

export const faqEntries: SeedFaq[] = [
  // ---------------------------------------------------------------- About SMP
  {
    slug: "what-is-scalp-micropigmentation",
    category: "about-smp",
    order: 1,
    en: {
      question: "What is scalp micropigmentation (SMP)?",
      answer: [
        "Scalp micropigmentation (SMP) is a non-surgical cosmetic tattoo for the scalp. Using very fine needles, the practitioner places pigment in the upper layer of the dermis, about 1 mm deep, which is shallower than a body tattoo. The pigment is set as thousands of tiny dots that look like hair follicles or closely shaved stubble.",
        "People choose SMP for different reasons:",
        {
          list: [
            "the look of a closely shaved head with a defined hairline",
            "the appearance of more density behind thinning hair, for both men and women",
            "camouflage of scars, including scars from a hair transplant",
            "making patches of hair loss caused by alopecia less noticeable",
          ],
        },
        "SMP only changes how the scalp looks. It does not affect your hair or how it grows.",
      ],
    },
    de: {
      question: "Was ist Scalp Micropigmentation (SMP)?",
      answer: [
        "Scalp Micropigmentation (SMP), auf Deutsch auch Haarpigmentierung oder Kopfhautpigmentierung genannt, ist eine nicht-chirurgische kosmetische Tätowierung der Kopfhaut. Mit sehr feinen Nadeln wird Pigment in die obere Schicht der Lederhaut eingebracht, etwa 1 mm tief und damit weniger tief als bei einem gewöhnlichen Tattoo. Es entstehen Tausende winziger Punkte, die wie Haarfollikel oder kurz rasierte Stoppeln aussehen.",
        "Die Gründe für eine SMP-Behandlung sind unterschiedlich:",
        {
          list: [
            "der Look eines kurz rasierten Kopfes mit klar definiertem Haaransatz",
            "mehr optische Dichte bei lichter werdendem Haar, bei Männern wie bei Frauen",
            "das Kaschieren von Narben, auch von Narben nach einer Haartransplantation",
            "kahle Stellen durch Alopezie weniger auffällig machen",
          ],
        },
        "SMP verändert ausschließlich das Erscheinungsbild der Kopfhaut. Auf Ihre Haare und ihr Wachstum hat es keinen Einfluss.",
      ],
    },
  },
  {
    slug: "is-smp-a-hair-loss-treatment",
    category: "about-smp",
    order: 2,
    en: {
      question: "Is SMP a hair-loss treatment? Will it make hair grow?",
      answer: [
        "No. SMP is a cosmetic procedure, not a medical treatment for hair loss. It does not make hair grow, it does not slow down or stop hair loss, and it does not change the colour or texture of the hair you have.",
        "What it changes is the appearance of the scalp. The pigment dots look like follicles or short stubble, which can make thinning areas look denser or give a shaved head a defined hairline.",
        "If you would like to find out what is causing your hair loss, or to explore medical treatment, a doctor or dermatologist is the right person to ask.",
      ],
    },
    de: {
      question: "Ist SMP eine Behandlung gegen Haarausfall? Wachsen dadurch Haare nach?",
      answer: [
        "Nein. SMP ist ein kosmetisches Verfahren und keine medizinische Behandlung von Haarausfall. Es lässt keine Haare wachsen, bremst oder stoppt keinen Haarausfall und verändert weder die Farbe noch die Struktur Ihrer eigenen Haare.",
        "Verändert wird nur das Erscheinungsbild der Kopfhaut. Die Pigmentpunkte wirken wie Haarfollikel oder kurze Stoppeln. So können lichte Bereiche dichter erscheinen, oder ein rasierter Kopf erhält einen klar definierten Haaransatz.",
        "Wenn Sie die Ursache Ihres Haarausfalls abklären lassen oder eine medizinische Behandlung in Betracht ziehen möchten, wenden Sie sich bitte an eine Hautärztin oder einen Hautarzt.",
      ],
    },
  },
  {
    slug: "does-smp-look-real",
    category: "about-smp",
    order: 3,
    en: {
      question: "Does SMP look real?",
      answer: [
        "When it is done well, SMP is meant to look like closely shaved hair or like natural density on the scalp. How natural it looks depends mainly on three things: a hairline designed to suit your face and age, a pigment shade matched to your skin and hair, and dots of the right size and spacing placed at the right depth.",
        "In a good result, the dots resemble individual hair follicles, even up close, rather than a solid shaded area. The effect blends best when any hair you have is kept short.",
        "For the first few days after a session the dots look darker; they lighten once the skin has flaked. The look can therefore only be judged after healing. At your consultation, ask to see healed results, not only freshly treated ones.",
      ],
    },
    de: {
      question: "Sieht SMP echt aus?",
      answer: [
        "Gut ausgeführt soll SMP wie kurz rasiertes Haar oder wie natürliche Dichte auf der Kopfhaut wirken. Wie natürlich das Ergebnis aussieht, hängt vor allem von drei Dingen ab: einem Haaransatz, der zu Ihrem Gesicht und Ihrem Alter passt, einem Pigmentton, der auf Ihre Haut und Ihr Haar abgestimmt ist, und Punkten in passender Größe und passendem Abstand, die in der richtigen Tiefe gesetzt werden.",
        "Bei einem gelungenen Ergebnis ähneln die Punkte auch aus der Nähe einzelnen Haarfollikeln und nicht einer flächigen Schattierung. Am stimmigsten wirkt es, wenn vorhandenes Haar kurz getragen wird.",
        "In den ersten Tagen nach einer Sitzung wirken die Punkte dunkler; nach dem Abschuppen der Haut werden sie heller. Beurteilen lässt sich das Ergebnis deshalb erst nach dem Abheilen. Lassen Sie sich im Beratungsgespräch abgeheilte Ergebnisse zeigen, nicht nur frisch behandelte.",
      ],
    },
  },
  {
    slug: "who-is-a-good-candidate-for-smp",
    category: "about-smp",
    order: 4,
    en: {
      question: "Who is a good candidate for SMP?",
      answer: [
        "SMP can suit many people, and most skin tones and hair colours can be matched with a suitable pigment shade. It is often chosen by:",
        {
          list: [
            "men who are bald or shave their head and want the look of short stubble with a defined hairline",
            "men and women with thinning hair who want less scalp to show through",
            "people with scars on the scalp, including hair-transplant scars",
            "people with patches of hair loss caused by alopecia",
          ],
        },
        "There are some points to keep in mind. Very light or grey hair shows less contrast against the scalp, so the effect can be more subtle. On thinning hair, results work best when the hair is kept short. Scars and alopecia patches sometimes need an extra session.",
        "Whether SMP is right for you depends on your skin, your hair and what you would like to achieve. The practitioner will go through this with you at your consultation.",
      ],
    },
    de: {
      question: "Für wen ist SMP geeignet?",
      answer: [
        "SMP kommt für viele Menschen infrage. Die meisten Hauttöne und Haarfarben lassen sich mit einem passenden Pigmentton abstimmen. Häufig entscheiden sich dafür:",
        {
          list: [
            "Männer mit Glatze oder rasiertem Kopf, die sich den Look kurzer Stoppeln mit klar definiertem Haaransatz wünschen",
            "Männer und Frauen mit lichter werdendem Haar, bei denen die Kopfhaut weniger durchscheinen soll",
            "Menschen mit Narben auf der Kopfhaut, auch nach einer Haartransplantation",
            "Menschen mit kahlen Stellen durch Alopezie",
          ],
        },
        "Einiges sollten Sie dabei bedenken: Sehr helles oder graues Haar bildet weniger Kontrast zur Kopfhaut, der Effekt fällt dann dezenter aus. Bei lichtem Haar wirkt das Ergebnis am besten, wenn die Haare kurz getragen werden. Bei Narben und Alopezie ist manchmal eine zusätzliche Sitzung nötig.",
        "Ob SMP für Sie passt, hängt von Ihrer Haut, Ihrem Haar und Ihren Wünschen ab. Das klären wir gemeinsam mit Ihnen im Beratungsgespräch.",
      ],
    },
  },

  // ------------------------------------------------------------ The treatment
  {
    slug: "how-is-smp-performed-does-it-hurt",
    category: "treatment",
    order: 1,
    en: {
      question: "How is SMP performed? Does it hurt?",
      answer: [
        "The hairline design and pigment shade are agreed with you beforehand. After the scalp has been cleaned, the pigment is placed with a fine needle as many tiny, individual dots, about 1 mm deep in the upper dermis.",
        "Most people describe the sensation as pinching or stinging, and how strongly it is felt varies from person to person. Some practitioners apply a numbing cream to the skin to make the session more comfortable.",
        "No general anaesthetic is used, nothing except pigment is put into the skin, and there is no surgery: nothing is cut or transplanted. You are awake throughout and can ask for a break at any time.",
      ],
    },
    de: {
      question: "Wie läuft die Behandlung ab? Tut sie weh?",
      answer: [
        "Haaransatz und Pigmentton werden vorab mit Ihnen abgestimmt. Nach der Reinigung der Kopfhaut wird das Pigment mit einer feinen Nadel in vielen winzigen, einzelnen Punkten eingebracht, etwa 1 mm tief in die obere Lederhaut.",
        "Die meisten Menschen beschreiben das Gefühl als Zwicken oder Stechen; wie stark es empfunden wird, ist individuell verschieden. Manche Behandler tragen eine betäubende Creme auf die Haut auf, um die Sitzung angenehmer zu machen.",
        "Eine Vollnarkose ist nicht nötig, außer dem Pigment wird nichts in die Haut eingebracht, und es handelt sich um keinen chirurgischen Eingriff: Es wird nichts geschnitten oder verpflanzt. Sie sind die ganze Zeit wach und können jederzeit um eine Pause bitten.",
      ],
    },
  },
  {
    slug: "how-many-sessions-are-needed",
    category: "treatment",
    order: 2,
    en: {
      question: "How many sessions are needed, and how long is each one?",
      answer: [
        "Most people need 2 to 3 sessions. A fourth session is sometimes needed, for example for scars or alopecia patches, or when the skin is very thick or dry.",
        "Each session takes about 2 to 5 hours, depending on the size of the area and the work planned. Sessions are spaced roughly 10 to 30 days apart so that the skin can heal in between.",
        "Density and shade are built up step by step across the sessions. This lets the practitioner see how the pigment has healed before adding more.",
      ],
    },
    de: {
      question: "Wie viele Sitzungen sind nötig, und wie lange dauert eine Sitzung?",
      answer: [
        "Meist sind 2 bis 3 Sitzungen nötig. Manchmal kommt eine vierte hinzu, etwa bei Narben, bei kahlen Stellen durch Alopezie oder bei sehr dicker oder trockener Haut.",
        "Eine Sitzung dauert etwa 2 bis 5 Stunden, je nach Größe der Fläche und geplantem Umfang. Zwischen den Sitzungen liegen etwa 10 bis 30 Tage, damit die Haut abheilen kann.",
        "Dichte und Farbton werden über die Sitzungen hinweg schrittweise aufgebaut. So lässt sich vor jedem weiteren Schritt prüfen, wie das Pigment abgeheilt ist.",
      ],
    },
  },
  {
    slug: "when-will-i-see-results",
    category: "treatment",
    order: 3,
    en: {
      question: "When will I see results?",
      answer: [
        "Straight away. The result is visible as soon as the first session is finished. Because SMP does not rely on hair growing, there is no waiting period of months.",
        "The look still changes over the healing weeks. For the first few days the dots appear darker, then they lighten as the skin flakes. Once the skin has healed, the result has settled.",
        "Because density and shade are built up over 2 to 3 sessions, you see the complete result once the last session has healed.",
      ],
    },
    de: {
      question: "Wann sehe ich ein Ergebnis?",
      answer: [
        "Sofort. Das Ergebnis ist direkt nach der ersten Sitzung sichtbar. Da SMP nicht darauf beruht, dass Haare wachsen, gibt es keine monatelange Wartezeit.",
        "In den Wochen der Heilung verändert sich das Bild noch: In den ersten Tagen wirken die Punkte dunkler, nach dem Abschuppen der Haut werden sie heller. Sobald die Haut abgeheilt ist, hat sich das Ergebnis stabilisiert.",
        "Weil Dichte und Farbton über 2 bis 3 Sitzungen aufgebaut werden, sehen Sie das vollständige Ergebnis, wenn die letzte Sitzung abgeheilt ist.",
      ],
    },
  },

  // ------------------------------------------- Healing, aftercare and longevity
  {
    slug: "recovery-and-aftercare",
    category: "aftercare",
    order: 1,
    en: {
      question: "What is recovery like, and what aftercare is needed?",
      answer: [
        "After each session, the skin needs about 7 to 10 days to heal. Redness and mild swelling are normal for the first 1 to 2 days, and you may notice tightness, dryness, small scabs, flaking and itching. Try not to scratch, and let scabs come off on their own.",
        "For about 4 to 5 days after each session, the usual aftercare is:",
        {
          list: [
            "no washing or scrubbing of the scalp",
            "no heavy sweating, for example from intense exercise",
            "no swimming and no saunas",
            "no direct sun on the scalp",
          ],
        },
        "After that, protect your scalp from the sun for the long term with a hat or sunscreen, because sun exposure makes the pigment fade faster. You will receive aftercare instructions for your own situation. If redness, swelling or pain get worse instead of settling, please contact the clinic.",
      ],
    },
    de: {
      question: "Wie verläuft die Heilung, und welche Nachsorge ist nötig?",
      answer: [
        "Nach jeder Sitzung braucht die Haut etwa 7 bis 10 Tage, um abzuheilen. Rötungen und leichte Schwellungen sind in den ersten 1 bis 2 Tagen normal. Außerdem können ein Spannungsgefühl, Trockenheit, kleine Krusten, Schuppung und Juckreiz auftreten. Bitte kratzen Sie nicht und lassen Sie Krusten von selbst abfallen.",
        "Für etwa 4 bis 5 Tage nach jeder Sitzung gilt in der Regel:",
        {
          list: [
            "die Kopfhaut nicht waschen und nicht abreiben",
            "starkes Schwitzen vermeiden, etwa durch intensiven Sport",
            "nicht schwimmen und nicht in die Sauna gehen",
            "die Kopfhaut keiner direkten Sonne aussetzen",
          ],
        },
        "Danach sollten Sie Ihre Kopfhaut dauerhaft mit einer Kopfbedeckung oder Sonnencreme schützen, denn Sonne lässt das Pigment schneller verblassen. Sie erhalten Nachsorgehinweise, die auf Ihre Situation abgestimmt sind. Wenn Rötung, Schwellung oder Schmerzen zunehmen, statt abzuklingen, melden Sie sich bitte bei uns.",
      ],
    },
  },
  {
    slug: "how-long-does-smp-last",
    category: "aftercare",
    order: 2,
    en: {
      question: "How long does SMP last? Does it fade?",
      answer: [
        "SMP lasts for years, but it does not stay exactly the same. As the skin renews itself, the pigment fades gradually. A touch-up is typically advised every 2 to 6 years to refresh the shade and density.",
        "How quickly this happens varies from person to person. Sun exposure speeds up fading, which is why long-term sun protection matters.",
        "Correctly applied SMP pigment becomes lighter as it fades. It should not turn blue or green. A blue tint is a sign that pigment was placed too deep or that body-tattoo ink was used.",
      ],
    },
    de: {
      question: "Wie lange hält SMP? Verblasst es?",
      answer: [
        "SMP hält über Jahre, bleibt aber nicht unverändert. Da sich die Haut ständig erneuert, verblasst das Pigment allmählich. Üblicherweise wird alle 2 bis 6 Jahre eine Auffrischung empfohlen, um Farbton und Dichte wiederherzustellen.",
        "Wie schnell das geht, ist individuell verschieden. Sonne beschleunigt das Verblassen, deshalb ist ein dauerhafter Sonnenschutz wichtig.",
        "Fachgerecht eingebrachtes SMP-Pigment wird mit der Zeit heller. Es sollte nicht blau oder grün werden. Ein bläulicher Farbton ist ein Zeichen dafür, dass das Pigment zu tief gesetzt oder gewöhnliche Tattoofarbe verwendet wurde.",
      ],
    },
  },
  {
    slug: "risks-and-side-effects",
    category: "aftercare",
    order: 3,
    en: {
      question: "What are the risks and side effects?",
      answer: [
        "Redness, swelling, tightness, flaking and itching in the first days are a normal part of healing. Beyond that, SMP carries risks, as any tattoo does:",
        {
          list: [
            "an allergic reaction to the pigment; a patch test can be offered beforehand",
            "infection, mainly when hygiene or aftercare is poor",
            "pigment spreading or blurring in the skin, so the dots lose their crisp edges",
            "a blue tint, if pigment is placed too deep or body-tattoo ink is used",
            "a hairline design that looks unnatural",
          ],
        },
        "Many of these risks depend on who does the work. Choose a trained, insured practitioner, ask to see healed results rather than only fresh ones, and follow the aftercare advice. If you have allergies or a skin condition, please mention this at your consultation.",
      ],
    },
    de: {
      question: "Welche Risiken und Nebenwirkungen gibt es?",
      answer: [
        "Rötung, Schwellung, Spannungsgefühl, Schuppung und Juckreiz in den ersten Tagen gehören zur normalen Heilung. Darüber hinaus bringt SMP wie jede Tätowierung Risiken mit sich:",
        {
          list: [
            "eine allergische Reaktion auf das Pigment; vorab kann ein Hauttest (Patch-Test) angeboten werden",
            "eine Infektion, vor allem bei mangelnder Hygiene oder Nachsorge",
            "ein Verlaufen oder Verschwimmen des Pigments in der Haut, sodass die Punkte unscharf werden",
            "ein bläulicher Farbton, wenn das Pigment zu tief gesetzt oder gewöhnliche Tattoofarbe verwendet wird",
            "ein Haaransatz, der unnatürlich wirkt",
          ],
        },
        "Viele dieser Risiken hängen davon ab, wer die Behandlung durchführt. Wählen Sie eine ausgebildete und versicherte Fachkraft, lassen Sie sich abgeheilte Ergebnisse zeigen, nicht nur frische, und halten Sie sich an die Nachsorgehinweise. Wenn Sie Allergien oder eine Hauterkrankung haben, sprechen Sie dies bitte im Beratungsgespräch an.",
      ],
    },
  },
  {
    slug: "can-smp-be-removed-or-corrected",
    category: "aftercare",
    order: 4,
    en: {
      question: "Can SMP be removed or corrected?",
      answer: [
        "Yes, but it takes time. Because SMP is a tattoo, it can be removed with laser tattoo removal, which is done over several sessions.",
        "Correcting is often simpler than removing. Pigment that is too dark or too dense can be lightened, and lightening an error is easier than removing it completely.",
        "Because removal is slow, it is worth taking your time over the decision and the hairline design before the first session. Building the result up over several sessions also means it can be reviewed before more pigment is added.",
      ],
    },
    de: {
      question: "Lässt sich SMP entfernen oder korrigieren?",
      answer: [
        "Ja, allerdings braucht das Zeit. Da SMP eine Tätowierung ist, kann es per Laser-Tattooentfernung entfernt werden; dafür sind mehrere Sitzungen nötig.",
        "Korrigieren ist oft einfacher als Entfernen. Ist das Pigment zu dunkel oder zu dicht gesetzt, lässt es sich aufhellen. Einen Fehler aufzuhellen ist leichter, als ihn vollständig zu entfernen.",
        "Weil eine Entfernung langwierig ist, lohnt es sich, die Entscheidung und die Gestaltung des Haaransatzes vor der ersten Sitzung in Ruhe zu treffen. Da das Ergebnis über mehrere Sitzungen aufgebaut wird, lässt es sich außerdem zwischendurch prüfen, bevor weiteres Pigment hinzukommt.",
      ],
    },
  },

  // ------------------------------------------------------------------ Booking
  {
    slug: "how-do-i-book-a-consultation",
    category: "booking",
    order: 1,
    en: {
      question: "How do I book a consultation?",
      answer: [
        "You can book a consultation using the booking button on this page, or by phone.",
        "At the consultation, the practitioner:",
        {
          list: [
            "looks at your scalp and hair",
            "discusses the hairline design and pigment shade with you",
            "can offer a patch test to check for a reaction to the pigment",
            "shows you examples of healed results",
          ],
        },
        "It is a chance to ask questions and to decide in your own time. There is no commitment to go ahead with treatment.",
      ],
    },
    de: {
      question: "Wie vereinbare ich ein Beratungsgespräch?",
      answer: [
        "Ein Beratungsgespräch können Sie über den Buchungsbutton auf dieser Seite oder telefonisch vereinbaren.",
        "Im Beratungsgespräch sieht sich Ihre Behandlerin oder Ihr Behandler Ihre Kopfhaut und Ihre Haare an. Außerdem gehören dazu:",
        {
          list: [
            "ein Gespräch über die Gestaltung des Haaransatzes und den passenden Pigmentton",
            "auf Wunsch ein Hauttest (Patch-Test), um eine mögliche Reaktion auf das Pigment zu prüfen",
            "Beispiele abgeheilter Ergebnisse",
          ],
        },
        "Sie können in Ruhe alle Fragen stellen und sich für Ihre Entscheidung so viel Zeit nehmen, wie Sie brauchen. Das Gespräch ist unverbindlich.",
      ],
    },
  },
];
