using StemCell.Domain.Model;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Tests.TestSupport;

/// <summary>Runs the Explorer through its entry point, as the program does, and captures what it prints.</summary>
internal static class Cli
{
    internal static ExplorerResult Run(params string[] args) => Run(OutputStyle.Auto, width: null, args);

    internal static ExplorerResult RunRich(int width, params string[] args) => Run(OutputStyle.Rich, width, args);

    internal static ExplorerResult RunPlain(int width, params string[] args) => Run(OutputStyle.Plain, width, args);

    /// <summary>Runs the Explorer over another dataset than the embedded sample.</summary>
    internal static ExplorerResult RunOver(EvidenceDataset dataset, OutputStyle style, int? width, params string[] args) =>
        Run(style, width, args, dataset);

    private static ExplorerResult Run(OutputStyle style, int? width, string[] args, EvidenceDataset? dataset = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ExplorerApp.RunOver(dataset, args, output, error, style, width);
        return new ExplorerResult(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run of the Explorer did.</summary>
internal sealed record ExplorerResult(int ExitCode, string Output, string Error)
{
    internal string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    internal string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts a successful run that printed nothing on standard error.</summary>
    internal ExplorerResult Succeeded()
    {
        Assert.True(ExitCode == ExitCodes.Success, $"Exit code {ExitCode}; standard error:\n{Error}");
        Assert.Equal(string.Empty, Error);
        return this;
    }

    /// <summary>Asserts a run that failed with one line per problem on standard error and nothing on standard output.</summary>
    internal ExplorerResult Failed(int exitCode)
    {
        Assert.True(ExitCode == exitCode, $"Exit code {ExitCode}, not {exitCode}; standard output:\n{Output}\nstandard error:\n{Error}");
        Assert.Equal(string.Empty, Output);
        Assert.NotEmpty(ErrorLines);
        AssertNoStackTrace();
        return this;
    }

    internal void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", Error, StringComparison.Ordinal);
    }
}
