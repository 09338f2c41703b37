// For widget tests of a clinic page that enforces Trusted Types with one policy name (lit-html),
// without 'allow-duplicates'. Import it before any element file loads (the elements are then
// imported dynamically), and use no test helper built on Lit: a second Lit would bring a second
// `lit-html` policy, which such a page refuses.
document.head.append(Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "require-trusted-types-for 'script'; trusted-types lit-html" }));

/** Every policy violation the page reports, as "directive: sample". */
export const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`), true);

/** How often each tag was defined: an element file loaded twice must not define it again. */
export const definitions: Record<string, number> = {};
const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => ((definitions[name] = (definitions[name] ?? 0) + 1), define(name, ...rest));

/** Violations are reported asynchronously: give the browser a moment before reading them. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

export async function until(condition: () => unknown, what: string, tries = 100): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting until ${what}`);
}
