import { Text } from 'ink';
import type { Partner } from '../../session/index.js';
import { PARTNER_MARKS } from '../../text/colour.js';
import { theme } from '../theme.js';

/** A partner's name in their colour, with their marker: never colour alone. */
export function PartnerName({ partner, name }: { partner: Partner; name: string }) {
  return (
    <Text color={theme.partner[partner]} bold>
      {PARTNER_MARKS[partner]} {name}
    </Text>
  );
}
