using System.Collections.Frozen;
using System.Collections.Immutable;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Querying;

/// <summary>
/// An inverted index from the terms of one vocabulary to the positions, in the dataset, of the studies that mention
/// them. Each posting list is ascending and free of repeats, so dataset order survives intersection and a study that
/// mentions a term twice (two interventions of the same cell type) is listed once.
/// </summary>
internal sealed class TermPostings<TTerm>
    where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
{
    private readonly FrozenDictionary<TTerm, ImmutableArray<int>> _positions;

    private TermPostings(FrozenDictionary<TTerm, ImmutableArray<int>> positions)
    {
        _positions = positions;
    }

    internal static TermPostings<TTerm> Build(ImmutableArray<Study> studies, Func<Study, IEnumerable<TTerm?>> termsOf)
    {
        var lists = new Dictionary<TTerm, List<int>>();
        for (var position = 0; position < studies.Length; position++)
        {
            foreach (var term in termsOf(studies[position]))
            {
                if (term is null)
                {
                    continue;
                }

                if (!lists.TryGetValue(term, out var list))
                {
                    list = [];
                    lists.Add(term, list);
                }

                if (list.Count == 0 || list[^1] != position)
                {
                    list.Add(position);
                }
            }
        }

        return new(lists.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray()));
    }

    /// <summary>Returns the ascending positions of the studies that mention <paramref name="term"/>; empty when none does.</summary>
    internal ImmutableArray<int> Get(TTerm term) => _positions.TryGetValue(term, out var positions) ? positions : [];
}
