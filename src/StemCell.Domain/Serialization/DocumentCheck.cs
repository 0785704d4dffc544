using System.Collections.Immutable;
using StemCell.Domain.Model;

namespace StemCell.Domain.Serialization;

/// <summary>
/// What <see cref="StemCellJson.CheckAsync"/> found in a dataset document: how many sources and studies it has, and
/// every problem, each with its JSON path (and line and position where the reader knows them).
/// </summary>
/// <remarks>Equality: equal when the counts are equal and the problems are equal in order.</remarks>
public sealed record DocumentCheck
{
    /// <summary>Initializes a new instance of the <see cref="DocumentCheck"/> class.</summary>
    /// <param name="sourceCount">The number of sources read.</param>
    /// <param name="studyCount">The number of studies in the document, valid or not.</param>
    /// <param name="problems">The problems; empty when the document is a valid dataset.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> has a null element.</exception>
    public DocumentCheck(int sourceCount, int studyCount, IEnumerable<ValidationProblem>? problems)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceCount);
        ArgumentOutOfRangeException.ThrowIfNegative(studyCount);
        SourceCount = sourceCount;
        StudyCount = studyCount;
        Problems = Preconditions.CheckElementsNotNull(problems);
    }

    /// <summary>Gets the number of sources read.</summary>
    /// <value>Zero or more.</value>
    public int SourceCount { get; }

    /// <summary>Gets the number of studies in the document.</summary>
    /// <value>Zero or more, counting studies with problems.</value>
    public int StudyCount { get; }

    /// <summary>Gets every problem found.</summary>
    /// <value>Empty when the document is a valid dataset.</value>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the document is a valid dataset.</summary>
    /// <value><see langword="true"/> when there are no problems.</value>
    public bool IsValid => Problems.IsEmpty;

    /// <inheritdoc />
    public bool Equals(DocumentCheck? other) =>
        ReferenceEquals(this, other)
        || (other is not null && SourceCount == other.SourceCount && StudyCount == other.StudyCount && Problems.SequenceEqual(other.Problems));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SourceCount, StudyCount, Problems.Length);

    /// <summary>Describes the check.</summary>
    /// <returns>Text such as <c>47 sources, 44 studies, valid</c>.</returns>
    public override string ToString() => $"{SourceCount} sources, {StudyCount} studies, {(IsValid ? "valid" : $"{Problems.Length} problems")}";
}
