using System.Collections.Immutable;

namespace StemCell.Domain.Model;

/// <summary>A body of evidence: the sources and the studies they report, as one document.</summary>
/// <remarks>
/// <para>
/// A dataset can hold inconsistent parts (two studies with one id, a finding citing a source it does not hold), so
/// that a reader can load a document and report everything wrong with it; <see cref="Validate"/> finds those
/// problems, all at once, each with its path. Applications should validate a dataset before relying on it.
/// </para>
/// <para>Equality: equal when the sources and the studies are equal, element by element in order.</para>
/// </remarks>
public sealed record EvidenceDataset
{
    /// <summary>Initializes a new instance of the <see cref="EvidenceDataset"/> class.</summary>
    /// <param name="sources">The sources, each with an id unique in the dataset.</param>
    /// <param name="studies">The studies, each with an id unique in the dataset.</param>
    /// <exception cref="ArgumentException"><paramref name="sources"/> or <paramref name="studies"/> contains null.</exception>
    public EvidenceDataset(IEnumerable<Source>? sources, IEnumerable<Study>? studies)
        : this(sources, studies, problems: null)
    {
    }

    private EvidenceDataset(IEnumerable<Source>? sources, IEnumerable<Study>? studies, ProblemCollector? problems)
    {
        Sources = Preconditions.CheckElementsNotNull(sources, problems);
        Studies = Preconditions.CheckElementsNotNull(studies, problems);
    }

    /// <summary>Gets a dataset with no sources and no studies.</summary>
    /// <value>An empty, valid dataset.</value>
    public static EvidenceDataset Empty { get; } = new(sources: null, studies: null);

    /// <summary>Gets the sources.</summary>
    /// <value>Sources in the order given.</value>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>Gets the studies.</summary>
    /// <value>Studies in the order given.</value>
    public ImmutableArray<Study> Studies { get; }

    /// <summary>Checks the dataset as a whole and reports every problem at once.</summary>
    /// <returns>
    /// A report of every problem, in document order, with paths from the dataset: a duplicate source or study id
    /// (<c>sources[i].id</c>, <c>studies[i].id</c>, reported on each repeat); a citation of no source or of an
    /// unknown one (<c>studies[i].sourceIds[k]</c>, <c>studies[i].findings[j].sourceIds</c>,
    /// <c>studies[i].safety.sourceIds[k]</c>, <c>studies[i].evidence[j].sourceId</c>); and each study's own problems (see <see cref="Study.Validate()"/>),
    /// such as <c>studies[2].courses[0]</c> or <c>studies[1].interventions[0].stemCellType</c>.
    /// </returns>
    public ValidationReport Validate()
    {
        var problems = new ProblemCollector();
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        CheckUniqueIds(problems, "sources", Sources.Select(s => s.Id), "source", sourceIds);
        CheckUniqueIds(problems, "studies", Studies.Select(s => s.Id), "study", new HashSet<string>(StringComparer.Ordinal));
        using (problems.At("studies"))
        {
            for (var i = 0; i < Studies.Length; i++)
            {
                using var element = problems.AtElement(i);
                Studies[i].Validate(problems, sourceIds);
            }
        }

        return problems.ToReport();
    }

    /// <summary>Creates a dataset, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The dataset, or null when a problem was added.</returns>
    internal static EvidenceDataset? Create(ProblemCollector problems, IEnumerable<Source>? sources, IEnumerable<Study>? studies) =>
        problems.Keep(problems.Count, new EvidenceDataset(sources, studies, problems));

    /// <inheritdoc />
    public bool Equals(EvidenceDataset? other) =>
        ReferenceEquals(this, other)
        || (other is not null && SequenceEquality.Equal(Sources, other.Sources) && SequenceEquality.Equal(Studies, other.Studies));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        SequenceEquality.AddTo(ref hash, Sources);
        SequenceEquality.AddTo(ref hash, Studies);
        return hash.ToHashCode();
    }

    /// <summary>Describes the dataset's size.</summary>
    /// <returns>Text such as <c>1 source(s), 3 study(ies)</c>.</returns>
    public override string ToString() => $"{Sources.Length} source(s), {Studies.Length} study(ies)";

    /// <summary>The problem of an id used twice in a list, such as studies; for a streamed document's studies too.</summary>
    internal static string DuplicateIdMessage(string kind, string id, string listPath, int firstIndex) =>
        $"The {kind} id '{id}' is already used by {ProblemCollector.Element(listPath, firstIndex)}; ids must be unique.";

    private static void CheckUniqueIds(ProblemCollector problems, string listPath, IEnumerable<string> ids, string kind, HashSet<string> seen)
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (seen.Add(id))
            {
                firstIndex[id] = index;
            }
            else
            {
                problems.Add(ProblemCollector.Combine(ProblemCollector.Element(listPath, index), "id"), DuplicateIdMessage(kind, id, listPath, firstIndex[id]));
            }

            index++;
        }
    }
}
