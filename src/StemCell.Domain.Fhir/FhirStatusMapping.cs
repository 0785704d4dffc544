using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir;

/// <summary>One row of the concept map from <see cref="StudyStatus"/> to R4's <c>research-study-status</c>.</summary>
/// <remarks>Equality: by value.</remarks>
/// <param name="Status">The library term, or null for a study whose sources state no status.</param>
/// <param name="FhirCode">The R4 code written to <c>ResearchStudy.status</c>.</param>
/// <param name="Equivalence">How the code relates to the term.</param>
/// <param name="Comment">Why the row maps as it does.</param>
public sealed record FhirStatusMapping(StudyStatus? Status, string FhirCode, FhirConceptEquivalence Equivalence, string Comment);
