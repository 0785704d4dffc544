using System.Collections.Immutable;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class EvidenceDatasetTests
{
    [Fact]
    public void Validate_SeedDataset_HasNoProblem()
    {
        var report = SeedArticle.Dataset.Validate();

        Assert.True(report.IsValid, report.ToString());
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void Validate_EmptyDataset_HasNoProblem()
    {
        Assert.True(EvidenceDataset.Empty.Validate().IsValid);
        Assert.Empty(EvidenceDataset.Empty.Sources);
        Assert.Empty(EvidenceDataset.Empty.Studies);
    }

    [Fact]
    public void Validate_DuplicateSourceId_IsReportedOnTheRepeat()
    {
        var dataset = new EvidenceDataset([SeedArticle.Source, SeedArticle.Source], [SeedArticle.Cambridge]);

        var problem = ProblemAssert.Single("sources[1].id", dataset.Validate());

        Assert.Contains("sources[0]", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"'{SeedArticle.SourceId}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateStudyIds_AreReportedOnEachRepeat()
    {
        var dataset = new EvidenceDataset([SeedArticle.Source], [SeedArticle.Cambridge, SeedArticle.Cleveland, SeedArticle.Cambridge, SeedArticle.Cambridge]);

        var report = dataset.Validate();

        ProblemAssert.Paths(["studies[2].id", "studies[3].id"], report);
        Assert.All(report.Problems, p => Assert.Contains("already used by studies[0]", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownSourceIds_AreReportedWhereTheyAreCited()
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        builder.SourceIds.Add("unknown-source");
        var finding = builder.Findings[1];
        builder.Findings[1] = new Finding(finding.OutcomeMeasure, finding.Direction, finding.Population, finding.Quote, ["missing-a", SeedArticle.SourceId, "missing-b"]);
        builder.Safety = new SafetyProfile(["nowhere"], Tolerability.WellTolerated);
        var dataset = new EvidenceDataset([SeedArticle.Source], [SeedArticle.Cleveland, builder.Build()]);

        var report = dataset.Validate();

        ProblemAssert.Paths(
            ["studies[1].findings[1].sourceIds[0]", "studies[1].findings[1].sourceIds[2]", "studies[1].safety.sourceIds[0]", "studies[1].sourceIds[1]"],
            report);
        Assert.Equal("'missing-a' is not the id of a source in this dataset.", report.Problems[0].Message);
    }

    [Fact]
    public void Validate_EvidenceFromASourceTheDatasetLacks_IsReportedAtItsSourceId()
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        builder.SourceIds.Add("unknown-source");
        builder.Evidence.Add(new TermEvidence(Disease.MultipleSclerosis, "conditions[0]", "multiple sclerosis", SeedArticle.SourceId));
        builder.Evidence.Add(new TermEvidence(Disease.MultipleSclerosis, "conditions[0]", "multiple sclerosis", "unknown-source"));
        builder.Evidence.Add(new TermEvidence(Disease.MultipleSclerosis, "conditions[0]", "multiple sclerosis", "uncited-source"));
        var dataset = new EvidenceDataset([SeedArticle.Source, new Source("uncited-source", "A source no study cites", EvidenceKind.RegistryRecord)], [builder.Build()]);

        var report = dataset.Validate();

        ProblemAssert.Paths(["studies[0].evidence[1].sourceId", "studies[0].evidence[2].sourceId", "studies[0].sourceIds[1]"], report);
        Assert.Equal("'unknown-source' is not the id of a source in this dataset.", report.Problems[0].Message);
        Assert.StartsWith("'uncited-source' is not one of the study's sourceIds", report.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StudiesWithoutTheirSource_ReportEveryCitation()
    {
        var report = new EvidenceDataset(sources: [], [SeedArticle.JohnsHopkins]).Validate();

        ProblemAssert.Paths(
            ["studies[0].findings[0].sourceIds[0]", "studies[0].findings[1].sourceIds[0]", "studies[0].findings[2].sourceIds[0]", "studies[0].sourceIds[0]"],
            report);
    }

    [Fact]
    public void Validate_EveryRuleBrokenAtOnce_ReportsEveryProblemWithItsPath()
    {
        var cambridge = SeedArticle.Cambridge.ToBuilder();
        cambridge.Courses.Add(DiseaseCourse.FamilialAls);
        var inflammation = cambridge.Findings[0];
        cambridge.Findings[0] = new Finding(inflammation.OutcomeMeasure, inflammation.Direction, inflammation.Population, inflammation.Quote, []);

        var cleveland = SeedArticle.Cleveland.ToBuilder();
        cleveland.Interventions[0] = new Intervention(StemCellType.Mesenchymal, donorOrigin: DonorOrigin.Autologous, conditioningRegimen: "intensive chemotherapy");
        cleveland.SourceIds[0] = "unknown-source";

        var dataset = new EvidenceDataset(
            [SeedArticle.Source, SeedArticle.Source],
            [cambridge.Build(), cleveland.Build(), SeedArticle.JohnsHopkins, SeedArticle.JohnsHopkins]);

        var report = dataset.Validate();

        ProblemAssert.Paths(
            [
                "sources[1].id",
                "studies[3].id",
                "studies[0].courses[1]",
                "studies[0].findings[0].sourceIds",
                "studies[1].interventions[0].stemCellType",
                "studies[1].sourceIds[0]",
            ],
            report);
        Assert.Equal(report.Problems.Length, report.ToString().Split('\n').Length);
    }

    [Fact]
    public void SingleValueRules_AreRejectedBeforeADatasetCanHoldThem()
    {
        // A numerator above its denominator, a non-positive time frame and an NCT id in the wrong format cannot be
        // constructed, so Validate never sees them; their try paths report them with a path for the JSON reader.
        Assert.Throws<ArgumentOutOfRangeException>("numerator", () => new Proportion(1m, 6, 5));
        Assert.Throws<ArgumentOutOfRangeException>("timeFrame", () => new Finding(
            OutcomeMeasure.DisabilityProgression, OutcomeDirection.Stabilized, Population.AllParticipants, "q", ["s"], timeFrame: Period.FromYears(-3)));
        Assert.Throws<ArgumentException>("value", () => new RegistryIdentifier(Registry.ClinicalTrialsGov, "NCT123"));

        Assert.False(Proportion.TryCreate(1m, 6, 5, out _, out var proportionProblems));
        ProblemAssert.Paths(["numerator"], proportionProblems);
        ProblemAssert.Paths(["timeFrame"], Finding.CheckTimeFrame(Period.Zero));
        Assert.False(RegistryIdentifier.TryCreate(Registry.ClinicalTrialsGov, "NCT123", out _, out var idProblems));
        ProblemAssert.Paths(["value"], idProblems);
    }

    [Fact]
    public void Create_NullElements_Throw()
    {
        Assert.Throws<ArgumentException>("sources", () => new EvidenceDataset([null!], []));
        Assert.Throws<ArgumentException>("studies", () => new EvidenceDataset([], [null!]));
    }

    [Fact]
    public void Create_DefaultImmutableArrays_AreEmpty()
    {
        var dataset = new EvidenceDataset(default(ImmutableArray<Source>), default(ImmutableArray<Study>));

        Assert.Empty(dataset.Sources);
        Assert.Empty(dataset.Studies);
        EqualityAssert.Equal(EvidenceDataset.Empty, dataset);
    }

    [Fact]
    public void Equality_ComparesSourcesAndStudiesElementByElement()
    {
        var copy = new EvidenceDataset(
            new List<Source> { SeedArticle.Source },
            new[] { SeedArticle.Cambridge.ToBuilder().Build(), SeedArticle.Cleveland.ToBuilder().Build(), SeedArticle.JohnsHopkins.ToBuilder().Build() });

        EqualityAssert.Equal(SeedArticle.Dataset, copy);
        EqualityAssert.NotEqual(SeedArticle.Dataset, new EvidenceDataset([SeedArticle.Source], [SeedArticle.Cleveland, SeedArticle.Cambridge, SeedArticle.JohnsHopkins]));
        EqualityAssert.NotEqual(SeedArticle.Dataset, new EvidenceDataset([], SeedArticle.Dataset.Studies));
        EqualityAssert.NotEqualToNullOrOtherTypes(SeedArticle.Dataset);
        Assert.Equal("1 source(s), 3 study(ies)", SeedArticle.Dataset.ToString());
    }
}
