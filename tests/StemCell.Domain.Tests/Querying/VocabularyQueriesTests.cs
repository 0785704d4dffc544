using StemCell.Domain.Querying;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Querying;

public sealed class VocabularyQueriesTests
{
    public static TheoryData<string> RouteCodes => [.. DeliveryRoute.All.Select(r => r.Code)];

    public static TheoryData<string> CellTypeCodes => [.. StemCellType.All.Select(t => t.Code)];

    public static TheoryData<string> DiseaseCodes => [.. Disease.All.Select(d => d.Code)];

    [Fact]
    public void ChallengesAffecting_Intraspinal_ReturnsOptimizingCellDelivery()
    {
        Assert.Equal<Challenge>([Challenge.OptimizingCellDelivery], VocabularyQueries.ChallengesAffecting(DeliveryRoute.Intraspinal));
    }

    [Fact]
    public void ChallengesAffecting_Intravenous_ReturnsNothing_NotTheChallengesOfEveryRoute()
    {
        Assert.Empty(VocabularyQueries.ChallengesAffecting(DeliveryRoute.Intravenous));
    }

    [Fact]
    public void ChallengesAffecting_Neural_ReturnsItsChallengesInDeclarationOrder()
    {
        Assert.Equal<Challenge>(
            [Challenge.OptimizingCellDelivery, Challenge.ImmuneRejectionAndSafety, Challenge.ManufacturingConsistency],
            VocabularyQueries.ChallengesAffecting(StemCellType.Neural));
    }

    [Fact]
    public void ChallengesAffecting_InducedPluripotent_IncludesTumorigenicity()
    {
        Assert.Equal<Challenge>(
            [Challenge.ImmuneRejectionAndSafety, Challenge.ManufacturingConsistency, Challenge.Tumorigenicity],
            VocabularyQueries.ChallengesAffecting(StemCellType.InducedPluripotent));
    }

    [Theory]
    [MemberData(nameof(RouteCodes))]
    public void ChallengesAffecting_EveryRoute_IsTheChallengesThatNameIt_AndNeverANonSpecificOne(string code)
    {
        var route = DeliveryRoute.FromCode(code);

        var challenges = VocabularyQueries.ChallengesAffecting(route);

        Assert.Equal(Challenge.All.Where(c => c.AffectedRoutes.Contains(route)), challenges);
        Assert.DoesNotContain(Challenge.AccessAndCost, challenges);
    }

    [Theory]
    [MemberData(nameof(CellTypeCodes))]
    public void ChallengesAffecting_EveryCellType_IsTheChallengesThatNameIt_AndNeverANonSpecificOne(string code)
    {
        var cellType = StemCellType.FromCode(code);

        var challenges = VocabularyQueries.ChallengesAffecting(cellType);

        Assert.Equal(Challenge.All.Where(c => c.AffectedCellTypes.Contains(cellType)), challenges);
        Assert.DoesNotContain(Challenge.AccessAndCost, challenges);
        Assert.DoesNotContain(Challenge.LongTermSafetyAndEfficacyData, challenges);
    }

    [Fact]
    public void BenefitsFor_Als_ReturnsNeuroprotectionRegenerationAndSlowingProgression()
    {
        Assert.Equal<TherapeuticBenefit>(
            [TherapeuticBenefit.Neuroprotection, TherapeuticBenefit.TissueRegeneration, TherapeuticBenefit.SlowingDiseaseProgression],
            VocabularyQueries.BenefitsFor(Disease.AmyotrophicLateralSclerosis));
    }

    [Fact]
    public void BenefitsFor_MultipleSclerosis_ReturnsNeuroprotectionRegenerationAndImmuneModulation()
    {
        Assert.Equal<TherapeuticBenefit>(
            [TherapeuticBenefit.Neuroprotection, TherapeuticBenefit.TissueRegeneration, TherapeuticBenefit.ImmuneModulation],
            VocabularyQueries.BenefitsFor(Disease.MultipleSclerosis));
    }

    [Theory]
    [MemberData(nameof(DiseaseCodes))]
    public void BenefitsFor_EveryDisease_IsTheBenefitsThatNameIt(string code)
    {
        var disease = Disease.FromCode(code);

        Assert.Equal(TherapeuticBenefit.All.Where(b => b.Diseases.Contains(disease)), VocabularyQueries.BenefitsFor(disease));
    }

    [Fact]
    public void Results_AreNotDefaultArrays()
    {
        Assert.False(VocabularyQueries.ChallengesAffecting(DeliveryRoute.Intramuscular).IsDefault);
        Assert.False(VocabularyQueries.ChallengesAffecting(StemCellType.Mesenchymal).IsDefault);
        Assert.False(VocabularyQueries.BenefitsFor(Disease.MultipleSclerosis).IsDefault);
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Equal("route", Assert.Throws<ArgumentNullException>(() => VocabularyQueries.ChallengesAffecting((DeliveryRoute)null!)).ParamName);
        Assert.Equal("cellType", Assert.Throws<ArgumentNullException>(() => VocabularyQueries.ChallengesAffecting((StemCellType)null!)).ParamName);
        Assert.Equal("disease", Assert.Throws<ArgumentNullException>(() => VocabularyQueries.BenefitsFor(null!)).ParamName);
    }
}
