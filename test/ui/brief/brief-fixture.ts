// A brief as data for the screen tests: two partners, topics by each, an agreement, a hard day.
import type { Brief } from '../../../src/export/brief/model.js';

const DAY = { year: 2026, month: 11, day: 24, hour: 18, minute: 5 };

/** With `trends`, both partners have check-in numbers to share. */
export function sampleBrief(trends = true): Brief {
  return {
    partners: ['Ana', 'Ben'],
    from: DAY,
    to: DAY,
    talks: 2,
    checkins: 1,
    earlier: { helped: 0, hard: 0 },
    items: [
      { id: 'topic:1', section: 'topic', by: 'Ana', text: 'Why I still check.', when: DAY },
      { id: 'topic:2', section: 'topic', by: 'Ben', text: 'My shame.', when: DAY },
      {
        id: 'agreement:1',
        section: 'agreement',
        by: 'Ben',
        text: 'Weekly walk.',
        when: DAY,
        status: 'helping',
      },
      { id: 'hard:1', section: 'hard', by: 'Ana', text: 'A song on the radio.', when: DAY },
      {
        id: 'reflection:1',
        section: 'reflection',
        by: 'Ben',
        of: 'Ana',
        text: 'You felt alone.',
        when: DAY,
      },
    ],
    checkinDays: [DAY],
    trends: trends
      ? [
          { name: 'Ana', values: [7] },
          { name: 'Ben', values: [6] },
        ]
      : [],
  };
}
