// A partner's name is the same name however it was typed: in any case, with spaces around it or
// doubled inside it, with its accents composed or not. Notes, check-ins, the history and the
// exports all match names this one way, so a couple lines up across everything they wrote.

/** The form two names are compared in. */
export function nameKey(name: string): string {
  // toLowerCase, not toLocaleLowerCase: a name matches the same way on every machine.
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
