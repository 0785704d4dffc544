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

    /// <summary>
    /// Makes a test of whether positions meet this criterion, for <paramref name="candidates"/> positions asked in
    /// ascending order: a binary search in each posting list when the candidates are few beside the postings, or one
    /// walk along the lists beside the candidates when they are many, whichever compares fewer positions.
    /// </summary>
    internal Matcher CreateMatcher(int candidates)
    {
        var searchCost = 0d;
        foreach (var posting in _postings)
        {
            searchCost += candidates * Math.Log2(posting.Length + 2);
        }

        return new Matcher(_postings, walk: candidates + Count < searchCost);
    }

    /// <summary>Returns the ascending positions of the studies that satisfy the criterion.</summary>
    /// <summary>Tests positions, asked in ascending order, against a criterion's posting lists.</summary>
    internal sealed class Matcher(ImmutableArray<ImmutableArray<int>> postings, bool walk)
    {
        // With walk, where each posting list has been read up to: every position before it is below the last asked.
        private readonly int[]? _cursors = walk ? new int[postings.Length] : null;

        internal bool Contains(int position)
        {
            var found = false;
            for (var i = 0; i < postings.Length; i++)
            {
                var posting = postings[i].AsSpan();
                if (_cursors is null)
                {
                    found = posting.BinarySearch(position) >= 0;
                }
                else
                {
                    ref var cursor = ref _cursors[i];
                    while (cursor < posting.Length && posting[cursor] < position)
                    {
                        cursor++;
                    }

                    found = cursor < posting.Length && posting[cursor] == position;
                }

                if (found)
                {
                    return true;
                }
            }

            return false;
        }
    }

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
