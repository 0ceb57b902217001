// Turning other tools' edge weights into Stakemap's strengths 1–3. Weights that already are 1, 2
// or 3 are kept; any other numbers are scaled from the file's own range, and the original weight
// is kept as an extra field so nothing the user had is lost.

import type { Relationship } from '../../domain/types';
import { setField } from './extraFields';
import { normaliseName } from './fieldNames';
import type { ForeignField } from './foreign';
import { count, type SummaryNotes } from './summaryNotes';
import { asText, readNumber } from './values';

export interface WeightedRelationship {
  relationship: Relationship;
  weight: ForeignField;
}

const WORDS: Readonly<Record<string, 1 | 2 | 3>> = {
  weak: 1,
  low: 1,
  medium: 2,
  moderate: 2,
  normal: 2,
  strong: 3,
  high: 3,
};

function toStrength(value: number): 1 | 2 | 3 {
  const rounded = Math.round(value);
  return rounded <= 1 ? 1 : rounded >= 3 ? 3 : 2;
}

function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export function applyStrengths(
  items: readonly WeightedRelationship[],
  notes: SummaryNotes,
  noun: string,
  trustWeights: boolean,
): void {
  const numeric: { item: WeightedRelationship; value: number }[] = [];
  for (const item of items) {
    const text = asText(item.weight.value).trim();
    if (text === '') continue;
    const word = WORDS[text.toLowerCase()];
    if (word !== undefined && Object.hasOwn(WORDS, text.toLowerCase())) {
      item.relationship.strength = word;
      notes.mapped(
        `${noun} '${item.weight.name}': weak, medium and strong read as strengths 1, 2 and 3`,
      );
      continue;
    }
    const read = readNumber(item.weight.value);
    if (read.kind === 'bad') {
      setField(item.relationship.extra, item.weight.name, text);
      notes.group(
        'notUnderstood',
        `strength|${item.weight.name}`,
        item.weight.where,
        (n, first) =>
          `${noun} '${item.weight.name}': ${count(n, 'value')} not a number (first at ${first}); ` +
          'those relationships get strength 2 and keep the value as an extra field',
      );
      continue;
    }
    numeric.push({ item, value: read.value });
  }
  if (numeric.length === 0) return;
  const name = numeric[0]?.item.weight.name ?? 'weight';
  let min = Infinity;
  let max = -Infinity;
  for (const { value } of numeric) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const asIs = numeric.every(({ value }) => value === 1 || value === 2 || value === 3);
  // Gephi and NetworkX write weight 1.0 on every edge unless told otherwise: that says nothing.
  const onlyDefaults =
    !trustWeights && normaliseName(name) !== 'strength' && max === 1 && min === 1;
  if (onlyDefaults) {
    notes.mapped(
      `${noun} '${name}': every weight is 1 (the default in Gephi and NetworkX), so every ` +
        'relationship gets the usual strength 2',
    );
    return;
  }
  if (asIs) {
    numeric.forEach(({ item, value }) => (item.relationship.strength = toStrength(value)));
    notes.mapped(`${noun} '${name}' read as relationship strength (1–3)`);
    return;
  }
  for (const { item, value } of numeric) {
    item.relationship.strength =
      max === min ? 2 : toStrength(1 + Math.round((2 * (value - min)) / (max - min)));
    setField(item.relationship.extra, item.weight.name, asText(item.weight.value));
  }
  notes.mapped(
    max === min
      ? `${noun} '${name}': every weight is ${formatNumber(min)}, so every relationship gets strength 2; ` +
          `the original weight is kept as the extra field '${name}'`
      : `${noun} '${name}': weights from ${formatNumber(min)} to ${formatNumber(max)} were scaled to ` +
          `strengths 1–3 (the lowest quarter → 1, the middle half → 2, the highest quarter → 3); ` +
          `each original weight is kept as the extra field '${name}'`,
  );
}
