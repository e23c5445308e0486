import { Text } from 'ink';
import type { Partner } from '../../session/index.js';
import { PartnerName } from '../components/PartnerName.js';
import { words } from '../../words/index.js';

/** "Check-in: ● Ana": whose turn it is, in their colour and with their marker. */
export function StepTitle({ partner, name }: { partner: Partner; name: string }) {
  return (
    <Text>
      {words().checkin.titleLead}
      <PartnerName partner={partner} name={name} />
    </Text>
  );
}
