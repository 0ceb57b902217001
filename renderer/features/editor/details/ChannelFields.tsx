// An online channel's type and link.

import { optionsOf } from '../../../components/fields/options';
import { SelectField } from '../../../components/fields/SelectField';
import { channelOf } from '@shared/domain/details';
import type { ChannelDetails, StakeNode } from '@shared/domain/types';
import { CHANNEL_TYPES } from '@shared/domain/vocabulary';
import type { NodeUpdate } from '../../../data/nodeRepository';
import { LinkField } from './LinkField';

interface ChannelFieldsProps {
  node: StakeNode;
  save(update: NodeUpdate): Promise<boolean>;
}

export function ChannelFields({ node, save }: ChannelFieldsProps) {
  const channel = channelOf(node);
  // From the stored group, not the one on screen, so quick successive edits all land.
  const update = (changes: Partial<ChannelDetails>) =>
    save((stored) => ({ channel: { ...channelOf(stored), ...changes } }));
  return (
    <fieldset className="inspector-section">
      <legend>Channel</legend>
      <SelectField
        label="Channel type"
        value={channel.type}
        options={optionsOf(CHANNEL_TYPES)}
        emptyLabel="Not set"
        onChange={(type) => update({ type })}
      />
      <LinkField label="Link" value={channel.link} onCommit={(link) => update({ link })} />
    </fieldset>
  );
}
