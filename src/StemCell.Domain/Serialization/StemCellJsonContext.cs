using System.Text.Json.Serialization;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every public model type and every vocabulary, for callers who serialize model objects
/// themselves, for example as the bodies of web requests and responses, in trimmed or NativeAOT applications.
/// </summary>
/// <remarks>
/// Each model type is converted through the dataset document's own rules (see <see cref="StemCellJson"/>): the same
/// property names, codes and formats, the same strictness and the same validation. Add it to your own options with
/// <see cref="StemCellJsonSerializerOptionsExtensions.ConfigureForStemCellDomain"/>, or pass its
/// <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}"/> properties to <c>JsonSerializer</c> directly.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    MaxDepth = StemCellJsonReaderOptions.DefaultMaxDepth,
    Converters = [typeof(VocabularyJsonConverterFactory), typeof(PartialDateJsonConverter), typeof(PeriodJsonConverter)])]
[JsonSerializable(typeof(EvidenceDataset))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(SourceLocator))]
[JsonSerializable(typeof(Study))]
[JsonSerializable(typeof(Institution))]
[JsonSerializable(typeof(RegistryIdentifier))]
[JsonSerializable(typeof(Intervention))]
[JsonSerializable(typeof(Dose))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(Population))]
[JsonSerializable(typeof(QuantitativeResult))]
[JsonSerializable(typeof(ConfidenceInterval))]
[JsonSerializable(typeof(ProposedMechanism))]
[JsonSerializable(typeof(SafetyProfile))]
[JsonSerializable(typeof(TermEvidence))]
[JsonSerializable(typeof(PartialDate))]
// Every vocabulary, so a term can be read or written on its own (as its code) without reflection.
[JsonSerializable(typeof(AffectedStructure))]
[JsonSerializable(typeof(Challenge))]
[JsonSerializable(typeof(ClinicalScale))]
[JsonSerializable(typeof(CodeSystem))]
[JsonSerializable(typeof(CodingConfidence))]
[JsonSerializable(typeof(DeliveryRoute))]
[JsonSerializable(typeof(DifferentiatedCellType))]
[JsonSerializable(typeof(Disease))]
[JsonSerializable(typeof(DiseaseCategory))]
[JsonSerializable(typeof(DiseaseCourse))]
[JsonSerializable(typeof(DonorOrigin))]
[JsonSerializable(typeof(DoseUnit))]
[JsonSerializable(typeof(EvidenceKind))]
[JsonSerializable(typeof(Invasiveness))]
[JsonSerializable(typeof(Mechanism))]
[JsonSerializable(typeof(OutcomeDirection))]
[JsonSerializable(typeof(OutcomeMeasure))]
[JsonSerializable(typeof(Potency))]
[JsonSerializable(typeof(Registry))]
[JsonSerializable(typeof(StemCellType))]
[JsonSerializable(typeof(StudyDesign))]
[JsonSerializable(typeof(StudyStatus))]
[JsonSerializable(typeof(Symptom))]
[JsonSerializable(typeof(TherapeuticBenefit))]
[JsonSerializable(typeof(TissueSource))]
[JsonSerializable(typeof(Tolerability))]
[JsonSerializable(typeof(TrialPhase))]
public sealed partial class StemCellJsonContext : JsonSerializerContext;
