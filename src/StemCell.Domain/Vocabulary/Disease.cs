using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A neurodegenerative disease that stem cell therapies target.</summary>
/// <remarks>
/// ICD-10-CM changed for multiple sclerosis on 2025-10-01 (fiscal year 2026): <c>G35</c> became a
/// non-billable category and subcodes carry the course. Both are kept, each with the dates it applies
/// (<see cref="Coding.EffectiveFrom"/>, <see cref="Coding.EffectiveUntil"/>). WHO ICD-10 has no code
/// specific to ALS, so ALS carries the motor neuron disease code <c>G12.2</c> there, labelled as such.
/// No ICD-11 code for either disease was verified, so none ships.
/// </remarks>
[JsonConverter(typeof(Serialization.DiseaseJsonConverter))]
public sealed class Disease : VocabularyTerm<Disease>, IVocabulary<Disease>
{
    /// <summary>Multiple sclerosis.</summary>
    public static readonly Disease MultipleSclerosis = new(
        "multiple-sclerosis", 1, "Multiple sclerosis",
        "An autoimmune disease in which the immune system attacks the myelin sheath around nerve fibres of the central nervous system, disrupting communication between the brain and the rest of the body.",
        DiseaseCategory.AutoimmuneDemyelinating,
        AffectedStructure.MyelinSheath,
        [Symptom.MuscleWeakness, Symptom.Fatigue, Symptom.ImpairedCoordination],
        ["MS", "disseminated sclerosis"],
        [
            new(CodeSystem.SnomedCt, "24700007", "Multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Icd10Cm, "G35", "Multiple sclerosis", CodingConfidence.SecondarySource, CodingSources.Icd10G35CodingSites,
                effectiveUntil: IcdDates.LastDayBeforeFy2026),
            new(CodeSystem.Icd10Cm, "G35.D", "Multiple sclerosis, unspecified", CodingConfidence.SecondarySource, CodingSources.Icd10CmFy2026CodingSites,
                effectiveFrom: IcdDates.Fy2026),
            new(CodeSystem.Icd10, "G35", "Multiple sclerosis", CodingConfidence.SecondarySource, CodingSources.Icd10G35CodingSites),
            new(CodeSystem.Mesh, "D009103", "Multiple Sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Mondo, "MONDO:0005301", "multiple sclerosis", CodingConfidence.Verified, CodingSources.MondoDoidMapping),
            new(CodeSystem.DiseaseOntology, "DOID:2377", "multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.NciThesaurus, "C3243", "Multiple Sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
        ]);

    /// <summary>Amyotrophic lateral sclerosis.</summary>
    public static readonly Disease AmyotrophicLateralSclerosis = new(
        "amyotrophic-lateral-sclerosis", 2, "Amyotrophic lateral sclerosis",
        "A progressive neurodegenerative disease that destroys the motor neurons controlling voluntary muscles, so that patients lose the ability to move, speak, swallow and eventually breathe.",
        DiseaseCategory.MotorNeuronDisease,
        AffectedStructure.MotorNeurons,
        [Symptom.MuscleWeakness, Symptom.LossOfMobility, Symptom.LossOfSpeech, Symptom.DifficultySwallowing, Symptom.BreathingFailure],
        ["ALS", "Lou Gehrig's disease", "Lou Gehrig\u2019s disease"],
        [
            new(CodeSystem.SnomedCt, "86044005", "Amyotrophic lateral sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Icd10Cm, "G12.21", "Amyotrophic lateral sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Icd10, "G12.2", "Motor neuron disease", CodingConfidence.SecondarySource, CodingSources.Icd10G122CodingSites),
            new(CodeSystem.Mesh, "D000690", "Amyotrophic Lateral Sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Mondo, "MONDO:0004976", "amyotrophic lateral sclerosis", CodingConfidence.Verified, CodingSources.MondoDoidMapping),
            new(CodeSystem.DiseaseOntology, "DOID:332", "amyotrophic lateral sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.NciThesaurus, "C34373", "Amyotrophic Lateral Sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
        ]);

    private ImmutableArray<DiseaseCourse> _courses;

    private Disease(
        string code,
        int value,
        string displayName,
        string definition,
        DiseaseCategory category,
        AffectedStructure damagedStructure,
        ImmutableArray<Symptom> typicalSymptoms,
        IEnumerable<string> synonyms,
        IEnumerable<Coding> codings)
        : base(code, value, displayName, definition, synonyms, codings)
    {
        Category = category;
        DamagedStructure = damagedStructure;
        TypicalSymptoms = typicalSymptoms;
    }

    /// <inheritdoc />
    public static ImmutableArray<Disease> All { get; } = [MultipleSclerosis, AmyotrophicLateralSclerosis];

    /// <inheritdoc />
    public static string VocabularyName => "disease";

    /// <summary>Gets the kind of disease this is.</summary>
    /// <value>Autoimmune demyelinating disease for MS; motor neuron disease for ALS.</value>
    public DiseaseCategory Category { get; }

    /// <summary>Gets the structure of the nervous system the disease damages.</summary>
    /// <value>The myelin sheath for MS; motor neurons for ALS.</value>
    public AffectedStructure DamagedStructure { get; }

    /// <summary>Gets the disease's typical symptoms.</summary>
    /// <value>An immutable list in declaration order.</value>
    public ImmutableArray<Symptom> TypicalSymptoms { get; }

    /// <summary>Gets the clinical courses (forms) of the disease.</summary>
    /// <value>The <see cref="DiseaseCourse"/> terms whose <see cref="DiseaseCourse.Disease"/> is this disease, in declaration order.</value>
    public ImmutableArray<DiseaseCourse> Courses
    {
        get
        {
            // Derived from the courses, which point at their disease, so the relation is declared once
            // and the two vocabularies' static initialisers never depend on each other.
            if (_courses.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _courses, [.. DiseaseCourse.All.Where(c => c.Disease == this)]);
            }

            return _courses;
        }
    }

    private protected override void WriteExportRelations(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteRelation(writer, "category", Category);
        VocabularyExportWriter.WriteRelation(writer, "damagedStructure", DamagedStructure);
        VocabularyExportWriter.WriteRelation(writer, "typicalSymptoms", TypicalSymptoms);
        VocabularyExportWriter.WriteRelation(writer, "courses", Courses);
    }
}
