using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests;

public class SampleDatasetTests
{
    private static EvidenceDataset Sample => SampleDataset.Dataset;

    [Fact]
    public void SeedArticleDocument_IsTheSeedArticleDatasetAsTheLibraryWritesIt()
    {
        // The seed article's part of the sample dataset is checked in as the input the dataset is built from
        // (src/StemCell.Domain/SampleData/README.md); the Explorer's tests rebuild the whole dataset from it.
        CheckedInSnapshot.AssertCurrent(
            RepositoryFiles.SeedArticleDataset, StemCellJson.SerializeToUtf8Bytes(SeedArticle.Dataset), "FullyQualifiedName~SampleDatasetTests");
    }

    [Fact]
    public void Dataset_LoadsFromTheEmbeddedDocumentAndIsValid()
    {
        Assert.True(Sample.Validate().IsValid);
    }

    [Fact]
    public void Dataset_HoldsTheSeedArticleSourceAndItsThreeStudiesExactlyAndFirst()
    {
        Assert.Equal(SeedArticle.Dataset.Sources[0], Sample.Sources[0]);
        Assert.Equal(SeedArticle.Dataset.Studies.ToArray(), Sample.Studies.Take(3).ToArray());
        Assert.DoesNotContain(Sample.Studies.Skip(3), s => s.SourceIds.Contains(Article.Id));
    }

    [Fact]
    public void EveryOtherStudy_IsARegistryTrialCitingOnlyItsRegistryRecords()
    {
        var sources = Sample.Sources.ToDictionary(s => s.Id);
        var trials = Sample.Studies.Skip(3).ToList();

        Assert.True(trials.Count >= 40, $"{trials.Count} registry trials");
        Assert.All(trials, study =>
        {
            var nctId = Assert.Single(study.RegistryIdentifiers, r => r.Registry == Registry.ClinicalTrialsGov).Value;
            Assert.All(study.SourceIds, id =>
            {
                var source = sources[id];
                Assert.Same(EvidenceKind.RegistryRecord, source.EvidenceKind);
                Assert.StartsWith($"{nctId}: ", source.Title, StringComparison.Ordinal);
                Assert.Equal($"https://clinicaltrials.gov/study/{nctId}", source.Locator?.Value);
                Assert.Contains("snapshot", source.Notes, StringComparison.Ordinal);
            });
        });
    }

    [Fact]
    public void ATrialInSeveralSnapshots_IsOneStudyCitingEachRecord()
    {
        // NurOwn's phase 3 trial is in two classic API folders (one record, one data date) and in a CSV export.
        var study = Assert.Single(Sample.Studies, s => s.Id == "nct03280056");

        Assert.Equal(["ctgov-nct03280056-2022-10-06", "ctgov-nct03280056-classic-csv"], study.SourceIds.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Dataset_IsLoadedOnceForEveryThread()
    {
        var seen = new EvidenceDataset[16];

        Parallel.For(0, seen.Length, i => seen[i] = SampleDataset.Dataset);

        Assert.All(seen, d => Assert.Same(SampleDataset.Dataset, d));
    }

    [Fact]
    public void OpenJson_IsTheDocumentTheLibraryWritesWithAFinalNewline()
    {
        using var stream = SampleDataset.OpenJson();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        Assert.Equal([.. StemCellJson.SerializeToUtf8Bytes(StemCellJson.Deserialize(copy.ToArray())), (byte)'\n'], copy.ToArray());
    }

    [Fact]
    public void TheSeedArticlesStudiesCiteItAsASecondaryReportAndInventNothing()
    {
        var source = Article;

        Assert.Same(EvidenceKind.SecondaryReport, source.EvidenceKind);
        Assert.Null(source.PublicationDate);
        Assert.Null(source.Locator);
        Assert.Contains("2023", source.Notes, StringComparison.Ordinal);
        Assert.Contains("2024", source.Notes, StringComparison.Ordinal);
        Assert.All(Sample.Studies.Take(3), study =>
        {
            Assert.Equal([source.Id], study.SourceIds.ToArray());
            Assert.Empty(study.RegistryIdentifiers);
            Assert.Null(study.Enrollment);
            Assert.Equal(PartialDate.FromYear(2023), study.ReportedIn);
        });
    }

    [Fact]
    public void CambridgeMscTrial_IsPhase2InRrmsWithLessInflammationRemyelinationAndGoodTolerability()
    {
        var study = Study("University of Cambridge");

        Assert.Same(TrialPhase.Phase2, study.Phase);
        Assert.Equal([DiseaseCourse.RelapsingRemittingMs], study.Courses.ToArray());
        Assert.Same(StemCellType.Mesenchymal, Assert.Single(study.Interventions).StemCellType);
        Assert.Contains(study.Findings, f => f.OutcomeMeasure == OutcomeMeasure.CnsInflammation && f.Direction == OutcomeDirection.Improved);
        Assert.Contains(study.Findings, f => f.OutcomeMeasure == OutcomeMeasure.RemyelinationOnMri && f.Direction == OutcomeDirection.Improved);
        Assert.Same(Tolerability.WellTolerated, study.Safety?.Tolerability);
    }

    [Fact]
    public void ClevelandHsctStudy_ReportsEightyPercentWithoutProgressionAtThreeYearsWithNoDenominator()
    {
        var study = Study("Cleveland Clinic");
        var intervention = Assert.Single(study.Interventions);
        var noProgression = Assert.Single(study.Findings, f => f.OutcomeMeasure == OutcomeMeasure.DisabilityProgression);
        var proportion = Assert.IsType<Proportion>(noProgression.Result);

        Assert.Equal([DiseaseCourse.SecondaryProgressiveMs], study.Courses.ToArray());
        Assert.Same(StemCellType.Hematopoietic, intervention.StemCellType);
        Assert.Same(DonorOrigin.Autologous, intervention.DonorOrigin);
        Assert.True(intervention.IsHematopoieticStemCellTransplant);
        Assert.Equal(0.8m, proportion.Value);
        Assert.Null(proportion.Denominator);
        Assert.Equal(NodaTime.Period.FromYears(3), noProgression.TimeFrame);
        Assert.Contains(study.Findings, f => f.OutcomeMeasure == OutcomeMeasure.Mobility && f.Population.Description == "Many");
        Assert.Contains(study.Findings, f => f.OutcomeMeasure == OutcomeMeasure.NeurologicalSymptoms && f.Population.Description == "Many");
        Assert.Contains(study.Safety!.Risks, r => r.Contains("chemotherapy", StringComparison.Ordinal));
    }

    [Fact]
    public void JohnsHopkinsNscStudy_SlowedMotorDeclineWithMildGainsInSomeAndThreeProposedMechanisms()
    {
        var study = Study("Johns Hopkins University");
        var intervention = Assert.Single(study.Interventions);

        Assert.Same(Disease.AmyotrophicLateralSclerosis, study.Disease);
        Assert.Same(StemCellType.Neural, intervention.StemCellType);
        Assert.Equal(new[] { DeliveryRoute.Intraspinal }, intervention.DeliveryRoutes);
        Assert.Contains(study.Findings, f => f.OutcomeMeasure == OutcomeMeasure.MotorFunction && f.Direction == OutcomeDirection.SlowedDecline);
        Assert.Contains(study.Findings, f => f.OutcomeMeasure == OutcomeMeasure.MuscleStrength && f.Population.Description == "some patients");
        Assert.Contains(study.Findings, f => f.OutcomeMeasure == OutcomeMeasure.Coordination && f.Population.Description == "some patients");
        Assert.Equal(
            [Mechanism.Neuroprotection, Mechanism.NeurotrophicSupport, Mechanism.CellReplacement],
            study.Mechanisms.Select(m => m.Mechanism).ToArray());
    }

    [Fact]
    public void TheArticlesBenefitsChallengesDiseasesAndCellTypes_AreClaimsOfItsSource()
    {
        var claimed = Article.Claims.Select(c => c.Term).ToHashSet();

        Assert.All(TherapeuticBenefit.All, b => Assert.Contains(b, claimed));
        Assert.All([Challenge.OptimizingCellDelivery, Challenge.ImmuneRejectionAndSafety, Challenge.AccessAndCost], c => Assert.Contains(c, claimed));
        Assert.All(Disease.All, d => Assert.Contains(d, claimed));
        Assert.All([StemCellType.Mesenchymal, StemCellType.InducedPluripotent, StemCellType.Neural], t => Assert.Contains(t, claimed));
    }

    private static Source Article => Sample.Sources[0];

    private static Study Study(string institution) => Assert.Single(Sample.Studies.Take(3), s => s.Institutions.Any(i => i.Name == institution));
}
