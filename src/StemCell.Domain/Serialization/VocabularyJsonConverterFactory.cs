using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Creates the converter of every vocabulary. The list is written out, not discovered, because a converter
/// factory that builds generic types by reflection does not survive NativeAOT.
/// </summary>
internal sealed class VocabularyJsonConverterFactory : JsonConverterFactory
{
    private static readonly FrozenDictionary<Type, JsonConverter> Converters = new JsonConverter[]
    {
        new AffectedStructureJsonConverter(),
        new ChallengeJsonConverter(),
        new ClinicalScaleJsonConverter(),
        new CodeSystemJsonConverter(),
        new CodingConfidenceJsonConverter(),
        new DeliveryRouteJsonConverter(),
        new DifferentiatedCellTypeJsonConverter(),
        new DiseaseJsonConverter(),
        new DiseaseCategoryJsonConverter(),
        new DiseaseCourseJsonConverter(),
        new DonorOriginJsonConverter(),
        new DoseUnitJsonConverter(),
        new EvidenceKindJsonConverter(),
        new InvasivenessJsonConverter(),
        new MechanismJsonConverter(),
        new OutcomeDirectionJsonConverter(),
        new OutcomeMeasureJsonConverter(),
        new PotencyJsonConverter(),
        new RegistryJsonConverter(),
        new StemCellTypeJsonConverter(),
        new StudyDesignJsonConverter(),
        new StudyStatusJsonConverter(),
        new SymptomJsonConverter(),
        new TherapeuticBenefitJsonConverter(),
        new TissueSourceJsonConverter(),
        new TolerabilityJsonConverter(),
        new TrialPhaseJsonConverter(),
    }.ToFrozenDictionary(converter => converter.Type!);

    internal static VocabularyJsonConverterFactory Instance { get; } = new();

    internal static IEnumerable<Type> SupportedTypes => Converters.Keys;

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.GetValueOrDefault(typeToConvert);
}
