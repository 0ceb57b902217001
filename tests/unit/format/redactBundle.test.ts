// A redacted export leaves out what identifies or reaches people, and nothing else.

import { describe, expect, it } from 'vitest';
import { parseStakemapFile, redactBundle, serializeStakemapFile } from '@shared/format';
import { aBundle, aNode, aRelationship } from '../../factories/records';

const person = (doNotContact: boolean) => ({
  role: 'Chief executive',
  email: 'jane@example.org',
  phone: '+44 20 7946 0000',
  involvement: 'workshop' as const,
  doNotContact,
});

const bundle = aBundle({
  nodes: [
    aNode({
      id: 'n1',
      label: 'Jane',
      notes: 'Prefers mornings',
      person: person(false),
      tags: ['panel'],
    }),
    aNode({
      id: 'n2',
      label: 'Sam',
      description: 'Private matter',
      person: person(true),
      tags: ['x'],
    }),
  ],
  relationships: [aRelationship({ notes: 'Met twice' })],
  interactions: [
    {
      id: 'i1',
      mapId: 'map-1',
      date: '2010-01-19',
      type: 'meeting',
      nodeIds: ['n1'],
      summary: 'First panel meeting',
      followUp: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
});

describe('redacting a map', () => {
  const redacted = redactBundle(bundle);
  const text = serializeStakemapFile(redacted, {
    exportedAt: '2026-01-01T00:00:00.000Z',
    appVersion: 'test',
    redacted: true,
  });

  it('leaves out emails, phones, notes and the contact log', () => {
    expect(text).not.toContain('jane@example.org');
    expect(text).not.toContain('7946');
    expect(text).not.toContain('Prefers mornings');
    expect(text).not.toContain('Met twice');
    expect(redacted.interactions).toEqual([]);
  });

  it('keeps only the name of people marked do-not-contact', () => {
    const sam = redacted.nodes.find((node) => node.id === 'n2');
    expect(sam?.label).toBe('Sam');
    expect(text).not.toContain('Private matter');
    expect(sam?.tags).toEqual([]);
  });

  it('keeps what is not private, and says the file is redacted', () => {
    const jane = redacted.nodes.find((node) => node.id === 'n1');
    expect(jane?.person?.role).toBe('Chief executive');
    expect(jane?.tags).toEqual(['panel']);
    const parsed = parseStakemapFile(text);
    expect(parsed.ok && parsed.value.redacted).toBe(true);
  });

  it('does not change the map it was given', () => {
    expect(bundle.nodes[0]?.person?.email).toBe('jane@example.org');
  });
});
