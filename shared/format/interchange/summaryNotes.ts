// Collects the summary's sentences while a file is read: each said once, repeated findings
// grouped with a count and the first place they were seen, and the list kept to a readable length.

/** Beyond this many, the list ends with one sentence saying how many more there were. */
export const MAX_NOTES = 60;

interface Group {
  count: number;
  firstWhere: string;
  describe: (count: number, firstWhere: string) => string;
  list: 'mapped' | 'notUnderstood';
}

export class SummaryNotes {
  private readonly mappedNotes = new Set<string>();
  private readonly notUnderstoodNotes = new Set<string>();
  private readonly groups = new Map<string, Group>();
  private readonly order: (string | { group: string })[] = [];
  private readonly notUnderstoodOrder: (string | { group: string })[] = [];

  mapped(sentence: string): void {
    if (this.mappedNotes.has(sentence)) return;
    this.mappedNotes.add(sentence);
    this.order.push(sentence);
  }

  notUnderstood(sentence: string): void {
    if (this.notUnderstoodNotes.has(sentence)) return;
    this.notUnderstoodNotes.add(sentence);
    this.notUnderstoodOrder.push(sentence);
  }

  /** One sentence for every finding with the same key, written when the summary is made. */
  group(
    list: Group['list'],
    key: string,
    where: string,
    describe: (count: number, firstWhere: string) => string,
  ): void {
    const found = this.groups.get(key);
    if (found) {
      found.count += 1;
      return;
    }
    this.groups.set(key, { count: 1, firstWhere: where, describe, list });
    (list === 'mapped' ? this.order : this.notUnderstoodOrder).push({ group: key });
  }

  private render(entries: readonly (string | { group: string })[]): string[] {
    const sentences = entries.map((entry) => {
      if (typeof entry === 'string') return entry;
      const group = this.groups.get(entry.group);
      return group ? group.describe(group.count, group.firstWhere) : '';
    });
    if (sentences.length <= MAX_NOTES) return sentences;
    const more = sentences.length - MAX_NOTES;
    return [...sentences.slice(0, MAX_NOTES), `…and ${more} more.`];
  }

  summary(): { mapped: string[]; notUnderstood: string[] } {
    return { mapped: this.render(this.order), notUnderstood: this.render(this.notUnderstoodOrder) };
  }
}

/** "1 node" / "3 nodes". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
