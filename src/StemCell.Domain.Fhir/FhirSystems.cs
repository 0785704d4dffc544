namespace StemCell.Domain.Fhir;

/// <summary>The system URIs the FHIR adapter writes and reads, each with where it comes from.</summary>
/// <remarks>
/// Registry identifier systems are the preferred <c>uri</c> unique ids of HL7 Terminology's NamingSystems (THO, checked in
/// the UTG source of 2026-08-04); the code systems of diseases, phases and statuses are those of the core vocabulary
/// (<see cref="Vocabulary.CodeSystem"/>). The library's own vocabularies have no HL7-registered system: their codings use
/// <see cref="VocabularyBase"/> followed by the vocabulary's name, a namespace under the project's own address that no
/// other system claims.
/// </remarks>
public static class FhirSystems
{
    /// <summary>The identifier system of ClinicalTrials.gov NCT numbers.</summary>
    /// <remarks>THO NamingSystem <c>ClinicalTrials-Gov</c>, preferred uri, active since 2026-02-09.</remarks>
    public const string ClinicalTrialsGovNctId = "https://clinicaltrials.gov/nctid";

    /// <summary>The retired identifier system that published converters still write for NCT numbers.</summary>
    /// <remarks>THO NamingSystem <c>ClinicalTrialsGov</c>, retired 2026-02-09; read leniently, never written.</remarks>
    public const string RetiredClinicalTrialsGov = "http://clinicaltrials.gov";

    /// <summary>The identifier system of ISRCTN numbers.</summary>
    /// <remarks>THO NamingSystem <c>ISRCTN</c>, preferred uri.</remarks>
    public const string Isrctn = "https://www.isrctn.com/ISRCTN";

    /// <summary>The text of <c>Identifier.type</c> that marks a EudraCT number, which has no registered identifier system.</summary>
    /// <remarks>THO registers no NamingSystem for EudraCT, so an exported EudraCT number has no <c>system</c>, only this type text.</remarks>
    public const string EudraCTIdentifierType = "EudraCT number";

    /// <summary>The R4 code system of <c>ResearchStudy.status</c>.</summary>
    public const string ResearchStudyStatus = "http://hl7.org/fhir/research-study-status";

    /// <summary>The R4 code system of <c>ResearchStudy.phase</c>.</summary>
    public const string ResearchStudyPhase = "http://terminology.hl7.org/CodeSystem/research-study-phase";

    /// <summary>The R4 core extension that says why a required value is absent, used on an enrollment <c>Group.actual</c> that the sources do not state.</summary>
    /// <remarks>
    /// Defined in the R4 specification (<c>extension-definitions.xml</c> of its specification.zip), for any element; its
    /// code <c>unknown</c> is in the R4 code system <c>http://terminology.hl7.org/CodeSystem/data-absent-reason</c>.
    /// </remarks>
    public const string DataAbsentReasonExtension = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    /// <summary>The prefix of the library's own code systems: a vocabulary's system is this followed by its name.</summary>
    /// <remarks>For example <c>https://github.com/stemcell-domain/StemCell.Domain/fhir/CodeSystem/stem-cell-type</c>.</remarks>
    public const string VocabularyBase = "https://github.com/stemcell-domain/StemCell.Domain/fhir/CodeSystem/";
}
