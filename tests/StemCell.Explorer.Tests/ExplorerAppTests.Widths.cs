using System.Text.RegularExpressions;
using StemCell.Domain;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// Every command's rich output at ordinary terminal widths. These check properties of the layout, not its text, so they
/// hold whatever the sample dataset holds: nothing wider than the terminal, ids and codes whole on one line (so they
/// can be copied into the next command), no cell cut to a lone ellipsis, and no table folded into a column of slivers.
/// </summary>
public partial class ExplorerAppTests
{
    private static readonly int[] TerminalWidths = [80, 100, 132];

    /// <summary>The study ids and vocabulary codes: what a person copies from one command's output into another's options.</summary>
    private static readonly HashSet<string> IdsAndCodes =
    [
        .. SampleDataset.Dataset.Studies.Select(s => s.Id),
        .. Vocabularies.All.SelectMany(v => v.Terms).Select(t => t.Code),
    ];

    public static TheoryData<string[], int> EveryCommandAtEveryWidth
    {
        get
        {
            var data = new TheoryData<string[], int>();
            foreach (var command in Commands)
            {
                foreach (var width in TerminalWidths)
                {
                    data.Add(command, width);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryCommandAtEveryWidth))]
    public void EveryCommand_Rich_NoLineIsWiderThanTheTerminal(string[] args, int width)
    {
        var result = Cli.RunRich(width, args).Succeeded();

        // A JSON document is data for a program, written as it is whatever the width; a line that names a file the
        // user gave repeats the path as it was typed, however long.
        if (!IsJson(result.Output))
        {
            Assert.All(
                result.OutputLines.Where(line => !args.Skip(1).Any(line.Contains)),
                line => Assert.True(line.Length <= width, $"{line.Length} columns at {width}: {line}"));
        }
    }

    [Theory]
    [MemberData(nameof(EveryCommandAtEveryWidth))]
    public void EveryCommand_Rich_NoCellIsOnlyAnEllipsis(string[] args, int width)
    {
        var result = Cli.RunRich(width, args).Succeeded();

        Assert.DoesNotMatch(@"│\s*…\s*│", result.Output);
    }

    [Theory]
    [MemberData(nameof(EveryCommandAtEveryWidth))]
    public void EveryCommand_Rich_EveryIdAndCodeOfThePlainOutputIsWholeOnOneLine(string[] args, int width)
    {
        var plain = Words(Cli.Run(args).Succeeded().Output).Where(IdsAndCodes.Contains).ToHashSet();

        var rich = Words(Cli.RunRich(width, args).Succeeded().Output).ToHashSet();

        Assert.Empty(plain.Except(rich));
    }

    [Theory]
    [InlineData("studies")]
    [InlineData("study", "johns-hopkins-nsc-als-2023")]
    public void Studies_Rich_EveryListedStudyIdIsWholeAtEveryWidth(params string[] args)
    {
        var ids = SampleDataset.Dataset.Studies.Select(s => s.Id).Where(Cli.Run(args).Succeeded().Output.Contains).ToList();

        Assert.NotEmpty(ids);
        foreach (var width in TerminalWidths)
        {
            var words = Words(Cli.RunRich(width, args).Succeeded().Output).ToHashSet();
            Assert.All(ids, id => Assert.Contains(id, words));
        }
    }

    [Fact]
    public void Diseases_Rich80_TakesAFewLinesPerTerm()
    {
        var terms = Disease.All.Length + DiseaseCourse.All.Length;

        var result = Cli.RunRich(80, "diseases").Succeeded();

        // A row, or a block of one line a column where the codes leave too little room for a table, for each term; before
        // the layout gave the codes their widths first, Spectre.Console folded the names into slivers over 255 lines.
        Assert.InRange(result.OutputLines.Length, terms, 7 * terms);
    }

    private static bool IsJson(string output) => output.TrimStart() is ['{' or '[', ..];

    private static IEnumerable<string> Words(string output) =>
        Regex.Split(output, @"[\s│,()""]+").Where(word => word.Length > 0);
}
