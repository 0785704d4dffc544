using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// The <c>charts</c> command, checked against what the dataset holds rather than against today's text: every bar's
/// count is what a query (or, where there is none, a count) over the dataset's studies gives, for the embedded sample
/// and for the forty trials of the registry snapshots (<see cref="Datasets"/>).
/// </summary>
public partial class ExplorerAppTests
{
    private const string NotStated = "not stated";

    public static TheoryData<string> ChartDatasets => ["sample", "stretched"];

    public static TheoryData<string, int> ChartDatasetsAtEveryWidth
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var dataset in new[] { "sample", "stretched" })
            {
                foreach (var width in TerminalWidths)
                {
                    data.Add(dataset, width);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ChartDatasets))]
    public void Charts_EveryBar_CountsTheStudiesAQueryFinds(string datasetName)
    {
        var dataset = Datasets.Named(datasetName);

        var charts = PlainCharts.Parse(Cli.RunOver(dataset, OutputStyle.Plain, width: null, "charts").Succeeded().Output);

        Assert.Equal(
            ExpectedCharts(dataset).SelectMany(chart => chart.Bars.Select(bar => $"{chart.By} | {bar.Label} | {bar.Count}")),
            charts.SelectMany(chart => chart.Bars.Select(bar => $"{chart.By} | {bar.Label} | {bar.Count}")));
    }

    [Theory]
    [MemberData(nameof(ChartDatasets))]
    public void Charts_Titles_CountTheStudiesCharted(string datasetName)
    {
        var studies = Datasets.Named(datasetName).Studies;

        var result = Cli.RunOver(Datasets.Named(datasetName), OutputStyle.Plain, width: null, "charts").Succeeded();

        var charts = PlainCharts.Parse(result.Output);

        Assert.StartsWith($"The dataset in charts: {studies.Length} stud", result.Output, StringComparison.Ordinal);
        Assert.All(charts.Where(c => !c.By.StartsWith("phase: ", StringComparison.Ordinal)), chart => Assert.Equal(studies.Length, chart.Studies));
        Assert.All(
            charts.Where(c => c.By.StartsWith("phase: ", StringComparison.Ordinal)),
            chart => Assert.Equal(studies.Count(s => $"phase: {s.Disease.DisplayName}" == chart.By), chart.Studies));
        Assert.Equal(studies.Length, charts.Where(c => c.By.StartsWith("phase: ", StringComparison.Ordinal)).Sum(c => c.Studies));
    }

    [Theory]
    [MemberData(nameof(ChartDatasets))]
    public void Charts_OneValueAStudy_AddUpToTheStudies(string datasetName)
    {
        var studies = Datasets.Named(datasetName).Studies;

        var charts = PlainCharts.Parse(Cli.RunOver(Datasets.Named(datasetName), OutputStyle.Plain, width: null, "charts").Succeeded().Output);

        // A study has one phase, one status and one start date, stated or not: these charts divide the studies.
        var divisions = charts.Where(c => c.By.StartsWith("phase: ", StringComparison.Ordinal) || c.By is "status" or "year started").ToList();
        Assert.Equal(DiseasesOf(studies).Count + 2, divisions.Count);
        Assert.All(divisions, chart => Assert.Equal(chart.Studies, chart.Bars.Sum(b => b.Count)));

        // A study counts once under each of the others' values it states, or under "not stated": at least once.
        Assert.All(charts.Except(divisions), chart => Assert.True(chart.Bars.Sum(b => b.Count) >= chart.Studies, chart.Text));
    }

    [Fact]
    public void Charts_Plain_Default_FillsEightyColumns()
    {
        var charts = PlainCharts.Parse(Cli.Run("charts").Succeeded().Output);

        Assert.All(charts, chart => Assert.Equal(80, chart.Bars.Max(b => b.Line.Length)));
    }

    [Theory]
    [MemberData(nameof(ChartDatasetsAtEveryWidth))]
    public void Charts_Plain_BarsScaleToTheWidth(string datasetName, int width)
    {
        var result = Cli.RunOver(Datasets.Named(datasetName), OutputStyle.Plain, width, "charts").Succeeded();
        var charts = PlainCharts.Parse(result.Output);

        Assert.NotEmpty(charts);
        Assert.All(result.OutputLines, line => Assert.True(line.Length <= width, $"{line.Length} columns: {line}"));
        Assert.All(charts, chart =>
        {
            var largest = chart.Bars.Max(b => b.Count);
            var longest = chart.Bars.Max(b => b.Length);

            // The biggest count has the longest bar and fills the width; every other bar is in proportion, to a column.
            Assert.All(chart.Bars.Where(b => b.Count == largest), bar => Assert.Equal(width, bar.Line.Length));
            Assert.All(chart.Bars.Where(b => b.Count == largest), bar => Assert.Equal(longest, bar.Length));
            Assert.All(chart.Bars, bar =>
            {
                var proportional = (double)bar.Count * longest / largest;
                Assert.InRange(bar.Length, Math.Floor(proportional), Math.Ceiling(proportional));
                Assert.Equal(bar.Count > 0, bar.Length > 0);
            });
        });
    }

    [Theory]
    [MemberData(nameof(ChartDatasetsAtEveryWidth))]
    public void Charts_Rich_FitTheWidthAndShowEveryCount(string datasetName, int width)
    {
        var dataset = Datasets.Named(datasetName);

        var result = Cli.RunOver(dataset, OutputStyle.Rich, width, "charts").Succeeded();


        Assert.All(result.OutputLines, line => Assert.True(line.Length <= width, $"{line.Length} columns: {line}"));
        Assert.DoesNotContain('\u001b', result.Output);
        foreach (var (by, bars) in ExpectedCharts(dataset))
        {
            Assert.Contains($"Studies by {by} (", result.Output, StringComparison.Ordinal);
            foreach (var (label, count) in bars)
            {
                // Phase and status are breakdowns, with a tag a part; the rest are bar charts, with the count after the bar.
                var shown = by.StartsWith("phase: ", StringComparison.Ordinal) || by == "status"
                    ? $@"■ {Regex.Escape(label)} {count} \(\d+%\)"
                    : $@"(?m)^ *{Regex.Escape(label)}  █* ?{count} *$";
                Assert.Matches(shown, result.Output);
            }
        }
    }

    [Theory]
    [InlineData("phase", "phase: ")]
    [InlineData("status", "status")]
    [InlineData("cell-type", "cell type")]
    [InlineData("tissue", "tissue source")]
    [InlineData("donor", "donor origin")]
    [InlineData("route", "delivery route")]
    [InlineData("year", "year started")]
    public void Charts_By_ShowsOnlyThatChart(string by, string title)
    {
        var all = PlainCharts.Parse(Cli.Run("charts").Succeeded().Output);

        var shown = PlainCharts.Parse(Cli.Run("charts", "--by", by).Succeeded().Output);

        Assert.NotEmpty(shown);
        Assert.Equal(all.Where(c => c.By.StartsWith(title, StringComparison.Ordinal)).Select(c => c.Text), shown.Select(c => c.Text));
    }

    [Fact]
    public void Charts_Help_ListsEveryChart()
    {
        var result = Cli.Run("charts", "--help").Succeeded();

        Assert.Contains("--by <chart>", result.Output, StringComparison.Ordinal);
        Assert.All(["phase", "status", "cell-type", "tissue", "donor", "route", "year"], chart => Assert.Contains(chart, result.Output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("Phase")]
    [InlineData("")]
    public void Charts_UnknownBy_IsAUsageErrorListingTheCharts(string by)
    {
        var result = Cli.Run("charts", "--by", by).Failed(ExitCodes.UsageError);

        Assert.Contains($"'{by}'", result.Error, StringComparison.Ordinal);
        Assert.Contains("'cell-type'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'StemCell.Explorer charts --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each chart's bars as the dataset's queries give them: the values some study states, in the vocabulary's order
    /// (years from the first to the last), then the studies that state none.
    /// </summary>
    private static List<(string By, IReadOnlyList<(string Label, int Count)> Bars)> ExpectedCharts(EvidenceDataset dataset)
    {
        var studies = dataset.Studies;
        var all = new DatasetIndex(dataset).Studies;
        var charts = new List<(string By, IReadOnlyList<(string Label, int Count)> Bars)>();
        foreach (var disease in DiseasesOf(studies))
        {
            var ofDisease = all.WithDisease(disease);
            charts.Add(($"phase: {disease.DisplayName}", Bars(
                TrialPhase.All,
                phase => ofDisease.WithPhase(phase).Execute().Length,
                ofDisease.Execute().Count(s => s.Phase is null))));
        }

        charts.Add(("status", Bars(StudyStatus.All, status => all.WithStatus(status).Execute().Length, studies.Count(s => s.Status is null))));
        charts.Add(("cell type", Bars(StemCellType.All, type => all.WithCellType(type).Execute().Length, studies.Count(s => s.Interventions.All(i => i.StemCellType is null)))));
        charts.Add(("tissue source", Bars(
            TissueSource.All,
            tissue => all.WithTissueSource(tissue).Execute().Length,
            studies.Count(s => s.Interventions.All(i => i.TissueSource is null)))));
        charts.Add(("donor origin", Bars(
            DonorOrigin.All,
            origin => studies.Count(s => s.Interventions.Any(i => i.DonorOrigin == origin)),
            studies.Count(s => s.Interventions.All(i => i.DonorOrigin is null)))));
        charts.Add(("delivery route", Bars(
            DeliveryRoute.All,
            route => all.WithRoute(route).Execute().Length,
            studies.Count(s => s.Interventions.All(i => i.DeliveryRoutes.IsEmpty)))));

        var years = studies.Where(s => s.StartDate is not null).Select(s => s.StartDate!.Value.Year).ToList();
        var firstToLast = years.Count == 0 ? [] : Enumerable.Range(years.Min(), years.Max() - years.Min() + 1);
        charts.Add(("year started",
        [
            .. firstToLast.Select(year => (year.ToString(System.Globalization.CultureInfo.InvariantCulture), years.Count(y => y == year))),
            .. NotStatedBar(studies.Length - years.Count),
        ]));
        return charts;
    }

    private static IReadOnlyList<(string Label, int Count)> Bars<TTerm>(IEnumerable<TTerm> terms, Func<TTerm, int> count, int notStated)
        where TTerm : IVocabularyTerm =>
        [.. terms.Select(term => (term.Code, count(term))).Where(bar => bar.Item2 > 0), .. NotStatedBar(notStated)];

    /// <summary>The diseases some of the studies are of, in the vocabulary's order.</summary>
    private static IReadOnlyList<Disease> DiseasesOf(ImmutableArray<Study> studies) => [.. Disease.All.Where(d => studies.Any(s => s.Disease == d))];

    private static IEnumerable<(string Label, int Count)> NotStatedBar(int count) => count > 0 ? [(NotStated, count)] : [];
}
