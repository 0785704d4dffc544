using System.Text.Json.Serialization;

namespace StemCell.Domain.Benchmarks.Baseline;

// The vocabularies the dataset document uses, as plain C# enums: what a program that only reads the JSON would
// write. Generated once from src/StemCell.Domain/vocabulary.json; a code missing here fails the smoke run.
#pragma warning disable CA1008, CA1028, CA1711 // Plain enums as such a program would write them.

[JsonConverter(typeof(JsonStringEnumConverter<PocoDisease>))]
public enum PocoDisease
{
    [JsonStringEnumMemberName("multiple-sclerosis")]
    MultipleSclerosis,

    [JsonStringEnumMemberName("amyotrophic-lateral-sclerosis")]
    AmyotrophicLateralSclerosis,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoDiseaseCourse>))]
public enum PocoDiseaseCourse
{
    [JsonStringEnumMemberName("clinically-isolated-syndrome")]
    ClinicallyIsolatedSyndrome,

    [JsonStringEnumMemberName("relapsing-remitting-ms")]
    RelapsingRemittingMs,

    [JsonStringEnumMemberName("secondary-progressive-ms")]
    SecondaryProgressiveMs,

    [JsonStringEnumMemberName("primary-progressive-ms")]
    PrimaryProgressiveMs,

    [JsonStringEnumMemberName("progressive-ms")]
    ProgressiveMs,

    [JsonStringEnumMemberName("sporadic-als")]
    SporadicAls,

    [JsonStringEnumMemberName("familial-als")]
    FamilialAls,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoStemCellType>))]
public enum PocoStemCellType
{
    [JsonStringEnumMemberName("mesenchymal")]
    Mesenchymal,

    [JsonStringEnumMemberName("induced-pluripotent")]
    InducedPluripotent,

    [JsonStringEnumMemberName("neural")]
    Neural,

    [JsonStringEnumMemberName("hematopoietic")]
    Hematopoietic,

    [JsonStringEnumMemberName("embryonic")]
    Embryonic,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoTissueSource>))]
public enum PocoTissueSource
{
    [JsonStringEnumMemberName("bone-marrow")]
    BoneMarrow,

    [JsonStringEnumMemberName("adipose-tissue")]
    AdiposeTissue,

    [JsonStringEnumMemberName("umbilical-cord-blood")]
    UmbilicalCordBlood,

    [JsonStringEnumMemberName("umbilical-cord-tissue")]
    UmbilicalCordTissue,

    [JsonStringEnumMemberName("peripheral-blood")]
    PeripheralBlood,

    [JsonStringEnumMemberName("skin-fibroblasts")]
    SkinFibroblasts,

    [JsonStringEnumMemberName("fetal-neural-tissue")]
    FetalNeuralTissue,

    [JsonStringEnumMemberName("blastocyst")]
    Blastocyst,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoDonorOrigin>))]
public enum PocoDonorOrigin
{
    [JsonStringEnumMemberName("autologous")]
    Autologous,

    [JsonStringEnumMemberName("allogeneic")]
    Allogeneic,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoMechanismKind>))]
public enum PocoMechanismKind
{
    [JsonStringEnumMemberName("neuroprotection")]
    Neuroprotection,

    [JsonStringEnumMemberName("immune-modulation")]
    ImmuneModulation,

    [JsonStringEnumMemberName("immune-reset")]
    ImmuneReset,

    [JsonStringEnumMemberName("remyelination")]
    Remyelination,

    [JsonStringEnumMemberName("cell-replacement")]
    CellReplacement,

    [JsonStringEnumMemberName("neurotrophic-support")]
    NeurotrophicSupport,

    [JsonStringEnumMemberName("anti-inflammation")]
    AntiInflammation,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoDeliveryRoute>))]
public enum PocoDeliveryRoute
{
    [JsonStringEnumMemberName("intravenous")]
    Intravenous,

    [JsonStringEnumMemberName("intrathecal")]
    Intrathecal,

    [JsonStringEnumMemberName("intraspinal")]
    Intraspinal,

    [JsonStringEnumMemberName("intracerebral")]
    Intracerebral,

    [JsonStringEnumMemberName("intracerebroventricular")]
    Intracerebroventricular,

    [JsonStringEnumMemberName("intramuscular")]
    Intramuscular,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoDoseUnit>))]
public enum PocoDoseUnit
{
    [JsonStringEnumMemberName("cells")]
    Cells,

    [JsonStringEnumMemberName("cells-per-kilogram")]
    CellsPerKilogram,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoTrialPhase>))]
public enum PocoTrialPhase
{
    [JsonStringEnumMemberName("not-applicable")]
    NotApplicable,

    [JsonStringEnumMemberName("early-phase-1")]
    EarlyPhase1,

    [JsonStringEnumMemberName("phase-1")]
    Phase1,

    [JsonStringEnumMemberName("phase-1-phase-2")]
    Phase1Phase2,

    [JsonStringEnumMemberName("phase-2")]
    Phase2,

    [JsonStringEnumMemberName("phase-2-phase-3")]
    Phase2Phase3,

    [JsonStringEnumMemberName("phase-3")]
    Phase3,

    [JsonStringEnumMemberName("phase-4")]
    Phase4,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoStudyStatus>))]
public enum PocoStudyStatus
{
    [JsonStringEnumMemberName("not-yet-recruiting")]
    NotYetRecruiting,

    [JsonStringEnumMemberName("recruiting")]
    Recruiting,

    [JsonStringEnumMemberName("enrolling-by-invitation")]
    EnrollingByInvitation,

    [JsonStringEnumMemberName("active-not-recruiting")]
    ActiveNotRecruiting,

    [JsonStringEnumMemberName("suspended")]
    Suspended,

    [JsonStringEnumMemberName("terminated")]
    Terminated,

    [JsonStringEnumMemberName("completed")]
    Completed,

    [JsonStringEnumMemberName("withdrawn")]
    Withdrawn,

    [JsonStringEnumMemberName("unknown")]
    Unknown,

    [JsonStringEnumMemberName("available")]
    Available,

    [JsonStringEnumMemberName("no-longer-available")]
    NoLongerAvailable,

    [JsonStringEnumMemberName("temporarily-not-available")]
    TemporarilyNotAvailable,

    [JsonStringEnumMemberName("approved-for-marketing")]
    ApprovedForMarketing,

    [JsonStringEnumMemberName("withheld")]
    Withheld,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoStudyDesign>))]
public enum PocoStudyDesign
{
    [JsonStringEnumMemberName("randomized-controlled")]
    RandomizedControlled,

    [JsonStringEnumMemberName("non-randomized")]
    NonRandomized,

    [JsonStringEnumMemberName("single-arm")]
    SingleArm,

    [JsonStringEnumMemberName("open-label")]
    OpenLabel,

    [JsonStringEnumMemberName("double-blind")]
    DoubleBlind,

    [JsonStringEnumMemberName("placebo-controlled")]
    PlaceboControlled,

    [JsonStringEnumMemberName("crossover")]
    Crossover,

    [JsonStringEnumMemberName("observational")]
    Observational,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoRegistry>))]
public enum PocoRegistry
{
    [JsonStringEnumMemberName("clinicaltrials-gov")]
    ClinicaltrialsGov,

    [JsonStringEnumMemberName("eudract")]
    Eudract,

    [JsonStringEnumMemberName("isrctn")]
    Isrctn,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoOutcomeMeasure>))]
public enum PocoOutcomeMeasure
{
    [JsonStringEnumMemberName("remyelination-on-mri")]
    RemyelinationOnMri,

    [JsonStringEnumMemberName("cns-inflammation")]
    CnsInflammation,

    [JsonStringEnumMemberName("disability-progression")]
    DisabilityProgression,

    [JsonStringEnumMemberName("motor-function")]
    MotorFunction,

    [JsonStringEnumMemberName("muscle-strength")]
    MuscleStrength,

    [JsonStringEnumMemberName("coordination")]
    Coordination,

    [JsonStringEnumMemberName("mobility")]
    Mobility,

    [JsonStringEnumMemberName("neurological-symptoms")]
    NeurologicalSymptoms,

    [JsonStringEnumMemberName("survival")]
    Survival,

    [JsonStringEnumMemberName("safety-and-tolerability")]
    SafetyAndTolerability,

    [JsonStringEnumMemberName("functional-rating")]
    FunctionalRating,

    [JsonStringEnumMemberName("relapse-rate")]
    RelapseRate,

    [JsonStringEnumMemberName("quality-of-life")]
    QualityOfLife,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoOutcomeDirection>))]
public enum PocoOutcomeDirection
{
    [JsonStringEnumMemberName("improved")]
    Improved,

    [JsonStringEnumMemberName("stabilized")]
    Stabilized,

    [JsonStringEnumMemberName("slowed-decline")]
    SlowedDecline,

    [JsonStringEnumMemberName("no-change")]
    NoChange,

    [JsonStringEnumMemberName("worsened")]
    Worsened,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoTolerability>))]
public enum PocoTolerability
{
    [JsonStringEnumMemberName("well-tolerated")]
    WellTolerated,

    [JsonStringEnumMemberName("acceptably-tolerated")]
    AcceptablyTolerated,

    [JsonStringEnumMemberName("poorly-tolerated")]
    PoorlyTolerated,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoClinicalScale>))]
public enum PocoClinicalScale
{
    [JsonStringEnumMemberName("edss")]
    Edss,

    [JsonStringEnumMemberName("alsfrs-r")]
    AlsfrsR,

    [JsonStringEnumMemberName("msfc")]
    Msfc,

    [JsonStringEnumMemberName("mitos-staging")]
    MitosStaging,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoEvidenceKind>))]
public enum PocoEvidenceKind
{
    [JsonStringEnumMemberName("secondary-report")]
    SecondaryReport,

    [JsonStringEnumMemberName("press-release")]
    PressRelease,

    [JsonStringEnumMemberName("conference-abstract")]
    ConferenceAbstract,

    [JsonStringEnumMemberName("peer-reviewed-publication")]
    PeerReviewedPublication,

    [JsonStringEnumMemberName("registry-record")]
    RegistryRecord,
}

[JsonConverter(typeof(JsonStringEnumConverter<PocoActuality>))]
public enum PocoActuality
{
    [JsonStringEnumMemberName("actual")]
    Actual,

    [JsonStringEnumMemberName("estimated")]
    Estimated,
}
#pragma warning restore CA1008, CA1028, CA1711
