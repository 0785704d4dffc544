using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>How invasive a way of delivering cells is, from a needle in a vein to neurosurgery.</summary>
/// <remarks>Ordered by value from least to most invasive, so terms compare meaningfully.</remarks>
[JsonConverter(typeof(Serialization.InvasivenessJsonConverter))]
public sealed class Invasiveness : VocabularyTerm<Invasiveness>, IVocabulary<Invasiveness>
{
    /// <summary>An injection into a vein or muscle.</summary>
    public static readonly Invasiveness Low = new(
        "low", 1, "Low",
        "A peripheral injection or infusion, such as into a vein or a muscle, done without anaesthesia or entering the nervous system.");

    /// <summary>Entering the spinal canal by lumbar puncture.</summary>
    public static readonly Invasiveness Moderate = new(
        "moderate", 2, "Moderate",
        "A procedure that enters the fluid around the central nervous system, such as a lumbar puncture, without opening the skull or exposing the spinal cord.");

    /// <summary>Neurosurgery: direct injection into the spinal cord or brain.</summary>
    public static readonly Invasiveness High = new(
        "high", 3, "High",
        "A neurosurgical procedure that places cells directly into the spinal cord or brain tissue or its ventricles.");

    private Invasiveness(string code, int value, string displayName, string definition)
        : base(code, value, displayName, definition)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<Invasiveness> All { get; } = [Low, Moderate, High];

    /// <inheritdoc />
    public static string VocabularyName => "invasiveness";
}
