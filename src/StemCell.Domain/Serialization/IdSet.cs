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

    // Each slot: 0 when empty, else one more than where its entry starts. No hash is kept beside it (a probe compares
    // the bytes), which halves the table: at a million ids it is the largest thing a streamed read keeps.
    private int[] _slots = new int[1024];
    private int _count;

    /// <summary>Adds an id with its index; false, with the index it was first added with, when it is already there.</summary>
    internal bool Add(string id, int index, out int firstIndex)
    {
        firstIndex = index;
        var mask = _slots.Length - 1;
        for (var slot = Hash(id) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                _slots[slot] = Store(id, index) + 1;
                if (++_count * 4 > _slots.Length * 3)
                {
                    Grow();
                }

                return true;
            }

            if (Equals(entry - 1, id))
            {
                firstIndex = IndexAt(entry - 1);
                return false;
            }
        }
    }

    private static int Hash(ReadOnlySpan<char> id) => string.GetHashCode(id, StringComparison.Ordinal);

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
        _slots = new int[old.Length * 2];
        var mask = _slots.Length - 1;
        Span<char> id = stackalloc char[byte.MaxValue];
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                // The hash again, from the stored bytes (ids are ASCII, so a byte is a character).
                var chunk = _chunks[(entry - 1) >> ChunkBits];
                var offset = (entry - 1) & (ChunkSize - 1);
                var length = chunk[offset];
                for (var i = 0; i < length; i++)
                {
                    id[i] = (char)chunk[offset + 1 + i];
                }

                var slot = Hash(id[..length]) & mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = entry;
            }
        }
    }
}
