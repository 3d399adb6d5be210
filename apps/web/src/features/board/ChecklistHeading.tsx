import type { ChecklistItem } from '@echoboard/contracts';
import type { ChecklistGroup } from '@echoboard/domain';

/**
 * One named checklist's heading, "Name (done/total)", over a bar of its progress: the card editor
 * and an archived card's details show a checklist the same way.
 */
export function ChecklistHeading({
  group,
  level,
  nameId,
}: {
  group: ChecklistGroup<ChecklistItem>;
  /** 4 in the card editor, under its Checklist section; 3 in the archive dialog. */
  level: 3 | 4;
  /** For a list that takes the checklist's name as its own. */
  nameId?: string;
}) {
  const Heading = `h${level}` as const;
  const total = group.items.length;
  return (
    <>
      <Heading className="checklist__name">
        <span id={nameId}>{group.name}</span>{' '}
        <span className="muted">
          ({group.done}/{total})
        </span>
      </Heading>
      <progress
        className="checklist__progress"
        max={total}
        value={group.done}
        aria-label={`${group.name}: ${group.done} of ${total} done`}
      />
    </>
  );
}
