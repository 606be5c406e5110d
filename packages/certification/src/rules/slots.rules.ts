/** CERT-2: a review slot can be reserved up to its start instant, while it has room. */
export type SlotRefusal = 'SLOT_STARTED' | 'SLOT_FULL';

export function slotRefusal(slot: { startsAt: Date; capacity: number }, taken: number, now: Date): SlotRefusal | null {
  if (now.getTime() > slot.startsAt.getTime()) return 'SLOT_STARTED';
  if (taken >= slot.capacity) return 'SLOT_FULL';
  return null;
}
