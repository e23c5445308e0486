// The forms of a word that changes with a count, by Intl's plural categories ("one", "few",
// "many", "other"...): `#` stands for the number. English has one and other; a language with
// more forms fills in more, which is why each count in a catalogue is typed as all of them.
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Marks a count's words in a catalogue: `forms({ one: '# talk', other: '# talks' })`. */
export const forms = (words: PluralForms): PluralForms => words;
