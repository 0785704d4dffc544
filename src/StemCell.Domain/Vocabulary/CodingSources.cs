namespace StemCell.Domain.Vocabulary;

/// <summary>
/// Where each shipped code was seen, written once so that every coding cites its source the same way.
/// The keys follow <c>shared/domain-reference.md</c>, which lists each source in full.
/// </summary>
internal static class CodingSources
{
    internal const string DiseaseOntology2015 = "Human Disease Ontology HumanDO.obo, release 2015-05-14 (dhimmel/disease-ontology)";
    internal const string MondoDoidMapping = "Mondo mondo_exactmatch_doid.sssom.tsv, mapping set releases/2023-12-01";
    internal const string CellOntology = "Cell Ontology cl-basic.obo (obophenotype/cell-ontology @04d0b1b5)";
    internal const string MondoCellOntologyImport = "Mondo cl_import.obo (older Cell Ontology import)";
    internal const string DiseaseOntologyUberonImport = "Human Disease Ontology uberon_terms.txt import list @048481a9";
    internal const string ThirdPartyOntologyFiles = "third-party ontology files (secondary source)";
    internal const string Icd10CmFy2026CodingSites =
        "ICD-10-CM FY2026 G35 subcodes as listed by coding websites (legalclarity.org, patientnotes.ai); not yet checked against the CMS tabular";
    internal const string Icd10G35CodingSites = "ICD-10 G35 as listed by medentic.app and the ICD-10-AM DVA CLIK book";
    internal const string Icd10G122CodingSites = "ICD-10 G12.2 as listed by diseasedb.com";
    internal const string Icd10CmG1224CodingSites = "ICD-10-CM G12.24 as listed by codes.sprypt.com and icd10.blog";
    internal const string Icd11CodingSites = "ICD-11 MMS as listed by indexicd.com / icd-11.online";
    internal const string SnomedRouteExamples = "SNOMED CT route qualifiers as used in published FHIR examples and code tables (secondary source)";
    internal const string FhirResearchStudyPhaseR4 = "FHIR R4 4.0.0 CodeSystem research-study-phase (shared/interop/fhir-r4)";
    internal const string FhirResearchStudyStatusR4 =
        "FHIR R4 4.0.0 CodeSystem research-study-status (shared/interop/fhir-r4); the alignment with the ClinicalTrials.gov status is this library's";
    internal const string NciM11PhaseValueSet = "NCI Thesaurus trial phase codes in the ICH M11 value set (HL7 m11-phase-vs, EBM ich-m11-trial-phase)";
}
