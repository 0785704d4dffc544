using System.Reflection;
using System.Text.Json;
using StemCell.Domain;
using StemCell.Domain.Serialization;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// The README's quick start is <c>samples/StemCell.QuickStart</c>, word for word, and it runs and prints what the README
/// says. The sample writes to the console, so these tests take it over and never run beside another that does.
/// </summary>
[Collection(ConsoleCollection.Name)]
public class QuickStartTests
{
    private const string Begin = "// quick-start:begin\n";
    private const string End = "// quick-start:end\n";

    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(RepositoryFiles.Readme).ReplaceLineEndings("\n"));

    [Fact]
    public void Readme_QuickStart_IsTheSampleProgram()
    {
        var program = File.ReadAllText(RepositoryFiles.QuickStartProgram).ReplaceLineEndings("\n");
        var begin = program.IndexOf(Begin, StringComparison.Ordinal);
        var end = program.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"Program.cs must mark the quick start with '{Begin.Trim()}' and '{End.Trim()}'.");

        var snippet = program[(begin + Begin.Length)..end];

        Assert.Equal(snippet, Markdown.After(Readme.Value, "## Quick start", "csharp").Code);
    }

    [Fact]
    public void Sample_FindsTheAlsNeuralStemCellStudyAndRoundTripsItsJson()
    {
        var lines = RunSample().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var study = SampleDataset.Dataset.Studies.Single(s => s.Id == "johns-hopkins-nsc-als-2023");
        Assert.Equal("47 source(s), 44 study(ies)", lines[0]);
        Assert.Equal($"{study.Id}: {study.Title}", lines[1]);
        Assert.Equal(study.Findings.Select(f => $"  {f}"), lines[2..^2]);
        Assert.Equal(study, JsonSerializer.Deserialize(lines[^2], StemCellJson.StudyTypeInfo));
        Assert.Equal("True", lines[^1]);
    }

    [Fact]
    public void Readme_ShowsWhatTheQuickStartPrints()
    {
        var actual = RunSample().TrimEnd('\n').Split('\n');
        var quickStart = Readme.Value[Readme.Value.IndexOf("## Quick start", StringComparison.Ordinal)..];

        var shown = Markdown.After(quickStart, "It prints (the JSON line cut short here):", "text").Code.TrimEnd('\n').Split('\n');

        Assert.Equal(actual.Length, shown.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            // A line the README cuts short ends with "..." and is the start of the line printed.
            if (shown[i].EndsWith("...", StringComparison.Ordinal))
            {
                Assert.StartsWith(shown[i][..^3], actual[i], StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(actual[i], shown[i]);
            }
        }
    }

    private static string RunSample()
    {
        var entryPoint = Assembly.Load("StemCell.QuickStart").EntryPoint!;
        var console = Console.Out;
        using var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            entryPoint.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(console);
        }

        return output.ToString();
    }
}

/// <summary>Tests that replace <see cref="Console.Out"/>, which must not run at the same time as each other or any other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
