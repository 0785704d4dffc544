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

    [Theory]
    [InlineData("als")]
    [InlineData("ALS")]
    [InlineData("amyotrophic-lateral-sclerosis")]
    [InlineData("Lou Gehrig's disease")]
    public void Studies_DiseaseAls_ListsTheJohnsHopkinsStudy(string disease)
    {
        var result = Cli.Run("studies", "--disease", disease).Succeeded();

        Assert.StartsWith("Studies where disease is amyotrophic-lateral-sclerosis\n", result.Output, StringComparison.Ordinal);
        Assert.Equal([JohnsHopkins], ListedStudies(result));
        Assert.Matches(
            $@"(?m)^{JohnsHopkins} +ALS +- +neural +intraspinal +- +Johns Hopkins University +2023$",
            result.Output);
    }

    [Fact]
    public void Studies_NoOption_ListsEveryStudy()
    {
        var result = Cli.Run("studies").Succeeded();

        Assert.StartsWith("All studies\n", result.Output, StringComparison.Ordinal);
        Assert.Equal([Cambridge, ClevelandClinic, JohnsHopkins], ListedStudies(result));
    }

    [Theory]
    [InlineData(new[] { "--disease", "ms" }, new[] { Cambridge, ClevelandClinic })]
    [InlineData(new[] { "--course", "RRMS" }, new[] { Cambridge })]
    [InlineData(new[] { "--course", "secondary progressive ms" }, new[] { ClevelandClinic })]
    [InlineData(new[] { "--cell-type", "msc" }, new[] { Cambridge })]
    [InlineData(new[] { "--cell-type", "neural", "--route", "intraspinal" }, new[] { JohnsHopkins })]
    [InlineData(new[] { "--phase", "phase II" }, new[] { Cambridge })]
    [InlineData(new[] { "--phase", "phase 2" }, new[] { Cambridge })]
    [InlineData(new[] { "--min-phase", "phase-1" }, new[] { Cambridge })]
    [InlineData(new[] { "--min-phase", "phase-3" }, new string[0])]
    [InlineData(new[] { "--disease", "ms", "--cell-type", "hsc" }, new[] { ClevelandClinic })]
    [InlineData(new[] { "--disease", "als", "--cell-type", "msc" }, new string[0])]
    [InlineData(new[] { "--route", "intravenous" }, new string[0])]
    [InlineData(new[] { "--donor", "autologous" }, new[] { ClevelandClinic })]
    [InlineData(new[] { "--donor", "allogeneic" }, new string[0])]
    [InlineData(new[] { "--min-enrollment", "0" }, new string[0])]
    [InlineData(new[] { "--started-from", "2016" }, new string[0])]
    [InlineData(new[] { "--registry-id", "NCT03280056" }, new string[0])]
    public void Studies_Options_ListTheStudiesThatMatchEveryOne(string[] options, string[] expected)
    {
        var result = Cli.Run(["studies", .. options]).Succeeded();

        Assert.Equal(expected, ListedStudies(result));
    }

    [Fact]
    public void Studies_NothingMatches_SaysSoAndSucceeds()
    {
        var result = Cli.Run("studies", "--route", "iv").Succeeded();

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
    public void Study_WithSafetyAndAResult_ShowsThem()
    {
        var result = Cli.Run("study", ClevelandClinic).Succeeded();

        Assert.Matches("(?m)^disability-progression +stabilized +all participants +80% +P3Y +\"80% of participants", result.Output);
        Assert.Contains("Risks:          the chemotherapy involved\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Notes: The article says the study was conducted in 2023", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-study")]
    [InlineData("JOHNS-HOPKINS-NSC-ALS-2023")]
    public void Study_UnknownId_IsAUsageErrorListingTheIds(string id)
    {
        var result = Cli.Run("study", id).Failed(ExitCodes.UsageError);

        Assert.Contains($"The sample dataset has no study with the id '{id}'. Its studies are: {Cambridge}, {ClevelandClinic}, {JohnsHopkins}.", result.Error, StringComparison.Ordinal);
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
        var result = Cli.Run("studies", "--route", "iv", "--format", format).Succeeded();

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
