using System.Collections.Frozen;
using System.Collections.Immutable;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Querying;

/// <summary>
/// Questions answered by the vocabulary alone, whatever the dataset: which open challenges bear on a delivery route or
/// a cell type, and which benefits apply to a disease.
/// </summary>
/// <remarks>
/// These read the relations the vocabulary declares (<see cref="Challenge.AffectedRoutes"/>,
/// <see cref="Challenge.AffectedCellTypes"/>, <see cref="TherapeuticBenefit.Diseases"/>), looked up in tables built
/// once, and return terms in declaration order (the order of <see cref="IVocabulary{TTerm}.All"/>). Questions about the
/// studies of a dataset are asked of a <see cref="DatasetIndex"/> instead.
/// </remarks>
public static class VocabularyQueries
{
    private static readonly FrozenDictionary<DeliveryRoute, ImmutableArray<Challenge>> ChallengesByRoute =
        Invert(Challenge.All, c => c.AffectedRoutes);

    private static readonly FrozenDictionary<StemCellType, ImmutableArray<Challenge>> ChallengesByCellType =
        Invert(Challenge.All, c => c.AffectedCellTypes);

    private static readonly FrozenDictionary<Disease, ImmutableArray<TherapeuticBenefit>> BenefitsByDisease =
        Invert(TherapeuticBenefit.All, b => b.Diseases);

    /// <summary>Finds the challenges that bear specifically on a delivery route.</summary>
    /// <param name="route">The delivery route, such as <see cref="DeliveryRoute.Intraspinal"/>.</param>
    /// <returns>
    /// The challenges whose <see cref="Challenge.AffectedRoutes"/> include <paramref name="route"/>, in declaration order.
    /// A challenge that is not specific to any route (empty <see cref="Challenge.AffectedRoutes"/>, such as
    /// <see cref="Challenge.AccessAndCost"/>) is not included: it bears on every route equally, so it would answer a
    /// different question.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    public static ImmutableArray<Challenge> ChallengesAffecting(DeliveryRoute route) =>
        ChallengesByRoute.TryGetValue(Preconditions.CheckNotNull(route), out var challenges) ? challenges : [];

    /// <summary>Finds the challenges that bear specifically on a stem cell type.</summary>
    /// <param name="cellType">The cell type, such as <see cref="StemCellType.Neural"/>.</param>
    /// <returns>
    /// The challenges whose <see cref="Challenge.AffectedCellTypes"/> include <paramref name="cellType"/>, in declaration
    /// order. A challenge that is not specific to any cell type (empty <see cref="Challenge.AffectedCellTypes"/>) is not
    /// included.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="cellType"/> is null.</exception>
    public static ImmutableArray<Challenge> ChallengesAffecting(StemCellType cellType) =>
        ChallengesByCellType.TryGetValue(Preconditions.CheckNotNull(cellType), out var challenges) ? challenges : [];

    /// <summary>Finds the benefits that apply to a disease.</summary>
    /// <param name="disease">The disease, such as <see cref="Disease.AmyotrophicLateralSclerosis"/>.</param>
    /// <returns>The benefits whose <see cref="TherapeuticBenefit.Diseases"/> include <paramref name="disease"/>, in declaration order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disease"/> is null.</exception>
    public static ImmutableArray<TherapeuticBenefit> BenefitsFor(Disease disease) =>
        BenefitsByDisease.TryGetValue(Preconditions.CheckNotNull(disease), out var benefits) ? benefits : [];

    private static FrozenDictionary<TKey, ImmutableArray<TTerm>> Invert<TTerm, TKey>(ImmutableArray<TTerm> terms, Func<TTerm, ImmutableArray<TKey>> keysOf)
        where TKey : notnull
    {
        var inverted = new Dictionary<TKey, ImmutableArray<TTerm>.Builder>();
        foreach (var term in terms)
        {
            foreach (var key in keysOf(term).Distinct())
            {
                if (!inverted.TryGetValue(key, out var list))
                {
                    list = ImmutableArray.CreateBuilder<TTerm>();
                    inverted.Add(key, list);
                }

                list.Add(term);
            }
        }

        return inverted.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToImmutable());
    }
}
