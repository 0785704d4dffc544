namespace StemCell.Domain.Serialization;

/// <summary>
/// The 64-bit hashes of the study ids a streamed read has seen, in 8 bytes each: an open-addressed table of a power
/// of two slots, never more than half full. A <see cref="HashSet{T}"/> of the same hashes takes about 20 bytes each
/// and, while it grows, briefly holds its old and new arrays together; at a million studies that was the difference
/// between a streamed read staying under 100 MB or not.
/// </summary>
internal sealed class IdHashSet
{
    private const int InitialCapacity = 1024;

    // Zero marks an empty slot, so the hash zero is remembered apart.
    private ulong[] _slots = new ulong[InitialCapacity];
    private bool _hasZero;
    private int _count;

    /// <summary>Adds a hash; false when it was already there.</summary>
    internal bool Add(ulong hash)
    {
        if (hash == 0)
        {
            var added = !_hasZero;
            _hasZero = true;
            return added;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (!Insert(_slots, hash))
        {
            return false;
        }

        _count++;
        return true;
    }

    private static bool Insert(ulong[] slots, ulong hash)
    {
        var mask = slots.Length - 1;
        for (var i = (int)(hash & (ulong)mask); ; i = (i + 1) & mask)
        {
            if (slots[i] == hash)
            {
                return false;
            }

            if (slots[i] == 0)
            {
                slots[i] = hash;
                return true;
            }
        }
    }

    private void Grow()
    {
        var larger = new ulong[_slots.Length * 2];
        foreach (var hash in _slots)
        {
            if (hash != 0)
            {
                Insert(larger, hash);
            }
        }

        _slots = larger;
    }
}
