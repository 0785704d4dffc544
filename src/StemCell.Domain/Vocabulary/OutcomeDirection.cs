using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>Which way an outcome went for the participants: better, held, declined more slowly, unchanged or worse.</summary>
/// <remarks>
/// A direction describes the patient's condition, not the number measured: less inflammation, fewer symptoms and a
/// lower EDSS are all <see cref="Improved"/>. <see cref="Stabilized"/> and <see cref="SlowedDecline"/> only make
/// sense against a disease's expected course (a progressive disease that did not progress, or progressed more
/// slowly), which is how sources on MS and ALS report them; <see cref="NoChange"/> is for an outcome that did not
/// move where a change was looked for.
/// </remarks>
[JsonConverter(typeof(Serialization.OutcomeDirectionJsonConverter))]
public sealed class OutcomeDirection : VocabularyTerm<OutcomeDirection>, IVocabulary<OutcomeDirection>
{
    /// <summary>The outcome got better.</summary>
    public static readonly OutcomeDirection Improved = new(
        "improved", 1, "Improved",
        "The outcome got better for the participants, such as reduced inflammation, signs of remyelination, or gains in strength or mobility.",
        ["improvement", "better"]);

    /// <summary>A progressive disease stopped progressing in this outcome.</summary>
    public static readonly OutcomeDirection Stabilized = new(
        "stabilized", 2, "Stabilized",
        "An outcome that the disease is expected to worsen held steady, such as no signs of disease progression over the follow-up.",
        ["stable", "stabilised", "no progression", "halted"]);

    /// <summary>The outcome still worsened, but more slowly than the disease's expected course.</summary>
    public static readonly OutcomeDirection SlowedDecline = new(
        "slowed-decline", 3, "Slowed decline",
        "The outcome still worsened, but more slowly than expected from the course of the disease or than in a comparison group, such as a slower loss of motor function.",
        ["slowed progression", "slower decline", "slowed"]);

    /// <summary>The outcome did not change.</summary>
    public static readonly OutcomeDirection NoChange = new(
        "no-change", 4, "No change",
        "The outcome did not change measurably, or did not differ from the comparison group, where a change was looked for.",
        ["unchanged", "no effect", "no difference"]);

    /// <summary>The outcome got worse.</summary>
    public static readonly OutcomeDirection Worsened = new(
        "worsened", 5, "Worsened",
        "The outcome got worse for the participants, at the pace expected from the disease or faster.",
        ["worse", "deteriorated", "deterioration"]);

    private OutcomeDirection(string code, int value, string displayName, string definition, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<OutcomeDirection> All { get; } = [Improved, Stabilized, SlowedDecline, NoChange, Worsened];

    /// <inheritdoc />
    public static string VocabularyName => "outcome-direction";
}
