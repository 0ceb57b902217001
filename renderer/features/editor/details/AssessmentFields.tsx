// Who matters and where they stand: influence and interest (0–10 or not yet assessed), current
// and target engagement, sector and the person on the map who owns the relationship.

import { CommitTextField } from '../../../components/CommitTextField';
import { optionsOf } from '../../../components/fields/options';
import { SelectField } from '../../../components/fields/SelectField';
import { ENGAGEMENT_LABELS } from '@shared/domain/labels';
import type { Assessment, StakeNode } from '@shared/domain/types';
import { parseScore } from '@shared/domain/validation';
import { ENGAGEMENT_LEVELS } from '@shared/domain/vocabulary';
import type { NodeUpdate } from '../../../data/nodeRepository';
import { nodeChoice } from '../nodeChoices';
import { sortByLabel } from '../sortByLabel';

interface AssessmentFieldsProps {
  node: StakeNode;
  nodes: readonly StakeNode[];
  save(update: NodeUpdate): Promise<boolean>;
}

function scoreProblem(text: string): string | null {
  const parsed = parseScore(text);
  return 'error' in parsed ? parsed.error : null;
}

export function AssessmentFields({ node, nodes, save }: AssessmentFieldsProps) {
  const assessment = node.assessment;
  // From the stored assessment, not the one on screen, so quick successive edits all land.
  const update = (changes: Partial<Assessment>) =>
    save((stored) => ({ assessment: { ...stored.assessment, ...changes } }));
  // Returns the save, so a field left straight after typing keeps the typed score until it lands.
  const setScore = (field: 'influence' | 'interest') => (text: string) => {
    const parsed = parseScore(text);
    return 'value' in parsed ? update({ [field]: parsed.value }) : undefined;
  };
  const people = sortByLabel(nodes).filter(
    (other) => other.kind === 'person' && other.id !== node.id,
  );
  const engagement = optionsOf(ENGAGEMENT_LEVELS, (level) => ENGAGEMENT_LABELS[level]);

  return (
    <fieldset className="inspector-section">
      <legend>Assessment</legend>
      <div className="field-pair">
        <CommitTextField
          label="Influence"
          value={assessment.influence === null ? '' : String(assessment.influence)}
          placeholder="0–10"
          validate={scoreProblem}
          onCommit={setScore('influence')}
        />
        <CommitTextField
          label="Interest"
          value={assessment.interest === null ? '' : String(assessment.interest)}
          placeholder="0–10"
          validate={scoreProblem}
          onCommit={setScore('interest')}
        />
      </div>
      {assessment.influence === null && assessment.interest === null && (
        <p className="muted">Not yet assessed.</p>
      )}
      <SelectField
        label="Current engagement"
        value={assessment.engagementCurrent}
        options={engagement}
        emptyLabel="Not known"
        onChange={(engagementCurrent) => update({ engagementCurrent })}
      />
      <SelectField
        label="Target engagement"
        value={assessment.engagementTarget}
        options={engagement}
        emptyLabel="Not set"
        onChange={(engagementTarget) => update({ engagementTarget })}
      />
      <CommitTextField
        label="Sector"
        value={assessment.sector}
        onCommit={(sector) => update({ sector: sector.trim() })}
      />
      <SelectField
        label="Owner"
        value={assessment.ownerId}
        options={people.map(nodeChoice)}
        emptyLabel="No owner"
        onChange={(ownerId) => update({ ownerId })}
      />
    </fieldset>
  );
}
