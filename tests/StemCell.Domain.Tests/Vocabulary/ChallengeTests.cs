using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class ChallengeTests : VocabularyContractTests<Challenge>
{
    [Fact]
    public void All_BeginsWithTheSeedArticlesThreeChallenges()
    {
        Assert.Equal(
            ["optimizing-cell-delivery", "immune-rejection-and-safety", "access-and-cost"],
            Challenge.All.Take(3).Select(c => c.Code));
    }

    [Fact]
    public void AffectedRoutes_OfOptimizingCellDelivery_AreTheHighlyInvasiveRoutes()
    {
        // The article: direct injections into the spinal cord or brain are invasive.
        Assert.Equal(
            DeliveryRoute.All.Where(r => r.Invasiveness == Invasiveness.High).Select(r => r.Code),
            Challenge.OptimizingCellDelivery.AffectedRoutes.Select(r => r.Code));
    }

    [Fact]
    public void AffectedCellTypes_OfTumorigenicity_AreThePluripotentTypes()
    {
        Assert.Equal(
            StemCellType.All.Where(t => t.Potency == Potency.Pluripotent).Select(t => t.Code),
            Challenge.Tumorigenicity.AffectedCellTypes.Select(t => t.Code));
    }

    [Fact]
    public void AffectedRoutes_OnlyOptimizingCellDeliveryIsRouteSpecific()
    {
        Assert.All(Challenge.All.Where(c => c != Challenge.OptimizingCellDelivery), challenge => Assert.Empty(challenge.AffectedRoutes));
    }

    [Fact]
    public void Rationale_IsASentenceThatAddsToTheDefinition()
    {
        Assert.All(Challenge.All, challenge =>
        {
            Assert.False(string.IsNullOrWhiteSpace(challenge.Rationale), $"'{challenge.Code}' has no rationale.");
            Assert.EndsWith(".", challenge.Rationale, StringComparison.Ordinal);
            Assert.NotEqual(challenge.Definition, challenge.Rationale);
        });
    }

    [Fact]
    public void Export_WritesRationaleAndAffectedRoutesAndCellTypesAsCodes()
    {
        foreach (var challenge in Challenge.All)
        {
            var json = ExportedVocabulary.Term("challenge", challenge.Code);

            Assert.Equal(challenge.Rationale, json.GetProperty("attributes").GetProperty("rationale").GetString());
            ExportedVocabulary.AssertRelation(json, "affectedRoutes", "delivery-route", challenge.AffectedRoutes.Select(r => r.Code));
            ExportedVocabulary.AssertRelation(json, "affectedCellTypes", "stem-cell-type", challenge.AffectedCellTypes.Select(t => t.Code));
        }
    }
}
