using System.Collections.Immutable;

namespace StemCell.Domain.Model;

/// <summary>The result of validating a study or a dataset: every problem found, not just the first.</summary>
/// <remarks>
/// <para>
/// Model objects are checked in two places. Each constructor and factory rejects a value that is wrong on its own
/// (a proportion above 1, a numerator above its denominator, an NCT id of the wrong shape, a time frame that is not
/// positive), so no such object exists; value objects also have a try path (<see cref="Proportion.TryCreate"/>,
/// <see cref="RegistryIdentifier.TryCreate"/>, <see cref="Finding.CheckTimeFrame"/>, …) that returns those problems
/// instead of throwing, for readers of untrusted input. <see cref="Study.Validate()"/> and
/// <see cref="EvidenceDataset.Validate"/> then check what depends on more than one object: a course of another
/// disease, a transplant of cells that are not hematopoietic, a finding that cites no source or an unknown one,
/// duplicate ids. Both use the same path syntax (see <see cref="ValidationProblem.Path"/>).
/// </para>
/// <para>Equality: two reports are equal when they hold equal problems in the same order.</para>
/// </remarks>
public sealed record ValidationReport
{
    /// <summary>Initializes a new instance of the <see cref="ValidationReport"/> class.</summary>
    /// <param name="problems">The problems found, in the order they were found; null or empty for a valid object.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> contains null.</exception>
    public ValidationReport(IEnumerable<ValidationProblem>? problems)
    {
        Problems = Preconditions.CheckElementsNotNull(problems);
    }

    /// <summary>Gets a report with no problems.</summary>
    /// <value>A report whose <see cref="IsValid"/> is <see langword="true"/>.</value>
    public static ValidationReport Valid { get; } = new(ImmutableArray<ValidationProblem>.Empty);

    /// <summary>Gets a value indicating whether validation found no problem.</summary>
    /// <value><see langword="true"/> when <see cref="Problems"/> is empty.</value>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>Gets every problem found.</summary>
    /// <value>The problems in the order of the validated object's properties and list elements.</value>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <inheritdoc />
    public bool Equals(ValidationReport? other) =>
        ReferenceEquals(this, other) || (other is not null && SequenceEquality.Equal(Problems, other.Problems));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        SequenceEquality.AddTo(ref hash, Problems);
        return hash.ToHashCode();
    }

    /// <summary>Returns the problems one a line, or a statement that there are none.</summary>
    /// <returns>Each problem as <c>path: message</c> on its own line, or <c>Valid.</c>.</returns>
    public override string ToString() => IsValid ? "Valid." : string.Join("\n", Problems);
}
