import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../../packages/widgets/custom-elements.json';

interface ManifestField {
  kind: string;
  name: string;
  attribute?: string;
  type?: { text: string };
}

/** The control for an attribute's type (`string | undefined` is a text box; a union of string literals a select). */
function controlFor(typeText: string | undefined): ArgTypes[string] | undefined {
  const members = (typeText ?? '').split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  if (members.length > 1 && members.every((member) => /^'[^']*'$/.test(member))) return { control: { type: 'select' }, options: members.map((member) => member.slice(1, -1)) };
  if (members.length !== 1) return undefined;
  const type = ({ string: 'text', number: 'number', boolean: 'boolean' } as const)[members[0] as 'string' | 'number' | 'boolean'];
  return type ? { control: { type } } : undefined;
}

/**
 * Controls for an element's attributes, read from custom-elements.json (text, number,
 * boolean, or a select for a fixed set of values), and the camelCase property rows hidden
 * where an attribute of another name (`heading-level`) already covers them.
 */
export function attributeArgTypes(tagName: string): ArgTypes {
  const declaration = manifest.modules.flatMap((module) => (module.declarations ?? []) as Array<{ tagName?: string; members?: ManifestField[] }>).find((candidate) => candidate.tagName === tagName);
  if (!declaration) throw new Error(`${tagName} is not in custom-elements.json: run npm run analyze`);
  const argTypes: ArgTypes = {};
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || !member.attribute) continue;
    if (member.attribute !== member.name) argTypes[member.name] = { table: { disable: true } };
    const control = controlFor(member.type?.text);
    if (control) argTypes[member.attribute] = control;
  }
  return argTypes;
}
