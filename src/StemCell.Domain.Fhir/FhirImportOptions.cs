namespace StemCell.Domain.Fhir;

/// <summary>How <see cref="FhirImporter"/> treats deviations from R4 seen in the wild.</summary>
/// <remarks>Equality: by value.</remarks>
public sealed record FhirImportOptions
{
    /// <summary>Gets the options of a strict import, the default: every deviation is an error.</summary>
    /// <value>Options with <see cref="IsLenient"/> false.</value>
    public static FhirImportOptions Strict { get; } = new();

    /// <summary>Gets the options of a lenient import.</summary>
    /// <value>Options with <see cref="IsLenient"/> true.</value>
    public static FhirImportOptions Lenient { get; } = new() { IsLenient = true };

    /// <summary>Gets a value indicating whether deviations that have one clear reading are read so, with a warning, instead of failing.</summary>
    /// <value>
    /// True to read, with a warning: a phase given as display text (<c>Phase 3</c>) as its code; an NCT number under the
    /// retired system <c>http://clinicaltrials.gov</c>; a coding without a system; a reference that resolves to nothing, as
    /// absent; a resource id that is not a slug, as one made from the registry id or position; and a missing status or
    /// title. A study whose condition is not a disease the library knows is an error either way: a study needs one.
    /// </value>
    public bool IsLenient { get; init; }
}
