// A developer community's scope (within, between or outside local government) and platform link.

import { optionsOf } from '../../../components/fields/options';
import { SelectField } from '../../../components/fields/SelectField';
import { communityOf } from '@shared/domain/details';
import type { CommunityDetails, StakeNode } from '@shared/domain/types';
import { COMMUNITY_SCOPES, type CommunityScope } from '@shared/domain/vocabulary';
import type { NodeUpdate } from '../../../data/nodeRepository';
import { LinkField } from './LinkField';

const SCOPE_LABELS: Record<CommunityScope, string> = {
  within: 'Within local government',
  between: 'Between local government bodies',
  outside: 'Outside local government',
};

interface CommunityFieldsProps {
  node: StakeNode;
  save(update: NodeUpdate): Promise<boolean>;
}

export function CommunityFields({ node, save }: CommunityFieldsProps) {
  const community = communityOf(node);
  // From the stored group, not the one on screen, so quick successive edits all land.
  const update = (changes: Partial<CommunityDetails>) =>
    save((stored) => ({ community: { ...communityOf(stored), ...changes } }));
  return (
    <fieldset className="inspector-section">
      <legend>Community</legend>
      <SelectField
        label="Scope"
        value={community.scope}
        options={optionsOf(COMMUNITY_SCOPES, (scope) => SCOPE_LABELS[scope])}
        emptyLabel="Not set"
        onChange={(scope) => update({ scope })}
      />
      <LinkField
        label="Platform link"
        value={community.platformLink}
        onCommit={(platformLink) => update({ platformLink })}
      />
    </fieldset>
  );
}
