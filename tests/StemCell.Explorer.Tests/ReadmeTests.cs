using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>The README says what the code does: its commands, the Explorer's output, and the Explorer's commands.</summary>
public class ReadmeTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(RepositoryFiles.Readme).ReplaceLineEndings("\n"));

    [Fact]
    public void Readme_OpensWithTheCommandToRunTheExplorerAndTheCommandToTest()
    {
        Assert.StartsWith("# StemCell.Domain\n\n```bash\n", Readme.Value, StringComparison.Ordinal);
        var lines = Markdown.CodeBlocks(Readme.Value)[0].Code.Split('\n');

        Assert.StartsWith("dotnet run --project samples/StemCell.Explorer ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("dotnet test StemCell.Domain.sln -c Release ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_ShowsWhatTheFirstCommandPrints()
    {
        // What a terminal 100 columns wide shows; the README trims the spaces Spectre.Console pads lines with.
        var expected = string.Join('\n', Cli.RunRich(100).Succeeded().Output.TrimEnd('\n').Split('\n').Select(line => line.TrimEnd()));

        var shown = Markdown.CodeBlocks(Readme.Value).First(b => b.Language == "text").Code.TrimEnd('\n');

        Assert.Equal(expected, shown);
    }

    [Fact]
    public void Readme_DescribesEveryExplorerCommand()
    {
        var section = Readme.Value[Readme.Value.IndexOf("### Explorer commands", StringComparison.Ordinal)..];
        var root = ExplorerApp.CreateRootCommand(new ExplorerContext(TextWriter.Null, TextWriter.Null, Rendering.OutputStyle.Plain, width: null));

        Assert.All(root.Subcommands, command => Assert.Contains($"`{command.Name}", section, StringComparison.Ordinal));
    }
}
