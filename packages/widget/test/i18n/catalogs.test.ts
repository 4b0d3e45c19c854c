import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../src/i18n/fillTemplate.ts';
import en from '../../src/i18n/locales/en.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import type { Messages, Plural } from '../../src/i18n/Messages.ts';

function forms(entry: string | Plural): string[] {
  return typeof entry === 'string'
    ? [entry]
    : Object.values(entry).filter((v): v is string => typeof v === 'string');
}

function placeholders(entry: string | Plural): string[] {
  return [...new Set(forms(entry).flatMap(placeholdersOf))].sort();
}

const english = en as unknown as Record<string, string | Plural>;

describe.each(Object.keys(LOCALES))('the %s catalog', (locale) => {
  const load = async (): Promise<Record<string, string | Plural>> => {
    const loader = LOCALES[locale];
    if (!loader) throw new Error(`no loader for ${locale}`);
    const { default: messages } = await loader();
    return messages as Messages as unknown as Record<string, string | Plural>;
  };

  it('has exactly the keys of the English catalog', async () => {
    const messages = await load();
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('uses the same placeholders as English in every message', async () => {
    const messages = await load();
    const differing = Object.keys(english).filter((key) => {
      const mine = messages[key];
      const theirs = english[key];
      return (
        mine === undefined ||
        theirs === undefined ||
        placeholders(mine).join() !== placeholders(theirs).join()
      );
    });
    expect(differing).toEqual([]);
  });

  it('gives every plural message the forms its plural rules need', async () => {
    const messages = await load();
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const lacking = Object.entries(messages)
      .filter(([, entry]) => typeof entry !== 'string')
      .filter(([, entry]) =>
        needed.some((category) => typeof (entry as Plural)[category as keyof Plural] !== 'string'),
      )
      .map(([key]) => key);
    expect(lacking).toEqual([]);
  });

  it('has no empty message and no markup', async () => {
    const messages = await load();
    const bad = Object.entries(messages)
      .filter(([, entry]) => forms(entry).some((text) => text.trim() === '' || /[<>]/.test(text)))
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });
});

describe('a catalog that differs from English', () => {
  it('is caught when a key is missing or a placeholder renamed', () => {
    const broken: Record<string, string | Plural> = {
      ...english,
      'file.too_large': '{name} is over {size}.',
    };
    delete broken['panel.title'];
    expect(Object.keys(broken).sort()).not.toEqual(Object.keys(english).sort());
    const entry = broken['file.too_large'];
    const original = english['file.too_large'];
    if (!entry || !original) throw new Error('fixture missing');
    expect(placeholders(entry)).not.toEqual(placeholders(original));
  });
});
