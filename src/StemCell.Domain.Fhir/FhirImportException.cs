using System.Collections.Immutable;
using StemCell.Domain.Model;

namespace StemCell.Domain.Fhir;

/// <summary>FHIR input could not be imported: the exception lists every problem, each at its FHIRPath-style location.</summary>
public sealed class FhirImportException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FhirImportException"/> class.</summary>
    public FhirImportException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FhirImportException"/> class with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public FhirImportException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FhirImportException"/> class with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FhirImportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FhirImportException"/> class for located problems.</summary>
    /// <param name="problems">The problems, each with its location.</param>
    /// <param name="partialStudies">The studies that were read despite the problems, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public FhirImportException(IEnumerable<ValidationProblem> problems, IEnumerable<Study>? partialStudies)
        : base(Describe(problems))
    {
        Problems = [.. problems];
        PartialStudies = [.. partialStudies ?? []];
    }

    /// <summary>Gets the problems.</summary>
    /// <value>Problems with FHIRPath-style locations; empty when the exception was made without them.</value>
    public ImmutableArray<ValidationProblem> Problems { get; } = [];

    /// <summary>Gets the studies that were read despite the problems.</summary>
    /// <value>Studies from the input's other ResearchStudy resources; empty when there are none.</value>
    public ImmutableArray<Study> PartialStudies { get; } = [];

    private static string Describe(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToList();
        return $"The FHIR input has {list.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, list)}";
    }
}
