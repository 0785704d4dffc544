using StemCell.Domain;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// The Explorer end to end through <see cref="ExplorerApp.Run"/>, one partial file per group of commands. This part
/// covers what every command shares: the command list, help, and usage errors.
/// </summary>
public partial class ExplorerAppTests
{
    /// <summary>Every command, with arguments that make it succeed; a new command must be added here, and so be tested.</summary>
    private static readonly string[][] Commands =
    [
        ["summary"],
        ["charts"],
        ["diseases"],
        ["cell-types"],
        ["challenges"],
        ["benefits"],
        ["studies"],
        ["study", "johns-hopkins-nsc-als-2023"],
        ["study", "nct04745299"],
        ["vocabulary"],
        ["schema"],
        ["export"],
        ["validate", RepositoryFiles.TestData("empty-dataset.json")],
        ["import", "ctgov", RepositoryFiles.TestData(Path.Combine("ctgov", "mesenchymal_NurOwn.csv")), "--out", ImportedDatasetPath],
    ];

    /// <summary>Commands that need a server; each has its own test against a loopback one.</summary>
    private static readonly string[] ServerCommands = ["fetch"];

    /// <summary>Where the command list's import writes its dataset: a file of this test process, in the temporary folder.</summary>
    private static string ImportedDatasetPath => Path.Combine(Path.GetTempPath(), $"stemcell-explorer-tests-{Environment.ProcessId}.json");

    public static TheoryData<string[]> EveryCommand
    {
        get
        {
            var data = new TheoryData<string[]>();
            foreach (var command in Commands)
            {
                data.Add(command);
            }

            return data;
        }
    }

    [Fact]
    public void RootCommand_HasExactlyTheTestedCommands()
    {
        var root = ExplorerApp.CreateRootCommand(new ExplorerContext(TextWriter.Null, TextWriter.Null, Rendering.OutputStyle.Plain, width: null));

        Assert.Equal(Commands.Select(c => c[0]).Distinct().Concat(ServerCommands).Order(), root.Subcommands.Select(c => c.Name).Order());
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void EveryCommand_Succeeds(string[] args)
    {
        var result = Cli.Run(args).Succeeded();

        Assert.NotEmpty(result.Output);
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void EveryCommand_Help_DescribesItAndExits0(string[] args)
    {
        var result = Cli.Run(args[0], "--help").Succeeded();

        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains($" {args[0]}", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_ListsEveryCommand(string option)
    {
        var result = Cli.Run(option).Succeeded();

        Assert.All(Commands, command => Assert.Contains($"  {command[0]}", result.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Version_PrintsTheVersionAndExits0()
    {
        var result = Cli.Run("--version").Succeeded();

        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("studies", "--frobnicate")]
    [InlineData("studies", "--disease")]
    [InlineData("summary", "extra")]
    [InlineData("export", "--out")]
    [InlineData("validate")]
    [InlineData("validate", "a.json", "b.json")]
    [InlineData("study")]
    public void UsageError_Exits2WithTheProblemAndWhereToGetHelp(params string[] args)
    {
        var result = Cli.Run(args).Failed(ExitCodes.UsageError);

        Assert.StartsWith("error: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", result.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_NamesIt()
    {
        var result = Cli.Run("studies", "--colour", "red").Failed(ExitCodes.UsageError);

        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'StemCell.Explorer studies --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("args", () => ExplorerApp.Run(null!, TextWriter.Null, TextWriter.Null));
        Assert.Throws<ArgumentNullException>("output", () => ExplorerApp.Run([], null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>("error", () => ExplorerApp.Run([], TextWriter.Null, null!));
    }

    [Fact]
    public void Output_ToAWriterThatIsNotTheConsole_IsPlainText()
    {
        var result = Cli.Run("summary").Succeeded();

        Assert.DoesNotContain('\u001b', result.Output);
        Assert.DoesNotContain('│', result.Output);
        Assert.All(result.Output.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void Output_Rich_DrawsBorderedTablesWithoutEscapeCodes()
    {
        var result = Cli.RunRich(120, "summary").Succeeded();

        Assert.Contains("╭", result.Output, StringComparison.Ordinal);
        Assert.Contains("│ amyotrophic-lateral-sclerosis │ Amyotrophic lateral sclerosis │ 8 ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public void Output_Rich_NeverBreaksAnIdentifier()
    {
        var result = Cli.RunRich(80, "studies").Succeeded();

        Assert.Contains("cleveland-clinic-ahsct-spms-2023", result.Output, StringComparison.Ordinal);
        Assert.All(SampleDataset.Dataset.Studies, s => Assert.Contains(s.Id, result.Output, StringComparison.Ordinal));
    }
}
