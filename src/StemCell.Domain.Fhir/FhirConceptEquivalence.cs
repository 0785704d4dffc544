namespace StemCell.Domain.Fhir;

/// <summary>How a library term relates to the FHIR R4 code it maps to, in the words of R4's <c>ConceptMap.equivalence</c>.</summary>
public enum FhirConceptEquivalence
{
    /// <summary>The FHIR code means the same as the library term; the term comes back on import.</summary>
    Equivalent = 0,

    /// <summary>The FHIR code is wider than the library term; import gives the term the code's narrowest equivalent.</summary>
    Wider = 1,

    /// <summary>
    /// R4 has no code for the library term, but requires one; the export writes a placeholder code that import reads
    /// back as no term.
    /// </summary>
    Unmatched = 2,
}
