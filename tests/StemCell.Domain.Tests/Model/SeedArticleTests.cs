using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

/// <summary>The seed article's three studies can be said exactly in the model: what it states, and nothing it does not.</summary>
public sealed class SeedArticleTests
{
    [Fact]
    public void Dataset_IsValid()
    {
        var report = SeedArticle.Dataset.Validate();

        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void Cambridge_IsAPhase2MscTrialInRelapsingRemittingMsIn2023()
    {
        var study = SeedArticle.Cambridge;

        Assert.Equal(["University of Cambridge"], study.Institutions.Select(i => i.Name));
        Assert.Same(Disease.MultipleSclerosis, study.Disease);
        Assert.Equal(new[] { DiseaseCourse.RelapsingRemittingMs }, study.Courses);
        Assert.Same(TrialPhase.Phase2, study.Phase);
        Assert.Equal(PartialDate.FromYear(2023), study.ReportedIn);
        Assert.Same(StemCellType.Mesenchymal, Assert.Single(study.Interventions).StemCellType);
        Assert.Equal(
            [(OutcomeMeasure.CnsInflammation, OutcomeDirection.Improved), (OutcomeMeasure.RemyelinationOnMri, OutcomeDirection.Improved)],
            study.Findings.Select(f => (f.OutcomeMeasure, f.Direction)));
        Assert.Same(Tolerability.WellTolerated, study.Safety!.Tolerability);
    }

    [Fact]
    public void Cleveland_IsAutologousHsctAfterIntensiveChemotherapyInSecondaryProgressiveMsIn2023()
    {
        var study = SeedArticle.Cleveland;

        Assert.Equal(["Cleveland Clinic"], study.Institutions.Select(i => i.Name));
        Assert.Equal(new[] { DiseaseCourse.SecondaryProgressiveMs }, study.Courses);
        Assert.Equal(PartialDate.FromYear(2023), study.ReportedIn);
        var transplant = Assert.Single(study.Interventions);
        Assert.Same(StemCellType.Hematopoietic, transplant.StemCellType);
        Assert.Same(DonorOrigin.Autologous, transplant.DonorOrigin);
        Assert.Equal("intensive chemotherapy", transplant.ConditioningRegimen);
        Assert.True(transplant.IsHematopoieticStemCellTransplant);
        Assert.Equal(new[] { "the chemotherapy involved" }, study.Safety!.Risks);
    }

    [Fact]
    public void Cleveland_EightyPercentWithoutProgressionAtThreeYears_IsAProportionWithNoInventedDenominator()
    {
        var finding = SeedArticle.Cleveland.Findings[0];

        Assert.Equal("80% of participants showed no signs of disease progression three years after the treatment", finding.Quote);
        Assert.Same(OutcomeMeasure.DisabilityProgression, finding.OutcomeMeasure);
        Assert.Same(OutcomeDirection.Stabilized, finding.Direction);
        Assert.True(finding.Population.IsAllParticipants);
        var proportion = Assert.IsType<Proportion>(finding.Result);
        Assert.Equal(0.8m, proportion.Value);
        Assert.Null(proportion.Numerator);
        Assert.Null(proportion.Denominator);
        Assert.Equal(Period.FromYears(3), finding.TimeFrame);
    }

    [Fact]
    public void JohnsHopkins_IsNeuralStemCellsInjectedIntoTheSpinalCordInAlsIn2023()
    {
        var study = SeedArticle.JohnsHopkins;

        Assert.Equal(["Johns Hopkins University"], study.Institutions.Select(i => i.Name));
        Assert.Same(Disease.AmyotrophicLateralSclerosis, study.Disease);
        Assert.Empty(study.Courses);
        Assert.Equal(PartialDate.FromYear(2023), study.ReportedIn);
        var intervention = Assert.Single(study.Interventions);
        Assert.Same(StemCellType.Neural, intervention.StemCellType);
        Assert.Equal(new[] { DeliveryRoute.Intraspinal }, intervention.DeliveryRoutes);
        Assert.Same(OutcomeDirection.SlowedDecline, study.Findings[0].Direction);
        Assert.All(study.Findings.Skip(1), f => Assert.Equal(Population.Subgroup("some patients"), f.Population));
        Assert.Equal([Mechanism.Neuroprotection, Mechanism.NeurotrophicSupport, Mechanism.CellReplacement], study.Mechanisms.Select(m => m.Mechanism));
        Assert.Null(study.Safety);
    }

    [Fact]
    public void Studies_InventNothingTheArticleDoesNotState()
    {
        foreach (var study in SeedArticle.Dataset.Studies)
        {
            Assert.Null(study.Enrollment);
            Assert.Null(study.Status);
            Assert.Null(study.StartDate);
            Assert.Null(study.CompletionDate);
            Assert.Empty(study.RegistryIdentifiers);
            Assert.Empty(study.Designs);
            Assert.Equal(PartialDatePrecision.Year, study.ReportedIn!.Value.Precision);
            Assert.All(study.Institutions, i => Assert.Null(i.Country));
            Assert.All(study.Interventions, i => Assert.Null(i.Dose));
            Assert.All(study.Interventions, i => Assert.Null(i.NumberOfAdministrations));
            Assert.All(study.Interventions, i => Assert.Null(i.TissueSource));
            Assert.Equal(new[] { SeedArticle.SourceId }, study.SourceIds);
            Assert.All(study.Findings, f => Assert.Equal(new[] { SeedArticle.SourceId }, f.SourceIds));
        }

        Assert.Single(SeedArticle.Dataset.Studies, s => s.Phase is not null);
        Assert.Single(SeedArticle.Dataset.Studies.SelectMany(s => s.Findings), f => f.Result is not null || f.TimeFrame is not null);
    }

    [Fact]
    public void Source_IsASecondaryReportWithNothingInventedAndItsInconsistencyNoted()
    {
        var source = SeedArticle.Source;

        Assert.Same(EvidenceKind.SecondaryReport, source.EvidenceKind);
        Assert.Null(source.PublicationDate);
        Assert.Null(source.Publisher);
        Assert.Empty(source.Authors);
        Assert.Null(source.Locator);
        Assert.Contains("2023", source.Notes, StringComparison.Ordinal);
        Assert.Contains("2024", source.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_ClaimsTheArticlesBenefitsChallengesDiseasesAndCellTypes()
    {
        var claimed = SeedArticle.Source.Claims.Select(c => c.Term).ToList();

        Assert.Equal(TherapeuticBenefit.All, claimed.OfType<TherapeuticBenefit>());
        Assert.Equal([Challenge.OptimizingCellDelivery, Challenge.ImmuneRejectionAndSafety, Challenge.AccessAndCost], claimed.OfType<Challenge>());
        Assert.Equal(Disease.All, claimed.OfType<Disease>());
        Assert.Equal(
            [StemCellType.Mesenchymal, StemCellType.InducedPluripotent, StemCellType.Neural, StemCellType.Hematopoietic],
            claimed.OfType<StemCellType>());
    }

    [Fact]
    public void EveryQuote_AppearsWordForWordInTheArticle()
    {
        var text = SeedArticle.Text;
        var studies = SeedArticle.Dataset.Studies;
        var quotes = SeedArticle.Source.Claims.Select(c => c.Quote)
            .Concat(studies.SelectMany(s => s.Findings).Select(f => f.Quote))
            .Concat(studies.SelectMany(s => s.Findings).Select(f => f.Population.Description).OfType<string>())
            .Concat(studies.SelectMany(s => s.Mechanisms).Select(m => m.Quote))
            .Concat(studies.Select(s => s.Safety).OfType<SafetyProfile>().SelectMany(p => p.Risks.Concat(p.AdverseEvents).Append(p.Quote).OfType<string>()))
            .Concat(studies.SelectMany(s => s.Interventions).Select(i => i.ConditioningRegimen).OfType<string>())
            .Concat(studies.SelectMany(s => s.Institutions).Select(i => i.Name))
            .ToList();

        Assert.True(quotes.Count > 30, $"Only {quotes.Count} quotes were found.");
        Assert.All(quotes, quote => Assert.True(text.Contains(quote, StringComparison.Ordinal), $"The article does not contain \"{quote}\"."));
    }
}
