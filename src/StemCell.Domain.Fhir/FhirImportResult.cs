using System.Collections.Immutable;
using StemCell.Domain.Model;

namespace StemCell.Domain.Fhir;

/// <summary>What importing FHIR R4 JSON gave: the studies read, and every problem, located.</summary>
/// <remarks>
/// <para>
/// Each problem's <see cref="ValidationProblem.Path"/> is a FHIRPath-style location in the input, such as
/// <c>ResearchStudy.phase.coding[0].code</c> or <c>Bundle.entry[2].resource.condition[0]</c>. A ResearchStudy with an
/// error gives no study; the others in the same bundle are still read.
/// </para>
/// <para>Equality: reference equality.</para>
/// </remarks>
public sealed class FhirImportResult
{
    internal FhirImportResult(ImmutableArray<Study> studies, ImmutableArray<ValidationProblem> errors, ImmutableArray<ValidationProblem> warnings)
    {
        Studies = studies;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>Gets the studies read, in input order.</summary>
    /// <value>One study per ResearchStudy that had no error.</value>
    public ImmutableArray<Study> Studies { get; }

    /// <summary>Gets the problems that kept a ResearchStudy, or the input, from being read.</summary>
    /// <value>Located problems; empty when everything was read.</value>
    public ImmutableArray<ValidationProblem> Errors { get; }

    /// <summary>Gets what was read with a caveat: a value mapped inexactly, relaxed in a lenient import, or not carried.</summary>
    /// <value>Located warnings; empty when there is nothing to say.</value>
    public ImmutableArray<ValidationProblem> Warnings { get; }

    /// <summary>Gets a value indicating whether there were no errors.</summary>
    /// <value>True when <see cref="Errors"/> is empty.</value>
    public bool Succeeded => Errors.IsEmpty;

    /// <summary>Gets the studies, or throws when there were errors.</summary>
    /// <returns><see cref="Studies"/>.</returns>
    /// <exception cref="FhirImportException">There were errors; the exception lists them.</exception>
    public ImmutableArray<Study> GetStudiesOrThrow() => Succeeded ? Studies : throw new FhirImportException(Errors, Studies);

    /// <summary>Describes the result.</summary>
    /// <returns>Text such as <c>2 studies, 0 errors, 1 warning</c>.</returns>
    public override string ToString() => $"{Studies.Length} studies, {Errors.Length} errors, {Warnings.Length} warnings";
}
