// A person's role, contact details, preferred involvement and do-not-contact flag.

import { CommitTextField } from '../../../components/CommitTextField';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { optionsOf } from '../../../components/fields/options';
import { SelectField } from '../../../components/fields/SelectField';
import { personOf } from '@shared/domain/details';
import type { PersonDetails, StakeNode } from '@shared/domain/types';
import { checkEmail, checkPhone } from '@shared/domain/validation';
import { INVOLVEMENT_PREFERENCES } from '@shared/domain/vocabulary';
import type { NodeUpdate } from '../../../data/nodeRepository';

interface PersonFieldsProps {
  node: StakeNode;
  save(update: NodeUpdate): Promise<boolean>;
}

export function PersonFields({ node, save }: PersonFieldsProps) {
  const person = personOf(node);
  // From the stored group, not the one on screen, so quick successive edits all land.
  const update = (changes: Partial<PersonDetails>) =>
    save((stored) => ({ person: { ...personOf(stored), ...changes } }));
  return (
    <fieldset className="inspector-section">
      <legend>Person</legend>
      <CommitTextField label="Role" value={person.role} onCommit={(role) => update({ role })} />
      <CommitTextField
        label="Email"
        type="email"
        value={person.email}
        validate={checkEmail}
        onCommit={(email) => update({ email: email.trim() })}
      />
      <CommitTextField
        label="Phone"
        type="tel"
        value={person.phone}
        validate={checkPhone}
        onCommit={(phone) => update({ phone: phone.trim() })}
      />
      <SelectField
        label="Preferred involvement"
        value={person.involvement}
        options={optionsOf(INVOLVEMENT_PREFERENCES)}
        emptyLabel="Not known"
        onChange={(involvement) => update({ involvement })}
      />
      <CheckboxField
        label="Do not contact"
        checked={person.doNotContact}
        onChange={(doNotContact) => update({ doNotContact })}
      />
    </fieldset>
  );
}
