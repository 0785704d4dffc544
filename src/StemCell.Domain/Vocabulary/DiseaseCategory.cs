using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>The kind of disease a <see cref="Disease"/> is.</summary>
[JsonConverter(typeof(Serialization.DiseaseCategoryJsonConverter))]
public sealed class DiseaseCategory : VocabularyTerm<DiseaseCategory>, IVocabulary<DiseaseCategory>
{
    /// <summary>An autoimmune disease that destroys myelin.</summary>
    public static readonly DiseaseCategory AutoimmuneDemyelinating = new(
        "autoimmune-demyelinating", 1, "Autoimmune demyelinating disease",
        "A disease in which the immune system attacks the myelin sheath of the central nervous system.",
        ["demyelinating disease"]);

    /// <summary>A disease of the motor neurons.</summary>
    public static readonly DiseaseCategory MotorNeuronDisease = new(
        "motor-neuron-disease", 2, "Motor neuron disease",
        "A progressive neurodegenerative disease that destroys the motor neurons controlling voluntary muscles.",
        ["MND", "motor neurone disease"],
        [
            new(CodeSystem.DiseaseOntology, "DOID:231", "motor neuron disease", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Mesh, "D016472", "motor neuron disease", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Icd11Mms, "8B60", "Motor neuron disease", CodingConfidence.SecondarySource, CodingSources.Icd11CodingSites),
        ]);

    private DiseaseCategory(string code, int value, string displayName, string definition, IEnumerable<string> synonyms, IEnumerable<Coding>? codings = null)
        : base(code, value, displayName, definition, synonyms, codings)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<DiseaseCategory> All { get; } = [AutoimmuneDemyelinating, MotorNeuronDisease];

    /// <inheritdoc />
    public static string VocabularyName => "disease-category";
}
