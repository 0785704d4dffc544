using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

// One closed converter class per vocabulary, named by each vocabulary's [JsonConverter] attribute. The attribute makes
// its converter's constructor reflectable; a closed class keeps NativeAOT from also preparing the shared generic
// VocabularyTermJsonConverter<T> for instantiation at run time, which would drag in Ardalis.SmartEnum's
// reflection-based static constructor and its trimming warnings.
internal sealed class AffectedStructureJsonConverter : VocabularyTermJsonConverter<AffectedStructure>;

internal sealed class ChallengeJsonConverter : VocabularyTermJsonConverter<Challenge>;

internal sealed class ClinicalScaleJsonConverter : VocabularyTermJsonConverter<ClinicalScale>;

internal sealed class CodeSystemJsonConverter : VocabularyTermJsonConverter<CodeSystem>;

internal sealed class CodingConfidenceJsonConverter : VocabularyTermJsonConverter<CodingConfidence>;

internal sealed class DeliveryRouteJsonConverter : VocabularyTermJsonConverter<DeliveryRoute>;

internal sealed class DifferentiatedCellTypeJsonConverter : VocabularyTermJsonConverter<DifferentiatedCellType>;

internal sealed class DiseaseJsonConverter : VocabularyTermJsonConverter<Disease>;

internal sealed class DiseaseCategoryJsonConverter : VocabularyTermJsonConverter<DiseaseCategory>;

internal sealed class DiseaseCourseJsonConverter : VocabularyTermJsonConverter<DiseaseCourse>;

internal sealed class DonorOriginJsonConverter : VocabularyTermJsonConverter<DonorOrigin>;

internal sealed class DoseUnitJsonConverter : VocabularyTermJsonConverter<DoseUnit>;

internal sealed class EvidenceKindJsonConverter : VocabularyTermJsonConverter<EvidenceKind>;

internal sealed class InvasivenessJsonConverter : VocabularyTermJsonConverter<Invasiveness>;

internal sealed class MechanismJsonConverter : VocabularyTermJsonConverter<Mechanism>;

internal sealed class OutcomeDirectionJsonConverter : VocabularyTermJsonConverter<OutcomeDirection>;

internal sealed class OutcomeMeasureJsonConverter : VocabularyTermJsonConverter<OutcomeMeasure>;

internal sealed class PotencyJsonConverter : VocabularyTermJsonConverter<Potency>;

internal sealed class RegistryJsonConverter : VocabularyTermJsonConverter<Registry>;

internal sealed class StemCellTypeJsonConverter : VocabularyTermJsonConverter<StemCellType>;

internal sealed class StudyDesignJsonConverter : VocabularyTermJsonConverter<StudyDesign>;

internal sealed class StudyStatusJsonConverter : VocabularyTermJsonConverter<StudyStatus>;

internal sealed class SymptomJsonConverter : VocabularyTermJsonConverter<Symptom>;

internal sealed class TherapeuticBenefitJsonConverter : VocabularyTermJsonConverter<TherapeuticBenefit>;

internal sealed class TissueSourceJsonConverter : VocabularyTermJsonConverter<TissueSource>;

internal sealed class TolerabilityJsonConverter : VocabularyTermJsonConverter<Tolerability>;

internal sealed class TrialPhaseJsonConverter : VocabularyTermJsonConverter<TrialPhase>;
