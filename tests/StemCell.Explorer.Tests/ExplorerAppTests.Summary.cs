using StemCell.Domain;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>The summary and the commands that list one vocabulary's terms.</summary>
public partial class ExplorerAppTests
{
    [Fact]
    public void NoCommand_PrintsTheSummary()
    {
        Assert.Equal(Cli.Run("summary").Succeeded().Output, Cli.Run().Succeeded().Output);
    }

    [Fact]
    public void Summary_ShowsTheSampleAtAGlance()
    {
        var result = Cli.Run("summary").Succeeded();

        Assert.StartsWith("StemCell.Domain sample dataset\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Source:   Stem cell therapy in multiple sclerosis and amyotrophic lateral sclerosis", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sources:  46 registry records from ClinicalTrials.gov\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Contents: 44 studies, 2 diseases, 4 cell types, 4 benefits, 3 challenges", result.Output, StringComparison.Ordinal);
        Assert.Contains("Diseases (2)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Cell types (4)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Benefits (4)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Challenges (3)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_PhasesTable_CountsEachDiseasesStudiesByPhase()
    {
        var result = Cli.Run("summary").Succeeded();

        // Checked against the registry records: the two phase 3 trials are NurOwn's and lenzumestrocel's, both in ALS;
        // the studies of no phase are the seed article's two and the ALS and MS expanded-access records.
        Assert.Contains("Phases (5)", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.OutputLines, line => System.Text.RegularExpressions.Regex.IsMatch(line, "^phase-3 +0 +2 +2$"));
        Assert.Contains(result.OutputLines, line => System.Text.RegularExpressions.Regex.IsMatch(line, "^not stated +2 +2 +4$"));
        Assert.Equal(
            SampleDataset.Dataset.Studies.Length,
            result.Output.Split('\n').SkipWhile(l => !l.StartsWith("Phases", StringComparison.Ordinal)).Skip(3).TakeWhile(l => l.Length > 0)
                .Sum(l => int.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Summary_ListsOnlyTheCellTypesTheSampleStates()
    {
        var result = Cli.Run("summary").Succeeded();

        Assert.Contains(result.OutputLines, line => line.StartsWith("induced-pluripotent ", StringComparison.Ordinal));
        Assert.DoesNotContain("embryonic", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diseases_ListsEachDiseaseAndCourseWithItsSampleStudies()
    {
        var result = Cli.Run("diseases").Succeeded();

        Assert.Contains(result.OutputLines, line => line.StartsWith("multiple-sclerosis ", StringComparison.Ordinal) && line.EndsWith(" 36", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("amyotrophic-lateral-sclerosis ", StringComparison.Ordinal) && line.EndsWith(" 8", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("secondary-progressive-ms ", StringComparison.Ordinal) && line.EndsWith(" 19", StringComparison.Ordinal));

        // A study of secondary or primary progressive MS is also one of progressive MS.
        Assert.Contains(result.OutputLines, line => line.StartsWith("progressive-ms ", StringComparison.Ordinal) && line.EndsWith(" 23", StringComparison.Ordinal));
        Assert.Contains("Courses (7)", result.Output, StringComparison.Ordinal);

        // Both apostrophes are synonyms, so either is found; the table shows the name once.
        Assert.Contains("ALS, Lou Gehrig's disease ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Lou Gehrig\u2019s", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CellTypes_ListsEveryCellType()
    {
        var result = Cli.Run("cell-types").Succeeded();

        Assert.Contains("Cell types (5)", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.OutputLines, line => line.StartsWith("neural ", StringComparison.Ordinal) && line.Contains("fetal-neural-tissue", StringComparison.Ordinal));
    }

    [Fact]
    public void Challenges_ListsEveryChallengeAndWhetherTheSampleCitesIt()
    {
        var result = Cli.Run("challenges").Succeeded();

        Assert.Contains("Challenges (6)", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^access-and-cost +Access and cost +any +any +yes +", result.Output);
        Assert.Matches(@"(?m)^tumorigenicity +Tumorigenicity +any +induced-pluripotent, embryonic +no +", result.Output);
    }

    [Theory]
    [InlineData("--route", "intraspinal", "optimizing-cell-delivery")]
    [InlineData("--route", "spinal cord injection", "optimizing-cell-delivery")]
    [InlineData("--cell-type", "iPSC", "immune-rejection-and-safety", "manufacturing-consistency", "tumorigenicity")]
    [InlineData("--route", "iv")]
    public void Challenges_Filtered_ListsTheChallengesSpecificToIt(string option, string value, params string[] expected)
    {
        var result = Cli.Run("challenges", option, value).Succeeded();

        var listed = Challenge.All.Where(c => result.OutputLines.Any(line => line.StartsWith(c.Code + " ", StringComparison.Ordinal)));
        Assert.Equal(expected, listed.Select(c => c.Code));
    }

    [Fact]
    public void Challenges_RouteAndCellType_ListsThoseSpecificToBoth()
    {
        var result = Cli.Run("challenges", "--route", "intraspinal", "--cell-type", "neural").Succeeded();

        Assert.StartsWith("Challenges specific to route intraspinal and cell type neural\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Challenges (1)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Benefits_ListsEveryBenefitAsCited()
    {
        var result = Cli.Run("benefits").Succeeded();

        Assert.Contains("Benefits (4)", result.Output, StringComparison.Ordinal);
        Assert.All(TherapeuticBenefit.All, b => Assert.Matches($@"(?m)^{b.Code} .* yes +", result.Output));
    }

    [Fact]
    public void Benefits_Disease_ListsOnlyItsBenefits()
    {
        var result = Cli.Run("benefits", "--disease", "MS").Succeeded();

        Assert.StartsWith("Therapeutic benefits in Multiple sclerosis\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("immune-modulation ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("slowing-disease-progression", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Benefits_UnknownDisease_IsAUsageErrorListingTheCodes()
    {
        var result = Cli.Run("benefits", "--disease", "parkinsons").Failed(ExitCodes.UsageError);

        Assert.Contains("'parkinsons' is not a disease code for --disease. Expected one of: multiple-sclerosis, amyotrophic-lateral-sclerosis", result.Error, StringComparison.Ordinal);
    }
}
