namespace StemCell.Domain.Serialization;

/// <summary>
/// A set of ids, exact and compact, for finding a repeated study id in a streamed document of any size. Ids are
/// lower-kebab-case ASCII (the model checks that before an id gets here), so each is kept as its bytes, one after
/// another in chunks, and found through an open-addressing table of where each starts: 30 to 45 bytes an id where a
/// <see cref="HashSet{T}"/> of strings takes about 80.
/// </summary>
internal sealed class IdSet
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<byte[]> _chunks = [new byte[ChunkSize]];
    private int _used;

    // Each slot: 0 when empty, else the id's hash in the high 32 bits and one more than where it starts in the low.
    private long[] _slots = new long[1024];
    private int _count;

    /// <summary>Adds an id with its index; false, with the index it was first added with, when it is already there.</summary>
    internal bool Add(string id, int index, out int firstIndex)
    {
        firstIndex = index;
        var hash = string.GetHashCode(id, StringComparison.Ordinal);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                _slots[slot] = ((long)hash << 32) | (uint)(Store(id, index) + 1);
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return true;
            }

            if ((int)(entry >> 32) == hash && Equals((int)(entry & uint.MaxValue) - 1, id))
            {
                firstIndex = IndexAt((int)(entry & uint.MaxValue) - 1);
                return false;
            }
        }
    }

    // An entry: the id's length in one byte, its bytes, and the index in four.
    private int Store(string id, int index)
    {
        // An entry never straddles two chunks.
        if ((_used & (ChunkSize - 1)) + id.Length + 5 > ChunkSize)
        {
            _chunks.Add(new byte[ChunkSize]);
            _used = (_chunks.Count - 1) << ChunkBits;
        }

        var start = _used;
        var chunk = _chunks[start >> ChunkBits];
        var offset = start & (ChunkSize - 1);
        chunk[offset] = (byte)id.Length;
        for (var i = 0; i < id.Length; i++)
        {
            chunk[offset + 1 + i] = (byte)id[i];
        }

        BitConverter.TryWriteBytes(chunk.AsSpan(offset + 1 + id.Length, 4), index);
        _used += id.Length + 5;
        return start;
    }

    private int IndexAt(int start)
    {
        var chunk = _chunks[start >> ChunkBits];
        var offset = start & (ChunkSize - 1);
        return BitConverter.ToInt32(chunk, offset + 1 + chunk[offset]);
    }

    private bool Equals(int start, string id)
    {
        var chunk = _chunks[start >> ChunkBits];
        var offset = start & (ChunkSize - 1);
        if (chunk[offset] != id.Length)
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            if (chunk[offset + 1 + i] != id[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                var slot = (int)(entry >> 32) & mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = entry;
            }
        }
    }
}
