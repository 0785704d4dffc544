using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Creates the converter of every vocabulary. The list is written out, not discovered, because a converter
/// factory that builds generic types by reflection does not survive NativeAOT.
/// </summary>
internal sealed class VocabularyJsonConverterFactory : JsonConverterFactory
{
    private static readonly FrozenDictionary<Type, JsonConverter> Converters = new JsonConverter[]
    {
        new VocabularyTermJsonConverter<AffectedStructure>(),
        new VocabularyTermJsonConverter<Challenge>(),
        new VocabularyTermJsonConverter<ClinicalScale>(),
        new VocabularyTermJsonConverter<CodeSystem>(),
        new VocabularyTermJsonConverter<CodingConfidence>(),
        new VocabularyTermJsonConverter<DeliveryRoute>(),
        new VocabularyTermJsonConverter<DifferentiatedCellType>(),
        new VocabularyTermJsonConverter<Disease>(),
        new VocabularyTermJsonConverter<DiseaseCategory>(),
        new VocabularyTermJsonConverter<DiseaseCourse>(),
        new VocabularyTermJsonConverter<DonorOrigin>(),
        new VocabularyTermJsonConverter<DoseUnit>(),
        new VocabularyTermJsonConverter<EvidenceKind>(),
        new VocabularyTermJsonConverter<Invasiveness>(),
        new VocabularyTermJsonConverter<Mechanism>(),
        new VocabularyTermJsonConverter<OutcomeDirection>(),
        new VocabularyTermJsonConverter<OutcomeMeasure>(),
        new VocabularyTermJsonConverter<Potency>(),
        new VocabularyTermJsonConverter<Registry>(),
        new VocabularyTermJsonConverter<StemCellType>(),
        new VocabularyTermJsonConverter<StudyDesign>(),
        new VocabularyTermJsonConverter<StudyStatus>(),
        new VocabularyTermJsonConverter<Symptom>(),
        new VocabularyTermJsonConverter<TherapeuticBenefit>(),
        new VocabularyTermJsonConverter<TissueSource>(),
        new VocabularyTermJsonConverter<Tolerability>(),
        new VocabularyTermJsonConverter<TrialPhase>(),
    }.ToFrozenDictionary(converter => converter.Type!);

    internal static VocabularyJsonConverterFactory Instance { get; } = new();

    internal static IEnumerable<Type> SupportedTypes => Converters.Keys;

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.GetValueOrDefault(typeToConvert);
}
