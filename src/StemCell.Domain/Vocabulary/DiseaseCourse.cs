using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A clinical course (form) of a <see cref="Disease"/>.</summary>
/// <remarks>
/// No code in any terminology was found for clinically isolated syndrome, and no MONDO or DOID grouping class
/// for familial ALS, so those carry none. Familial ALS carries ICD-10-CM <c>G12.24</c>, which US claims use for
/// familial motor neuron disease (a broader concept), labelled as such.
/// </remarks>
[JsonConverter(typeof(Serialization.DiseaseCourseJsonConverter))]
public sealed class DiseaseCourse : VocabularyTerm<DiseaseCourse>, IVocabulary<DiseaseCourse>
{
    /// <summary>Clinically isolated syndrome.</summary>
    public static readonly DiseaseCourse ClinicallyIsolatedSyndrome = new(
        "clinically-isolated-syndrome", 1, "Clinically isolated syndrome",
        "A first episode of neurological symptoms caused by inflammation and demyelination that does not yet meet the criteria for multiple sclerosis.",
        Disease.MultipleSclerosis,
        ["CIS"]);

    /// <summary>Relapsing-remitting multiple sclerosis.</summary>
    public static readonly DiseaseCourse RelapsingRemittingMs = new(
        "relapsing-remitting-ms", 2, "Relapsing-remitting multiple sclerosis",
        "The commonest course of multiple sclerosis: attacks (relapses) of new or worsening symptoms followed by periods of partial or complete recovery (remission).",
        Disease.MultipleSclerosis,
        ["RRMS", "relapsing-remitting multiple sclerosis"],
        [
            new(CodeSystem.SnomedCt, "426373005", "Relapsing remitting multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Icd10Cm, "G35", "Multiple sclerosis", CodingConfidence.SecondarySource, CodingSources.Icd10G35CodingSites,
                effectiveUntil: IcdDates.LastDayBeforeFy2026),
            new(CodeSystem.Icd10Cm, "G35.A", "Relapsing-remitting multiple sclerosis", CodingConfidence.SecondarySource, CodingSources.Icd10CmFy2026CodingSites,
                effectiveFrom: IcdDates.Fy2026),
            new(CodeSystem.Mesh, "D020529", "relapsing-remitting multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Mondo, "MONDO:0005314", "relapsing-remitting multiple sclerosis", CodingConfidence.Verified, CodingSources.MondoDoidMapping),
            new(CodeSystem.DiseaseOntology, "DOID:2378", "relapsing-remitting multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
        ]);

    /// <summary>Secondary progressive multiple sclerosis.</summary>
    public static readonly DiseaseCourse SecondaryProgressiveMs = new(
        "secondary-progressive-ms", 3, "Secondary progressive multiple sclerosis",
        "A more advanced course that follows relapsing-remitting multiple sclerosis, in which disability worsens steadily with or without relapses.",
        Disease.MultipleSclerosis,
        ["SPMS", "secondary progressive multiple sclerosis"],
        [
            new(CodeSystem.SnomedCt, "425500002", "Secondary progressive multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Icd10Cm, "G35", "Multiple sclerosis", CodingConfidence.SecondarySource, CodingSources.Icd10G35CodingSites,
                effectiveUntil: IcdDates.LastDayBeforeFy2026),
            new(CodeSystem.Icd10Cm, "G35.C0", "Secondary progressive multiple sclerosis, unspecified", CodingConfidence.SecondarySource, CodingSources.Icd10CmFy2026CodingSites,
                effectiveFrom: IcdDates.Fy2026),
            new(CodeSystem.Icd11Mms, "8A40.2", "Secondary progressive multiple sclerosis", CodingConfidence.SecondarySource, CodingSources.Icd11CodingSites),
            new(CodeSystem.Mondo, "MONDO:0000450", "secondary progressive multiple sclerosis", CodingConfidence.Verified, CodingSources.MondoDoidMapping),
            new(CodeSystem.DiseaseOntology, "DOID:0050783", "secondary progressive multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
        ]);

    /// <summary>Primary progressive multiple sclerosis.</summary>
    public static readonly DiseaseCourse PrimaryProgressiveMs = new(
        "primary-progressive-ms", 4, "Primary progressive multiple sclerosis",
        "A course of multiple sclerosis in which disability worsens steadily from the onset, without early relapses and remissions.",
        Disease.MultipleSclerosis,
        ["PPMS", "primary progressive multiple sclerosis"],
        [
            new(CodeSystem.SnomedCt, "428700003", "Primary progressive multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
            new(CodeSystem.Icd10Cm, "G35", "Multiple sclerosis", CodingConfidence.SecondarySource, CodingSources.Icd10G35CodingSites,
                effectiveUntil: IcdDates.LastDayBeforeFy2026),
            new(CodeSystem.Icd10Cm, "G35.B0", "Primary progressive multiple sclerosis, unspecified", CodingConfidence.SecondarySource, CodingSources.Icd10CmFy2026CodingSites,
                effectiveFrom: IcdDates.Fy2026),
            new(CodeSystem.Mondo, "MONDO:0000451", "primary progressive multiple sclerosis", CodingConfidence.Verified, CodingSources.MondoDoidMapping),
            new(CodeSystem.DiseaseOntology, "DOID:0050784", "primary progressive multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
        ]);

    /// <summary>Progressive multiple sclerosis, where the source does not say whether primary or secondary.</summary>
    /// <remarks>
    /// Registry records and older literature say "Progressive MS" or MeSH's "Multiple Sclerosis, Chronic Progressive"
    /// without saying which progressive course; this term records that much and no more. MeSH <c>D020528</c> is the
    /// Disease Ontology 2015 cross-reference of DOID:2376, which the Disease Ontology has since made obsolete (as no
    /// longer used clinically), so the DOID is not given.
    /// </remarks>
    public static readonly DiseaseCourse ProgressiveMs = new(
        "progressive-ms", 7, "Progressive multiple sclerosis",
        "Multiple sclerosis with steadily worsening disability, where the source does not say whether the course is primary or secondary "
        + "progressive; MeSH's \"Multiple Sclerosis, Chronic Progressive\".",
        Disease.MultipleSclerosis,
        ["progressive MS", "progressive multiple sclerosis", "chronic progressive multiple sclerosis", "chronic progressive MS"],
        [
            new(CodeSystem.Mesh, "D020528", "chronic progressive multiple sclerosis", CodingConfidence.Verified, CodingSources.DiseaseOntology2015),
        ]);

    /// <summary>Sporadic amyotrophic lateral sclerosis.</summary>
    public static readonly DiseaseCourse SporadicAls = new(
        "sporadic-als", 5, "Sporadic amyotrophic lateral sclerosis",
        "Amyotrophic lateral sclerosis with no family history of the disease, the form in about nine patients in ten.",
        Disease.AmyotrophicLateralSclerosis,
        ["sALS", "sporadic ALS", "sporadic amyotrophic lateral sclerosis"],
        [
            new(CodeSystem.Mondo, "MONDO:0005145", "sporadic amyotrophic lateral sclerosis", CodingConfidence.Verified, CodingSources.MondoDoidMapping),
            new(CodeSystem.DiseaseOntology, "DOID:0080917", "sporadic amyotrophic lateral sclerosis", CodingConfidence.Verified, CodingSources.MondoDoidMapping),
        ]);

    /// <summary>Familial amyotrophic lateral sclerosis.</summary>
    public static readonly DiseaseCourse FamilialAls = new(
        "familial-als", 6, "Familial amyotrophic lateral sclerosis",
        "Amyotrophic lateral sclerosis that runs in a family, usually caused by an inherited mutation in a gene such as SOD1, C9orf72, TARDBP or FUS.",
        Disease.AmyotrophicLateralSclerosis,
        ["fALS", "familial ALS", "familial amyotrophic lateral sclerosis"],
        [
            new(CodeSystem.Icd10Cm, "G12.24", "Familial motor neuron disease", CodingConfidence.SecondarySource, CodingSources.Icd10CmG1224CodingSites),
        ]);

    private DiseaseCourse(
        string code,
        int value,
        string displayName,
        string definition,
        Disease disease,
        IEnumerable<string> synonyms,
        IEnumerable<Coding>? codings = null)
        : base(code, value, displayName, definition, synonyms, codings)
    {
        Disease = disease;
    }

    /// <inheritdoc />
    public static ImmutableArray<DiseaseCourse> All { get; } =
        [ClinicallyIsolatedSyndrome, RelapsingRemittingMs, SecondaryProgressiveMs, PrimaryProgressiveMs, ProgressiveMs, SporadicAls, FamilialAls];

    /// <inheritdoc />
    public static string VocabularyName => "disease-course";

    /// <summary>Gets the disease this is a course of.</summary>
    /// <value>The disease.</value>
    public Disease Disease { get; }

    private protected override void WriteExportRelations(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteRelation(writer, "disease", Disease);
    }
}
