namespace StemCell.Domain.Serialization;

/// <summary>How strictly <see cref="StemCellJson"/> reads a document.</summary>
/// <remarks>
/// <para>
/// The default is strict: a property the format does not define is an error, so a typo (<c>"phse"</c>) never
/// silently drops data, and a vocabulary term must be its code exactly (<c>"multiple-sclerosis"</c>, not <c>"MS"</c>
/// or <c>"Multiple-Sclerosis"</c>), as writers write it and the JSON Schema says. <see cref="Lenient"/> skips unknown
/// properties, for reading documents written by a newer minor version of the format (which may add properties but
/// never changes or removes one), and also accepts a term's documented synonyms and any letter case, for documents
/// people wrote by hand.
/// </para>
/// <para>Everything else is checked in both modes: types, required properties, duplicates, nulls, values and the
/// model's validation.</para>
/// </remarks>
public sealed record StemCellJsonReaderOptions
{
    /// <summary>The default maximum nesting depth of a document; the format itself nests about eight deep.</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>Initializes a new instance of the <see cref="StemCellJsonReaderOptions"/> class.</summary>
    /// <param name="skipUnknownProperties">Whether properties the format does not define are skipped rather than rejected.</param>
    /// <param name="acceptsCodeSynonyms">Whether a vocabulary term may also be given by a documented synonym or in another letter case.</param>
    public StemCellJsonReaderOptions(bool skipUnknownProperties, bool acceptsCodeSynonyms = false)
    {
        SkipUnknownProperties = skipUnknownProperties;
        AcceptsCodeSynonyms = acceptsCodeSynonyms;
    }

    /// <summary>Gets the strict options: unknown properties and anything but a term's exact code are rejected.</summary>
    /// <value>The default options.</value>
    public static StemCellJsonReaderOptions Strict { get; } = new(skipUnknownProperties: false);

    /// <summary>Gets the lenient options: unknown properties are skipped, and terms may be synonyms in any letter case.</summary>
    /// <value>Options with <see cref="SkipUnknownProperties"/> and <see cref="AcceptsCodeSynonyms"/> set.</value>
    public static StemCellJsonReaderOptions Lenient { get; } = new(skipUnknownProperties: true, acceptsCodeSynonyms: true);

    /// <summary>Gets a value indicating whether properties the format does not define are skipped rather than rejected.</summary>
    /// <value><see langword="false"/> (reject) for <see cref="Strict"/>.</value>
    public bool SkipUnknownProperties { get; }

    /// <summary>Gets a value indicating whether a vocabulary term may be a documented synonym or its code in another letter case.</summary>
    /// <value><see langword="false"/> (the code exactly) for <see cref="Strict"/>.</value>
    public bool AcceptsCodeSynonyms { get; }
}
