namespace StemCell.Domain.Serialization;

/// <summary>How strictly <see cref="StemCellJson"/> reads a document.</summary>
/// <remarks>
/// <para>
/// The default is strict: a property the format does not define is an error, so a typo (<c>"phse"</c>) never
/// silently drops data. <see cref="Lenient"/> skips unknown properties instead, for reading documents written by a
/// newer minor version of the format, which may add properties but never changes or removes one.
/// </para>
/// <para>Everything else is checked in both modes: types, required properties, duplicates, codes, values and the
/// model's validation.</para>
/// </remarks>
public sealed record StemCellJsonReaderOptions
{
    /// <summary>The default maximum nesting depth of a document; the format itself nests about eight deep.</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>Gets the strict options: unknown properties are rejected.</summary>
    /// <value>The default options.</value>
    public static StemCellJsonReaderOptions Strict { get; } = new(skipUnknownProperties: false);

    /// <summary>Gets the lenient options: unknown properties are skipped.</summary>
    /// <value>Options with <see cref="SkipUnknownProperties"/> set.</value>
    public static StemCellJsonReaderOptions Lenient { get; } = new(skipUnknownProperties: true);

    /// <summary>Initializes a new instance of the <see cref="StemCellJsonReaderOptions"/> class.</summary>
    /// <param name="skipUnknownProperties">Whether properties the format does not define are skipped rather than rejected.</param>
    public StemCellJsonReaderOptions(bool skipUnknownProperties)
    {
        SkipUnknownProperties = skipUnknownProperties;
    }

    /// <summary>Gets a value indicating whether properties the format does not define are skipped rather than rejected.</summary>
    /// <value><see langword="false"/> (reject) for <see cref="Strict"/>.</value>
    public bool SkipUnknownProperties { get; }
}
