using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>How well participants tolerated a treatment, as the source characterises it.</summary>
/// <remarks>
/// ICH E9 (Statistical Principles for Clinical Trials, glossary) defines tolerability as "the degree to which overt
/// adverse effects can be tolerated by the subject". There is no standard scale of it: these terms record the
/// source's own characterisation, such as "well-tolerated, with minimal side effects", not a grading of adverse
/// events (for that, sources use CTCAE grades).
/// </remarks>
[JsonConverter(typeof(Serialization.TolerabilityJsonConverter))]
public sealed class Tolerability : VocabularyTerm<Tolerability>, IVocabulary<Tolerability>
{
    /// <summary>Well tolerated: side effects were few and mild.</summary>
    public static readonly Tolerability WellTolerated = new(
        "well-tolerated", 1, "Well tolerated",
        "Side effects were few, mild or transient, and the source describes the treatment as well tolerated or safe.",
        ["well tolerated", "good tolerability"]);

    /// <summary>Acceptably tolerated: adverse effects occurred but were manageable.</summary>
    public static readonly Tolerability AcceptablyTolerated = new(
        "acceptably-tolerated", 2, "Acceptably tolerated",
        "Adverse effects occurred, some of them significant, but the source judges them manageable and acceptable for the expected benefit.",
        ["acceptable tolerability", "manageable", "generally tolerated"]);

    /// <summary>Poorly tolerated: adverse effects were serious or led participants to stop.</summary>
    public static readonly Tolerability PoorlyTolerated = new(
        "poorly-tolerated", 3, "Poorly tolerated",
        "Adverse effects were serious or frequent, or led participants to stop the treatment.",
        ["poor tolerability", "not tolerated"]);

    private Tolerability(string code, int value, string displayName, string definition, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<Tolerability> All { get; } = [WellTolerated, AcceptablyTolerated, PoorlyTolerated];

    /// <inheritdoc />
    public static string VocabularyName => "tolerability";
}
