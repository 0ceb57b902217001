// An organisation's type and website.

import { optionsOf } from '../../../components/fields/options';
import { SelectField } from '../../../components/fields/SelectField';
import { organisationOf } from '@shared/domain/details';
import type { OrganisationDetails, StakeNode } from '@shared/domain/types';
import { ORGANISATION_TYPES } from '@shared/domain/vocabulary';
import type { NodeUpdate } from '../../../data/nodeRepository';
import { LinkField } from './LinkField';

interface OrganisationFieldsProps {
  node: StakeNode;
  save(update: NodeUpdate): Promise<boolean>;
}

export function OrganisationFields({ node, save }: OrganisationFieldsProps) {
  const organisation = organisationOf(node);
  // From the stored group, not the one on screen, so quick successive edits all land.
  const update = (changes: Partial<OrganisationDetails>) =>
    save((stored) => ({ organisation: { ...organisationOf(stored), ...changes } }));
  return (
    <fieldset className="inspector-section">
      <legend>Organisation</legend>
      <SelectField
        label="Organisation type"
        value={organisation.type}
        options={optionsOf(ORGANISATION_TYPES)}
        emptyLabel="Not set"
        onChange={(type) => update({ type })}
      />
      <LinkField
        label="Website"
        value={organisation.website}
        onCommit={(website) => update({ website })}
      />
    </fieldset>
  );
}
