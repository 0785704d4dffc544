using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A feature of how a study is designed; a study usually has several (randomised, double-blind, …).</summary>
[JsonConverter(typeof(Serialization.StudyDesignJsonConverter))]
public sealed class StudyDesign : VocabularyTerm<StudyDesign>, IVocabulary<StudyDesign>
{
    /// <summary>Randomised and controlled.</summary>
    public static readonly StudyDesign RandomizedControlled = new(
        "randomized-controlled", 1, "Randomized controlled",
        "Participants are assigned at random to the intervention or to a control group, such as placebo or standard treatment.",
        ["RCT", "randomised controlled", "randomized"]);

    /// <summary>Non-randomised, with a comparison group.</summary>
    public static readonly StudyDesign NonRandomized = new(
        "non-randomized", 2, "Non-randomized",
        "Participants are assigned to groups other than at random.",
        ["non-randomised"]);

    /// <summary>Single arm.</summary>
    public static readonly StudyDesign SingleArm = new(
        "single-arm", 3, "Single arm",
        "Every participant receives the intervention; there is no control group.",
        ["single group", "uncontrolled"]);

    /// <summary>Open label.</summary>
    public static readonly StudyDesign OpenLabel = new(
        "open-label", 4, "Open label",
        "Participants and investigators know which treatment each participant receives.",
        ["unblinded", "open"]);

    /// <summary>Double-blind.</summary>
    public static readonly StudyDesign DoubleBlind = new(
        "double-blind", 5, "Double-blind",
        "Neither participants nor the investigators assessing them know who receives which treatment.",
        ["double blind", "double-masked"]);

    /// <summary>Placebo-controlled.</summary>
    public static readonly StudyDesign PlaceboControlled = new(
        "placebo-controlled", 6, "Placebo-controlled",
        "The control group receives an inactive placebo or sham procedure.",
        ["placebo controlled"]);

    /// <summary>Crossover.</summary>
    public static readonly StudyDesign Crossover = new(
        "crossover", 7, "Crossover",
        "Each participant receives both the intervention and the control, one after the other, in a randomised order.",
        ["cross-over"]);

    /// <summary>Observational.</summary>
    public static readonly StudyDesign Observational = new(
        "observational", 8, "Observational",
        "Investigators observe participants who receive treatment in routine care, without assigning an intervention.",
        ["cohort study", "registry study"]);

    private StudyDesign(string code, int value, string displayName, string definition, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<StudyDesign> All { get; } =
        [RandomizedControlled, NonRandomized, SingleArm, OpenLabel, DoubleBlind, PlaceboControlled, Crossover, Observational];

    /// <inheritdoc />
    public static string VocabularyName => "study-design";
}
