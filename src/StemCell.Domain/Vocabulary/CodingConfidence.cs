using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>How a <see cref="Coding"/> was verified before it shipped.</summary>
/// <remarks>Unverified codes never ship, so there is no term for them.</remarks>
[JsonConverter(typeof(Serialization.CodingConfidenceJsonConverter))]
public sealed class CodingConfidence : VocabularyTerm<CodingConfidence>, IVocabulary<CodingConfidence>
{
    /// <summary>The code was seen next to its label in a primary source: the terminology or standard itself.</summary>
    public static readonly CodingConfidence Verified = new(
        "verified", 1, "Verified",
        "The code was seen next to its label in a primary source, the terminology or standard itself.");

    /// <summary>
    /// The code was seen next to its label only in a secondary source (a registry mirror, a coding website,
    /// a third-party file); usable, but to be re-checked against the primary before a release relies on it.
    /// </summary>
    public static readonly CodingConfidence SecondarySource = new(
        "verified-2", 2, "Verified in a secondary source",
        "The code was seen next to its label only in a secondary source, such as a coding website or registry mirror; it should be re-checked against the primary source.");

    private CodingConfidence(string code, int value, string displayName, string definition, IEnumerable<string>? synonyms = null)
        : base(code, value, displayName, definition, synonyms)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<CodingConfidence> All { get; } = [Verified, SecondarySource];

    /// <inheritdoc />
    public static string VocabularyName => "coding-confidence";
}
