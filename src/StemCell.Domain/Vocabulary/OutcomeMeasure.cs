using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>What a study measured: the kind of outcome a finding is about.</summary>
[JsonConverter(typeof(Serialization.OutcomeMeasureJsonConverter))]
public sealed class OutcomeMeasure : VocabularyTerm<OutcomeMeasure>, IVocabulary<OutcomeMeasure>
{
    /// <summary>Signs of remyelination on MRI.</summary>
    public static readonly OutcomeMeasure RemyelinationOnMri = new(
        "remyelination-on-mri", 1, "Remyelination on MRI",
        "Signs on magnetic resonance imaging that the myelin sheath is regenerating.",
        [], ["MRI remyelination"]);

    /// <summary>Inflammation in the central nervous system.</summary>
    public static readonly OutcomeMeasure CnsInflammation = new(
        "cns-inflammation", 2, "CNS inflammation",
        "The level of inflammation in the brain and spinal cord, for example as active lesions on MRI or markers in the cerebrospinal fluid.",
        [], ["central nervous system inflammation", "inflammation"]);

    /// <summary>Progression of disability.</summary>
    public static readonly OutcomeMeasure DisabilityProgression = new(
        "disability-progression", 3, "Disability progression",
        "Whether and how fast disability worsens, for example a confirmed rise in EDSS.",
        [ClinicalScale.Edss], ["disease progression", "progression"]);

    /// <summary>Motor function.</summary>
    public static readonly OutcomeMeasure MotorFunction = new(
        "motor-function", 4, "Motor function",
        "The ability to control voluntary movement, and how fast it is lost.",
        [ClinicalScale.AlsfrsR], ["motor decline", "functional decline"]);

    /// <summary>Muscle strength.</summary>
    public static readonly OutcomeMeasure MuscleStrength = new(
        "muscle-strength", 5, "Muscle strength",
        "The force muscles can produce, measured by manual muscle testing or dynamometry.",
        [], ["strength"]);

    /// <summary>Coordination.</summary>
    public static readonly OutcomeMeasure Coordination = new(
        "coordination", 6, "Coordination",
        "The ability to coordinate movements smoothly and accurately.",
        [], []);

    /// <summary>Mobility.</summary>
    public static readonly OutcomeMeasure Mobility = new(
        "mobility", 7, "Mobility",
        "The ability to walk and move about, for example as measured by a timed walk.",
        [ClinicalScale.Edss, ClinicalScale.Msfc], ["walking ability", "ambulation"]);

    /// <summary>Neurological symptoms.</summary>
    public static readonly OutcomeMeasure NeurologicalSymptoms = new(
        "neurological-symptoms", 8, "Neurological symptoms",
        "The burden of neurological symptoms that patients experience.",
        [], ["symptoms"]);

    /// <summary>Survival.</summary>
    public static readonly OutcomeMeasure Survival = new(
        "survival", 9, "Survival",
        "Time alive, or alive without permanent ventilation or tracheostomy.",
        [], ["overall survival", "life expectancy"]);

    /// <summary>Safety and tolerability.</summary>
    public static readonly OutcomeMeasure SafetyAndTolerability = new(
        "safety-and-tolerability", 10, "Safety and tolerability",
        "Adverse events, side effects and how well participants tolerate the treatment.",
        [], ["safety", "tolerability", "adverse events"]);

    /// <summary>Daily function in ALS.</summary>
    public static readonly OutcomeMeasure FunctionalRating = new(
        "functional-rating", 11, "Functional rating",
        "A patient's overall daily function as rated on a functional scale such as ALSFRS-R.",
        [ClinicalScale.AlsfrsR, ClinicalScale.MitosStaging], ["function"]);

    /// <summary>Relapse rate.</summary>
    public static readonly OutcomeMeasure RelapseRate = new(
        "relapse-rate", 12, "Relapse rate",
        "How often relapses of multiple sclerosis occur, usually as an annualised rate.",
        [], ["annualized relapse rate", "ARR"]);

    /// <summary>Quality of life.</summary>
    public static readonly OutcomeMeasure QualityOfLife = new(
        "quality-of-life", 13, "Quality of life",
        "Patients' own assessment of their health-related quality of life.",
        [], ["QoL"]);

    private OutcomeMeasure(
        string code, int value, string displayName, string definition, ImmutableArray<ClinicalScale> typicalScales, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
        TypicalScales = typicalScales;
    }

    /// <inheritdoc />
    public static ImmutableArray<OutcomeMeasure> All { get; } =
    [
        RemyelinationOnMri, CnsInflammation, DisabilityProgression, MotorFunction, MuscleStrength, Coordination, Mobility,
        NeurologicalSymptoms, Survival, SafetyAndTolerability, FunctionalRating, RelapseRate, QualityOfLife,
    ];

    /// <inheritdoc />
    public static string VocabularyName => "outcome-measure";

    /// <summary>Gets the clinical scales usually used to measure this outcome.</summary>
    /// <value>An immutable list, empty when no scale is typical.</value>
    public ImmutableArray<ClinicalScale> TypicalScales { get; }

    private protected override void WriteExportRelations(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteRelation(writer, "typicalScales", TypicalScales);
    }
}
