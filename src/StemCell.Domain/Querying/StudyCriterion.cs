using System.Collections.Immutable;
using System.Runtime.InteropServices;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Querying;

/// <summary>
/// One criterion of a <see cref="StudyQuery"/>, resolved against the index when it is added: the set of study
/// positions that satisfy it, as the union of one or more disjoint ascending posting lists (one for a term, one per
/// qualifying phase for a phase range), so a range is never merged unless it is the smallest candidate set.
/// </summary>
internal sealed class StudyCriterion
{
    private readonly ImmutableArray<ImmutableArray<int>> _postings;

    internal StudyCriterion(string description, ImmutableArray<ImmutableArray<int>> postings)
    {
        Description = description;
        _postings = postings;
        foreach (var posting in postings)
        {
            Count += posting.Length;
        }
    }

    /// <summary>Gets the criterion in words, such as <c>phase is at least phase-2</c>.</summary>
    internal string Description { get; }

    /// <summary>Gets how many studies satisfy the criterion (exact, because the posting lists are disjoint).</summary>
    internal int Count { get; }

    internal static StudyCriterion ForTerm(string label, IVocabularyTerm term, ImmutableArray<int> positions) =>
        new($"{label} is {term.Code}", [positions]);

    internal bool Contains(int position)
    {
        foreach (var posting in _postings)
        {
            if (posting.AsSpan().BinarySearch(position) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the ascending positions of the studies that satisfy the criterion.</summary>
    internal ImmutableArray<int> Positions()
    {
        if (_postings.Length == 1)
        {
            return _postings[0];
        }

        var positions = new int[Count];
        var offset = 0;
        foreach (var posting in _postings)
        {
            posting.CopyTo(positions, offset);
            offset += posting.Length;
        }

        Array.Sort(positions);
        return ImmutableCollectionsMarshal.AsImmutableArray(positions);
    }
}
