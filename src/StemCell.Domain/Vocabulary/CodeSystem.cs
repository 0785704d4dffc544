using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A standard terminology that <see cref="Coding"/>s point into, identified by its URI.</summary>
/// <remarks>
/// The URIs are the ones FHIR uses as <c>Coding.system</c> where HL7 registers one (SNOMED CT, ICD, MeSH,
/// MONDO, NCIt, FHIR's own code systems). The Disease Ontology, the Cell Ontology and UBERON have no
/// HL7-registered system: for them the URI is the ontology's own OBO Foundry PURL (the canonical
/// <c>.owl</c> product listed in the OBO Foundry registry), the same pattern HL7 uses for MONDO.
/// Those three URIs are an inference from that pattern, not a verified FHIR system, and say so through
/// <see cref="IsVerifiedFhirSystem"/>; their codes (such as <c>CL:0000134</c>) are verified all the same.
/// </remarks>
[JsonConverter(typeof(Serialization.CodeSystemJsonConverter))]
public sealed class CodeSystem : VocabularyTerm<CodeSystem>, IVocabulary<CodeSystem>
{
    /// <summary>SNOMED CT.</summary>
    public static readonly CodeSystem SnomedCt = new(
        "snomed-ct", 1, "SNOMED CT", "http://snomed.info/sct",
        "The Systematized Nomenclature of Medicine Clinical Terms, the clinical terminology used in health records.",
        ["SNOMED", "SCT"]);

    /// <summary>ICD-10-CM, the United States clinical modification of ICD-10.</summary>
    public static readonly CodeSystem Icd10Cm = new(
        "icd-10-cm", 2, "ICD-10-CM", "http://hl7.org/fhir/sid/icd-10-cm",
        "The International Classification of Diseases, 10th revision, Clinical Modification, used for diagnoses in the United States; revised every fiscal year from October 1.",
        ["ICD10CM"]);

    /// <summary>ICD-10, the World Health Organization's classification.</summary>
    public static readonly CodeSystem Icd10 = new(
        "icd-10", 3, "ICD-10 (WHO)", "http://hl7.org/fhir/sid/icd-10",
        "The World Health Organization's International Classification of Diseases, 10th revision.",
        ["ICD10"]);

    /// <summary>ICD-11 for Mortality and Morbidity Statistics.</summary>
    public static readonly CodeSystem Icd11Mms = new(
        "icd-11-mms", 4, "ICD-11 MMS", "http://id.who.int/icd/release/11/mms",
        "The Mortality and Morbidity Statistics linearization of the World Health Organization's International Classification of Diseases, 11th revision.",
        ["ICD-11", "ICD11"]);

    /// <summary>Medical Subject Headings.</summary>
    public static readonly CodeSystem Mesh = new(
        "mesh", 5, "MeSH", "https://www.nlm.nih.gov/mesh",
        "The National Library of Medicine's Medical Subject Headings, used to index the biomedical literature and ClinicalTrials.gov.",
        ["Medical Subject Headings"]);

    /// <summary>The Mondo Disease Ontology.</summary>
    public static readonly CodeSystem Mondo = new(
        "mondo", 6, "Mondo Disease Ontology", "http://purl.obolibrary.org/obo/mondo.owl",
        "An open disease ontology that harmonises disease definitions across other disease terminologies with precise equivalence mappings.",
        ["MONDO"]);

    /// <summary>The Human Disease Ontology.</summary>
    public static readonly CodeSystem DiseaseOntology = new(
        "doid", 7, "Human Disease Ontology", "http://purl.obolibrary.org/obo/doid.owl",
        "An open ontology of human diseases whose identifiers take the form DOID:n; identified here by its OBO Foundry PURL, as it has no HL7-registered system URI.",
        ["DOID", "Disease Ontology"],
        isVerifiedFhirSystem: false);

    /// <summary>The Cell Ontology.</summary>
    public static readonly CodeSystem CellOntology = new(
        "cell-ontology", 8, "Cell Ontology", "http://purl.obolibrary.org/obo/cl.owl",
        "An open ontology of cell types in animals whose identifiers take the form CL:n; identified here by its OBO Foundry PURL, as it has no HL7-registered system URI.",
        ["CL"],
        isVerifiedFhirSystem: false);

    /// <summary>The UBERON multi-species anatomy ontology.</summary>
    public static readonly CodeSystem Uberon = new(
        "uberon", 9, "UBERON", "http://purl.obolibrary.org/obo/uberon.owl",
        "An open cross-species anatomy ontology whose identifiers take the form UBERON:n; identified here by its OBO Foundry PURL, as it has no HL7-registered system URI.",
        isVerifiedFhirSystem: false);

    /// <summary>The NCI Thesaurus.</summary>
    public static readonly CodeSystem NciThesaurus = new(
        "ncit", 10, "NCI Thesaurus", "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl",
        "The National Cancer Institute's reference terminology, which also codes clinical trial concepts such as trial phases.",
        ["NCIt", "NCI Thesaurus"]);

    /// <summary>FHIR's research-study-phase code system.</summary>
    public static readonly CodeSystem FhirResearchStudyPhase = new(
        "fhir-research-study-phase", 11, "FHIR research study phase", "http://terminology.hl7.org/CodeSystem/research-study-phase",
        "The HL7 FHIR code system for the phase of a research study, used by ResearchStudy.phase.");

    /// <summary>FHIR R4's research-study-status code system.</summary>
    public static readonly CodeSystem FhirResearchStudyStatus = new(
        "fhir-research-study-status", 12, "FHIR research study status", "http://hl7.org/fhir/research-study-status",
        "The HL7 FHIR R4 code system for the status of a research study, used by ResearchStudy.status.");

    private CodeSystem(
        string code,
        int value,
        string displayName,
        string uri,
        string definition,
        IEnumerable<string>? synonyms = null,
        bool isVerifiedFhirSystem = true)
        : base(code, value, displayName, definition, synonyms)
    {
        Uri = uri;
        IsVerifiedFhirSystem = isVerifiedFhirSystem;
    }

    /// <inheritdoc />
    public static ImmutableArray<CodeSystem> All { get; } =
    [
        SnomedCt, Icd10Cm, Icd10, Icd11Mms, Mesh, Mondo, DiseaseOntology, CellOntology, Uberon, NciThesaurus,
        FhirResearchStudyPhase, FhirResearchStudyStatus,
    ];

    /// <inheritdoc />
    public static string VocabularyName => "code-system";

    /// <summary>Gets the URI that identifies the terminology.</summary>
    /// <value>The URI FHIR uses as <c>Coding.system</c>, or the ontology's PURL where HL7 registers none.</value>
    public string Uri { get; }

    /// <summary>Gets whether <see cref="Uri"/> was seen in a source as this terminology's FHIR <c>Coding.system</c>.</summary>
    /// <value>
    /// <see langword="true"/> when the domain reference marks the URI VERIFIED as a FHIR system (HL7 or THO lists it);
    /// <see langword="false"/> for the Disease Ontology, the Cell Ontology and UBERON.
    /// </value>
    /// <remarks>
    /// The domain reference (section 4, FHIR <c>system</c> URIs) found "no HL7-registered system" for DOID, CL and
    /// UBERON: their OBO product IRIs, such as <c>http://purl.obolibrary.org/obo/doid.owl</c>, "follow the pattern
    /// THO uses for MONDO", so it marks them "UNVERIFIED as FHIR systems (pattern inference)". The codes of those
    /// systems were seen in the ontologies themselves and are verified; only the system URI is unconfirmed, so a
    /// consumer that needs a registered FHIR system should check or map it before relying on it.
    /// </remarks>
    public bool IsVerifiedFhirSystem { get; }

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        writer.WriteString("uri", Uri);
        writer.WriteBoolean("isVerifiedFhirSystem", IsVerifiedFhirSystem);
    }
}
