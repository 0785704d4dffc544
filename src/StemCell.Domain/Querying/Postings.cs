using System.Collections.Immutable;
using StemCell.Domain.Model;

namespace StemCell.Domain.Querying;

/// <summary>
/// An inverted index from keys (the terms of one vocabulary, start years, registry identifiers) to the positions, in
/// the dataset, of the studies that mention them. Each posting list is ascending and free of repeats, so dataset order survives intersection and a study that
/// mentions a term twice (two interventions of the same cell type) is listed once.
/// </summary>
/// <remarks>
/// Every vocabulary's postings are keyed by <see cref="Vocabulary.IVocabularyTerm"/> (terms are singletons, so keys
/// compare as the terms do), not by the vocabulary's own type: one set of dictionaries then serves them all, where a
/// NativeAOT image carried about 70 dictionary and collection types for each vocabulary indexed. A plain dictionary,
/// not a frozen one: an index is built once per dataset, often at a process's start, and a frozen dictionary's
/// analysis of its keys costs more there than it saves on lookups that are a small part of a query.
/// </remarks>
internal sealed class Postings<TKey>
    where TKey : notnull
{
    // Never written after it is built, so any number of threads may read it.
    private readonly Dictionary<TKey, ImmutableArray<int>> _positions;

    private Postings(Dictionary<TKey, ImmutableArray<int>> positions)
    {
        _positions = positions;
    }

    /// <summary>Builds the postings of every study, each adding its terms to the builder it is given.</summary>
    /// <remarks>The terms are added rather than returned so that indexing a study allocates nothing but the lists.</remarks>
    internal static Postings<TKey> Build(ImmutableArray<Study> studies, Action<Study, Builder> addTermsOf)
    {
        var builder = new Builder();
        for (var position = 0; position < studies.Length; position++)
        {
            builder.Position = position;
            addTermsOf(studies[position], builder);
        }

        var positions = new Dictionary<TKey, ImmutableArray<int>>(builder.Lists.Count);
        foreach (var (term, list) in builder.Lists)
        {
            positions.Add(term, [.. list]);
        }

        return new(positions);
    }

    /// <summary>Returns the ascending positions of the studies that mention <paramref name="term"/>; empty when none does.</summary>
    internal ImmutableArray<int> Get(TKey term) => _positions.TryGetValue(term, out var positions) ? positions : [];

    /// <summary>Collects the positions of the studies that mention each term, a study at a time.</summary>
    internal sealed class Builder
    {
        internal Dictionary<TKey, List<int>> Lists { get; } = [];

        /// <summary>Gets or sets the position of the study whose terms are being added.</summary>
        internal int Position { get; set; }

        /// <summary>Adds a term of the study; nothing for null, and a term the study already mentioned is not repeated.</summary>
        internal void Add(TKey? term)
        {
            if (term is null)
            {
                return;
            }

            if (!Lists.TryGetValue(term, out var list))
            {
                list = [];
                Lists.Add(term, list);
            }

            if (list.Count == 0 || list[^1] != Position)
            {
                list.Add(Position);
            }
        }

        /// <summary>Adds the term of each of the study's items; the function must not capture, so that nothing is allocated.</summary>
        internal void AddEach<T>(ImmutableArray<T> items, Func<T, TKey?> termOf)
        {
            foreach (var item in items)
            {
                Add(termOf(item));
            }
        }
    }
}
