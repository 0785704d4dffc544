namespace StemCell.Domain.Serialization;

/// <summary>
/// One string for each short text a read meets again: a claim's vocabulary and code, an evidence's field and source id,
/// a study's designs. In the sample dataset about half the strings read are such repeats, and every string not made is
/// memory a process's first read does not have to touch.
/// </summary>
/// <remarks>
/// Used by one read at a time. It stops taking new texts once it holds <see cref="MaxCount"/>, so that a document of
/// unique ids (a streamed million studies) cannot grow it without bound.
/// </remarks>
internal sealed class TextPool
{
    /// <summary>The longest text pooled; a longer one (a title, a quote) is seldom repeated.</summary>
    internal const int MaxLength = 48;

    private const int MaxCount = 4096;

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;

    internal TextPool() => _byCharacters = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the pooled string with these characters, making (and keeping) it the first time.</summary>
    internal string Get(ReadOnlySpan<char> text)
    {
        if (_byCharacters.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = text.ToString();
        if (_texts.Count < MaxCount)
        {
            _texts.Add(made);
        }

        return made;
    }
}
