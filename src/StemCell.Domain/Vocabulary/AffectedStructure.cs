using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>The part of the nervous system a <see cref="Disease"/> damages.</summary>
[JsonConverter(typeof(Serialization.AffectedStructureJsonConverter))]
public sealed class AffectedStructure : VocabularyTerm<AffectedStructure>, IVocabulary<AffectedStructure>
{
    /// <summary>The myelin sheath around nerve fibres.</summary>
    public static readonly AffectedStructure MyelinSheath = new(
        "myelin-sheath", 1, "Myelin sheath",
        "The fatty insulating layer around nerve fibres, made by oligodendrocytes in the central nervous system, that lets nerve signals travel quickly.",
        ["myelin"]);

    /// <summary>Motor neurons.</summary>
    public static readonly AffectedStructure MotorNeurons = new(
        "motor-neurons", 2, "Motor neurons",
        "The nerve cells of the brain and spinal cord that control voluntary muscle movement.",
        ["motor neuron", "motoneurons"],
        [new(CodeSystem.CellOntology, "CL:0000100", "motor neuron", CodingConfidence.Verified, CodingSources.CellOntology)]);

    private AffectedStructure(string code, int value, string displayName, string definition, IEnumerable<string> synonyms, IEnumerable<Coding>? codings = null)
        : base(code, value, displayName, definition, synonyms, codings)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<AffectedStructure> All { get; } = [MyelinSheath, MotorNeurons];

    /// <inheritdoc />
    public static string VocabularyName => "affected-structure";
}
