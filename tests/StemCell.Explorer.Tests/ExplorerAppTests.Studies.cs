using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StemCell.Domain;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>The <c>studies</c> query and the <c>study</c> detail view.</summary>
public partial class ExplorerAppTests
{
    private const string JohnsHopkins = "johns-hopkins-nsc-als-2023";
    private const string Cambridge = "cambridge-msc-rrms-2023";
    private const string ClevelandClinic = "cleveland-clinic-ahsct-spms-2023";

    /// <summary>The registry's ALS trials, in the dataset's order.</summary>
    private static readonly string[] AlsTrials = ["nct04745299", "nct01051882", "nct02017912", "nct03280056", "nct04681118", "nct01777646", "nct04821479"];

    [Theory]
    [InlineData("als")]
    [InlineData("ALS")]
    [InlineData("amyotrophic-lateral-sclerosis")]
    [InlineData("Lou Gehrig's disease")]
    public void Studies_DiseaseAls_ListsTheAlsStudies(string disease)
    {
        var result = Cli.Run("studies", "--disease", disease).Succeeded();

        Assert.StartsWith("Studies where disease is amyotrophic-lateral-sclerosis\n", result.Output, StringComparison.Ordinal);
        Assert.Equal([JohnsHopkins, .. AlsTrials], ListedStudies(result));
        Assert.Matches(
            $@"(?m)^{JohnsHopkins} +- +ALS +- +neural +intraspinal +- +- +Johns Hopkins University +- +2023$",
            result.Output);
    }

    [Fact]
    public void Studies_NoOption_ListsEveryStudy()
    {
        var result = Cli.Run("studies").Succeeded();

        Assert.StartsWith("All studies\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(SampleDataset.Dataset.Studies.Select(s => s.Id), ListedStudies(result));
    }

    // The expected studies were checked against the registry records (src/StemCell.Domain/SampleData/ctgov-2022-10) and the
    // seed article; the first five are the researcher's questions of the README's tour.
    [Theory]
    [InlineData(new[] { "--disease", "als", "--cell-type", "msc", "--min-phase", "phase-3" }, new[] { "nct04745299", "nct03280056" })]
    [InlineData(
        new[] { "--disease", "ms", "--course", "progressive-ms", "--route", "intrathecal" },
        new[] { "nct03799718", "nct04823000", "nct04749667", "nct01933802", "nct03355365", "nct05532943", "nct03822858", "nct02166021" })]
    [InlineData(
        new[] { "--donor", "allogeneic", "--tissue", "umbilical-cord-tissue" },
        new[] { "nct02034188", "nct05003388", "nct05532943", "nct03326505", "nct02587715", "nct02418325" })]
    [InlineData(new[] { "--status", "recruiting" }, new[] { "nct04745299", "nct04749667", "nct05003388", "nct05116540", "nct04956744" })]
    [InlineData(
        new[] { "--started-from", "2016" },
        new[]
        {
            "nct04745299", "nct03799718", "nct03280056", "nct04749667", "nct03355365", "nct05003388", "nct05532943", "nct03326505",
            "nct05116540", "nct04956744", "nct03069170", "nct04821479",
        })]
    [InlineData(new[] { "--course", "secondary progressive ms", "--started-from", "2018" }, new[] { "nct04749667", "nct03355365", "nct05532943" })]
    [InlineData(new[] { "--course", "RRMS", "--started-to", "2011" }, new[] { "nct01377870", "nct01228266", "nct00813969" })]
    [InlineData(new[] { "--cell-type", "neural", "--route", "intraspinal" }, new[] { JohnsHopkins })]
    [InlineData(new[] { "--phase", "phase II", "--disease", "als" }, new[] { "nct02017912", "nct01777646" })]
    [InlineData(new[] { "--phase", "phase 2", "--disease", "als" }, new[] { "nct02017912", "nct01777646" })]
    [InlineData(new[] { "--disease", "ms", "--cell-type", "hsc" }, new[] { ClevelandClinic })]
    [InlineData(new[] { "--disease", "als", "--route", "intravenous" }, new string[0])]
    [InlineData(new[] { "--donor", "allogeneic", "--disease", "als" }, new string[0])]
    [InlineData(new[] { "--min-enrollment", "100" }, new[] { "nct04745299", "nct03280056" })]
    [InlineData(new[] { "--registry-id", "NCT03280056" }, new[] { "nct03280056" })]
    [InlineData(new[] { "--registry-id", "NCT99999999" }, new string[0])]
    public void Studies_Options_ListTheStudiesThatMatchEveryOne(string[] options, string[] expected)
    {
        var result = Cli.Run(["studies", .. options]).Succeeded();

        Assert.Equal(expected, ListedStudies(result));
    }

    [Fact]
    public void Studies_PhaseThreeAls_ListsNurOwnAndLenzumestrocelWithTheirRegistryIdsStatusAndStart()
    {
        var result = Cli.Run("studies", "--disease", "als", "--min-phase", "phase-3").Succeeded();

        Assert.Matches(
            "(?m)^nct04745299 +NCT04745299 +ALS +sporadic-als, familial-als +mesenchymal +- +phase-3 +recruiting +Corestem, Inc. +2021-03-23 +-$",
            result.Output);
        Assert.Matches("(?m)^nct03280056 +NCT03280056 +ALS +- +mesenchymal +intrathecal +phase-3 +completed +Brainstorm-Cell Therapeutics, .* +2017-08-28 +-$", result.Output);
    }

    [Fact]
    public void Studies_Registry_ListsEveryRegistryTrialAndNoneOfTheArticlesStudies()
    {
        var result = Cli.Run("studies", "--registry", "clinicaltrials-gov").Succeeded();

        Assert.Equal([.. SampleDataset.Dataset.Studies.Skip(3).Select(s => s.Id)], ListedStudies(result));
        Assert.DoesNotContain(JohnsHopkins, ListedStudies(result));
    }

    [Fact]
    public void Studies_NothingMatches_SaysSoAndSucceeds()
    {
        var result = Cli.Run("studies", "--cell-type", "ipsc").Succeeded();

        Assert.Contains("Studies (0)\n(none)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("No study matches.", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--disease", "parkinsons", "disease", "multiple-sclerosis, amyotrophic-lateral-sclerosis")]
    [InlineData("--course", "ppmss", "disease-course", "clinically-isolated-syndrome, relapsing-remitting-ms")]
    [InlineData("--cell-type", "stem", "stem-cell-type", "mesenchymal, induced-pluripotent, neural, hematopoietic, embryonic")]
    [InlineData("--route", "oral", "delivery-route", "intravenous, intrathecal, intraspinal")]
    [InlineData("--phase", "phase 5", "trial-phase", "not-applicable, early-phase-1, phase-1")]
    [InlineData("--min-phase", "", "trial-phase", "not-applicable, early-phase-1")]
    public void Studies_UnknownValue_IsAUsageErrorListingTheValidCodes(string option, string value, string vocabulary, string codes)
    {
        var result = Cli.Run("studies", option, value).Failed(ExitCodes.UsageError);

        Assert.Contains($"'{value}' is not a {vocabulary} code for {option}. Expected one of: {codes}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min-enrollment", "-1", "--min-enrollment must be zero or more.")]
    [InlineData("--started-from", "0", "A year is from 1 to 9999; 0 is not.")]
    [InlineData("--started-to", "10000", "A year is from 1 to 9999; 10000 is not.")]
    public void Studies_NumberOutOfRange_IsAUsageError(string option, string value, string message)
    {
        var result = Cli.Run("studies", option, value).Failed(ExitCodes.UsageError);

        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Studies_MinimumPhaseNotApplicable_IsAUsageError()
    {
        var result = Cli.Run("studies", "--min-phase", "N/A").Failed(ExitCodes.UsageError);

        Assert.Contains("'not-applicable' is not a phase, so it cannot be a minimum", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Study_ShowsWhatTheDatasetRecordsAboutIt()
    {
        var result = Cli.Run("study", JohnsHopkins).Succeeded();

        Assert.StartsWith("Neural stem cells injected into the spinal cord in amyotrophic lateral sclerosis\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Institutions: Johns Hopkins University\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Phase:        not stated\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Findings (3)", result.Output, StringComparison.Ordinal);
        Assert.Matches("(?m)^motor-function +slowed-decline +all participants .*\"the treatment appeared to slow down the loss of motor function\"$", result.Output);
        Assert.Matches("(?m)^cell-replacement +\"potentially replacing damaged motor neurons\"$", result.Output);
        Assert.Matches("(?m)^optimizing-cell-delivery +Optimizing cell delivery$", result.Output);
    }

    [Fact]
    public void Study_ARegistryTrial_ShowsItsRegistryFactsEachSourceAndTheEvidenceOfItsValues()
    {
        var result = Cli.Run("study", "nct03280056").Succeeded();

        Assert.Contains("Enrollment:   263 (actual)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Started:      2017-08-28 (actual)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Scales:       alsfrs-r\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Source:       ctgov-nct03280056-2022-10-06: NCT03280056: Safety and Efficacy", result.Output, StringComparison.Ordinal);
        Assert.Contains("Source:       ctgov-nct03280056-classic-csv: NCT03280056: Safety and Efficacy", result.Output, StringComparison.Ordinal);
        Assert.Matches(
            "(?m)^delivery-route intrathecal +ctgov-nct03280056-2022-10-06 arms\\[0\\]\\.description +\"Three Intrathecal administrations of NurOwn® \\(MSC-NTF cells\\) at bi-monthly intervals\"$",
            result.Output);
    }

    [Fact]
    public void Study_ACuratedValue_ShowsItsPhraseAndTheReasonInTheNotes()
    {
        var result = Cli.Run("study", "nct04745299").Succeeded();

        Assert.Matches("(?m)^tissue-source bone-marrow +ctgov-nct04745299-2022-10-06 interventionOtherNames\\[1\\] +\"Autologous Bone Marrow derived Mesenchymal Stem Cell\"$", result.Output);
        Assert.Contains("Notes: Curated, tissue-source bone-marrow: The classic API lists the other names", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Study_WithSafetyAndAResult_ShowsThem()
    {
        var result = Cli.Run("study", ClevelandClinic).Succeeded();

        Assert.Matches("(?m)^disability-progression +stabilized +all participants +80% +P3Y +\"80% of participants", result.Output);
        Assert.Contains("Risks:          the chemotherapy involved\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Notes: The article says the study was conducted in 2023", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Studies_FormatJson_WritesAnArrayOfTheMatchingStudiesAsTheLibraryWritesAStudy()
    {
        var expected = SampleDataset.Dataset.Studies.Where(s => s.Disease == Disease.MultipleSclerosis).ToList();

        var result = Cli.Run("studies", "--disease", "ms", "--format", "json").Succeeded();

        var written = JsonNode.Parse(result.Output)!.AsArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, written.Count);
        Assert.All(expected.Zip(written), pair => Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(pair.First, StemCellJson.StudyTypeInfo)), pair.Second),
            $"{pair.First.Id} is not written as the library writes it"));
    }

    [Fact]
    public void Studies_FormatCsv_WritesAHeaderAndOneRecordPerStudy()
    {
        var studies = SampleDataset.Dataset.Studies;

        var result = Cli.Run("studies", "--format", "csv").Succeeded();

        var records = Csv.Parse(result.Output);
        Assert.Equal(
            ["id", "title", "disease", "courses", "cell_types", "routes", "phase", "status", "start_year", "enrollment", "registry_ids"],
            records[0]);
        Assert.Equal(studies.Length, records.Count - 1);
        Assert.All(studies.Zip(records.Skip(1)), pair =>
        {
            var (study, record) = pair;
            Assert.Equal(11, record.Count);
            Assert.Equal(study.Id, record[0]);
            Assert.Equal(study.Title, record[1]);
            Assert.Equal(study.Disease.Code, record[2]);
            Assert.Equal(study.Courses.Select(c => c.Code), record[3].Split('|', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(study.Enrollment?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, record[9]);
            Assert.Equal(study.RegistryIdentifiers.Select(r => r.Value), record[10].Split('|', StringSplitOptions.RemoveEmptyEntries));
        });
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Studies_MachineFormatNothingMatches_WritesOnlyTheEmptyData(string format)
    {
        var result = Cli.Run("studies", "--cell-type", "ipsc", "--format", format).Succeeded();

        Assert.Equal(format == "json" ? "[]\n" : "id,title,disease,courses,cell_types,routes,phase,status,start_year,enrollment,registry_ids\r\n", result.Output);
    }

    [Fact]
    public void Studies_FormatUnknown_IsAUsageError()
    {
        var result = Cli.Run("studies", "--format", "xml").Failed(ExitCodes.UsageError);

        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
    }

    private static string[] ListedStudies(ExplorerResult result) =>
        [.. SampleDataset.Dataset.Studies.Select(s => s.Id).Where(id => result.OutputLines.Any(line => line.StartsWith(id + " ", StringComparison.Ordinal)))];
}
