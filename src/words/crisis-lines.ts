// Where to turn instead of talkturn, by country: the lines the safety notice and `--help` show.
// The numbers live here, each with where it was checked; the words around them are in the
// catalogue (`languages.crisis`). A country not listed gets the local emergency number and the
// `helpLine` setting; with no country known at all, the US lines are shown as they always were.
import { words } from './index.js';
import { region as currentRegion } from './language.js';

type Kind = 'emergency' | 'genderViolence' | 'suicidal' | 'lifeLine' | 'us';

interface Line {
  kind: Kind;
  numbers: string[];
}

const LINES: Record<string, Line[]> = {
  ES: [
    // 112, the EU's emergency number, answered in Spain by each region's 112 centre.
    // Source: https://www.dgpcye.gob.es (Protección Civil, "112, teléfono único de emergencias").
    { kind: 'emergency', numbers: ['112'] },
    // 016, free, 24 hours, leaves no trace on the phone bill, for violence against women.
    // Source: Ministerio de Igualdad, https://violenciagenero.igualdad.gob.es (Servicio 016).
    { kind: 'genderViolence', numbers: ['016'] },
    // 024, the line for suicidal crisis, free and 24 hours since May 2022.
    // Source: Ministerio de Sanidad, https://www.sanidad.gob.es/linea024/
    { kind: 'suicidal', numbers: ['024'] },
  ],
  MX: [
    // 911, the national emergency number. Source: https://www.gob.mx/911
    { kind: 'emergency', numbers: ['911'] },
    // Línea de la Vida, free, 24 hours, for crisis, addictions and suicide prevention.
    // Source: CONASAMA, https://www.gob.mx/salud/conadic (Línea de la Vida 800 911 2000).
    { kind: 'lifeLine', numbers: ['800 911 2000'] },
  ],
  US: [
    // The National Domestic Violence Hotline (answers in Spanish too): https://www.thehotline.org
    // 988, the Suicide & Crisis Lifeline (press 2 for Spanish): https://988lifeline.org
    { kind: 'us', numbers: ['1-800-799-7233', '988'] },
  ],
};

/** The bullet lines for this country, in full or in fewer words for a small terminal. */
export function crisisLines(
  form: 'full' | 'short',
  helpLine?: string,
  region: string | undefined = currentRegion(),
): string[] {
  const { crisis } = words().languages;
  const listed = region === undefined ? [...(LINES.US ?? [])] : LINES[region];
  const lines: string[] = [];
  if (!listed || !listed.some((line) => line.kind === 'emergency')) {
    lines.push(form === 'full' ? crisis.localEmergency : crisis.localEmergencyShort);
  }
  for (const { kind, numbers } of listed ?? []) {
    const [first = '', second = ''] = numbers;
    if (kind === 'us') {
      if (form === 'full') lines.push(crisis.us(first, second));
      else lines.push(crisis.usHotlineShort(first), crisis.usCrisisShort(second));
    } else {
      lines.push(form === 'full' ? crisis[kind](first) : crisis[`${kind}Short`](first));
    }
  }
  if (helpLine) lines.push(`• ${helpLine}`);
  return lines;
}

/** The safety note at the end of `--help`: what talkturn is not, then the lines, one a row. */
export function helpSafetyNote(helpLine?: string): string {
  return `\n${words().languages.crisis.helpIntro}\n${crisisLines('full', helpLine).join('\n')}`;
}
