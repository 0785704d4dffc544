using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A symptom of a neurodegenerative disease.</summary>
/// <remarks>No SNOMED CT finding codes for these symptoms were verified, so none ship yet.</remarks>
[JsonConverter(typeof(Serialization.SymptomJsonConverter))]
public sealed class Symptom : VocabularyTerm<Symptom>, IVocabulary<Symptom>
{
    /// <summary>Muscle weakness.</summary>
    public static readonly Symptom MuscleWeakness = new(
        "muscle-weakness", 1, "Muscle weakness",
        "Reduced strength in one or more muscles.",
        ["weakness"]);

    /// <summary>Fatigue.</summary>
    public static readonly Symptom Fatigue = new(
        "fatigue", 2, "Fatigue",
        "Overwhelming tiredness out of proportion to effort, one of the commonest symptoms of multiple sclerosis.",
        ["tiredness"]);

    /// <summary>Impaired coordination.</summary>
    public static readonly Symptom ImpairedCoordination = new(
        "impaired-coordination", 3, "Impaired coordination",
        "Difficulty coordinating movements and balance.",
        ["poor coordination", "incoordination"]);

    /// <summary>Loss of mobility.</summary>
    public static readonly Symptom LossOfMobility = new(
        "loss-of-mobility", 4, "Loss of mobility",
        "Progressive loss of the ability to move, walk and use the limbs.",
        ["loss of movement", "immobility"]);

    /// <summary>Loss of speech.</summary>
    public static readonly Symptom LossOfSpeech = new(
        "loss-of-speech", 5, "Loss of speech",
        "Progressive loss of the ability to speak as the muscles of speech weaken.",
        ["dysarthria", "speech loss"]);

    /// <summary>Difficulty swallowing.</summary>
    public static readonly Symptom DifficultySwallowing = new(
        "difficulty-swallowing", 6, "Difficulty swallowing",
        "Weakness of the muscles of swallowing, which makes eating and drinking difficult and unsafe.",
        ["dysphagia"]);

    /// <summary>Breathing failure.</summary>
    public static readonly Symptom BreathingFailure = new(
        "breathing-failure", 7, "Breathing failure",
        "Eventual inability to breathe unaided as the respiratory muscles weaken.",
        ["respiratory failure", "respiratory insufficiency"]);

    private Symptom(string code, int value, string displayName, string definition, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<Symptom> All { get; } =
        [MuscleWeakness, Fatigue, ImpairedCoordination, LossOfMobility, LossOfSpeech, DifficultySwallowing, BreathingFailure];

    /// <inheritdoc />
    public static string VocabularyName => "symptom";
}
