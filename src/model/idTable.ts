/**
 * Positions of items by string id in an open-addressing hash table of `Int32Array` slots.
 *
 * A `Map` of 100,000 fresh string keys costs tens of milliseconds to fill (its backing store is
 * rebuilt as it grows); this table is sized once, hashes each id in a short loop and stores only
 * positions, so the duplicate check and the id lookup of a large dataset cost a few milliseconds
 * and about 4 bytes per slot.
 */
export class IdTable {
  /** Position + 1 of the item in each slot; 0 marks an empty slot. */
  // Declared, not defined: the constructor creates them, so the class emits no field initialisers.
  private declare readonly slots: Int32Array;
  private declare readonly mask: number;

  /**
   * @param capacity the most ids that will be inserted.
   * @param idAt the id of the item at a position, to tell colliding ids apart.
   */
  constructor(capacity: number, private idAt: (position: number) => string) {
    // At most half full, so probe sequences stay short.
    let size = 8;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The slot holding `id`, or the empty slot where it would go: insert and find share the probe. */
  private slotOf(id: string): number {
    const slots = this.slots;
    for (let slot = hashOf(id) & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = slots[slot]!;
      if (stored === 0 || this.idAt(stored - 1) === id) return slot;
    }
  }

  /** Records that `id` is at `position`; returns the position already holding `id`, or -1 if none. */
  insert(id: string, position: number): number {
    const slot = this.slotOf(id);
    const stored = this.slots[slot]!;
    if (stored === 0) this.slots[slot] = position + 1;
    return stored - 1;
  }

  /**
   * Reads ids from somewhere else from now on: `idAt` must give the same id for every stored position
   * (a validated copy of the items, so the table no longer keeps the raw input alive).
   */
  rebind(idAt: (position: number) => string): void {
    this.idAt = idAt;
  }

  /** The position of `id`, or -1 when it is not in the table. */
  find(id: string): number {
    return this.slots[this.slotOf(id)]! - 1;
  }
}

/** FNV-1a over the UTF-16 code units, mixed at the end so that the low bits (the slot) vary. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) >>> 0;
}
