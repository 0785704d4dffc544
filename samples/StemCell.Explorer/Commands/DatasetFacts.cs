using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Explorer.Commands;

/// <summary>What a dataset states about the terms of a vocabulary: which terms its sources cite or its studies use.</summary>
internal static class DatasetFacts
{
    /// <summary>Returns whether any source of the dataset makes a claim about a term.</summary>
    internal static bool IsCited(EvidenceDataset dataset, IVocabularyTerm term) =>
        dataset.Sources.Any(source => source.Claims.Any(claim => claim.Term.Equals(term)));

    /// <summary>
    /// Returns the terms of a vocabulary the dataset states, in the vocabulary's order: those its sources make claims
    /// about, and those its studies use.
    /// </summary>
    internal static IReadOnlyList<TTerm> Stated<TTerm>(EvidenceDataset dataset, Func<Study, IEnumerable<TTerm?>>? usedBy = null)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        var used = usedBy is null ? [] : dataset.Studies.SelectMany(usedBy).OfType<TTerm>().ToHashSet();
        return [.. TTerm.All.Where(term => used.Contains(term) || IsCited(dataset, term))];
    }
}
