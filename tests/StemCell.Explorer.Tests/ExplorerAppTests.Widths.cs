using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// Every command's rich output at ordinary terminal widths, over the embedded sample and over datasets with longer
/// ids and text (<see cref="Datasets"/>). These check properties of the layout, not its text, so they hold whatever a
/// dataset holds: nothing wider than the terminal, no word (an id, a code, a name) broken over two lines, every study id
/// whole (so it can be copied into <c>study ID</c>), no cell cut to a lone ellipsis, and a list of studies drawn as a
/// table whenever its id, disease and phase columns fit.
/// </summary>
public partial class ExplorerAppTests
{
    private const string LeftOutNote = "Left out at ";

    private static readonly int[] TerminalWidths = [80, 100, 132];

    private static readonly ConcurrentDictionary<string, (ExplorerResult Rich, ExplorerResult Plain)> Renders = new(StringComparer.Ordinal);

    /// <summary>The vocabulary codes: with the study ids, what a person copies from one command's output into another's options.</summary>
    private static readonly HashSet<string> Codes = [.. Vocabularies.All.SelectMany(v => v.Terms).Select(t => t.Code)];

    /// <summary>Every command of <see cref="Commands"/> over every test dataset at every width; <c>study</c> stands for each study of the dataset.</summary>
    public static TheoryData<string, string[], int> EveryCommandOverEveryDatasetAtEveryWidth
    {
        get
        {
            // Every study command is one row, "study", which stands for them all: a row per study command would repeat it,
            // and xUnit skips a repeated row.
            var commands = Commands.Where(command => command[0] != "study").Append(["study"]).ToArray();
            var data = new TheoryData<string, string[], int>();
            foreach (var dataset in Datasets.Names)
            {
                foreach (var command in commands)
                {
                    foreach (var width in TerminalWidths)
                    {
                        data.Add(dataset, command, width);
                    }
                }
            }

            return data;
        }
    }

    public static TheoryData<string, int> EveryDatasetAtEveryWidth
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var dataset in Datasets.Names)
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
    [MemberData(nameof(EveryCommandOverEveryDatasetAtEveryWidth))]
    public void EveryCommand_Rich_NoLineIsWiderThanTheTerminal(string datasetName, string[] command, int width)
    {
        foreach (var (args, rich, _) in RichAndPlain(datasetName, command, width))
        {
            // A JSON document is data for a program, written as it is whatever the width; a line that names a file the
            // user gave repeats the path as it was typed, however long.
            if (!IsJson(rich.Output))
            {
                Assert.All(
                    rich.OutputLines.Where(line => !args.Skip(1).Any(line.Contains)),
                    line => Assert.True(line.Length <= width, $"{string.Join(' ', args)}: {line.Length} columns at {width}: {line}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryCommandOverEveryDatasetAtEveryWidth))]
    public void EveryCommand_Rich_NoCellIsOnlyAnEllipsis(string datasetName, string[] command, int width)
    {
        foreach (var (args, rich, _) in RichAndPlain(datasetName, command, width))
        {
            Assert.False(Regex.IsMatch(rich.Output, @"│\s*…\s*│"), $"{string.Join(' ', args)} at {width}:\n{rich.Output}");
        }
    }

    [Theory]
    [MemberData(nameof(EveryCommandOverEveryDatasetAtEveryWidth))]
    public void EveryCommand_Rich_BreaksNoWord(string datasetName, string[] command, int width)
    {
        foreach (var (args, rich, plain) in RichAndPlain(datasetName, command, width))
        {
            // Plain output has no width, so no word of it is broken; a word of rich output that is not one of them is a
            // piece of an id, a code or a name cut at the end of a line.
            var plainWords = Words(plain.Output).ToHashSet();

            var broken = Words(WithoutLeftOutNote(rich.Output)).Where(word => !plainWords.Contains(word)).Distinct().ToList();

            Assert.True(broken.Count == 0, $"{string.Join(' ', args)} at {width} breaks {string.Join(", ", broken)}:\n{rich.Output}");
        }
    }

    [Theory]
    [MemberData(nameof(EveryCommandOverEveryDatasetAtEveryWidth))]
    public void EveryCommand_Rich_ShowsEveryIdAndCodeOfThePlainOutputWhole(string datasetName, string[] command, int width)
    {
        var ids = Datasets.Named(datasetName).Studies.Select(s => s.Id).ToHashSet();
        foreach (var (args, rich, plain) in RichAndPlain(datasetName, command, width))
        {
            var richWords = Words(rich.Output).ToHashSet();
            var plainWords = Words(plain.Output).ToHashSet();

            // Study ids are never left out; a code may be, with a column a narrow terminal has no room for, and then the
            // output says which columns it left out.
            Assert.All(plainWords.Where(ids.Contains), id => Assert.Contains(id, richWords));
            if (!rich.Output.Contains(LeftOutNote, StringComparison.Ordinal))
            {
                var missing = plainWords.Where(Codes.Contains).Except(richWords).ToList();
                Assert.True(missing.Count == 0, $"{string.Join(' ', args)} at {width} lacks {string.Join(", ", missing)}:\n{rich.Output}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryDatasetAtEveryWidth))]
    public void Studies_Rich_IsATableWheneverIdDiseaseAndPhaseFit(string datasetName, int width)
    {
        var dataset = Datasets.Named(datasetName);
        // Plain output underlines each header with as many dashes as its column's widest cell.
        var plain = Cli.RunOver(dataset, OutputStyle.Plain, width: null, "studies").Succeeded();
        var headers = PlainHeaders(plain);
        var rules = plain.OutputLines.First(line => line.StartsWith("--", StringComparison.Ordinal)).Split("  ");
        int ColumnWidth(string header) => rules[Array.IndexOf(headers, header)].Length;

        var result = Cli.RunOver(dataset, OutputStyle.Rich, width, "studies").Succeeded();

        // Three columns, each padded by a space either side, between four rules; else each study is a block.
        var fits = ColumnWidth("Id") + ColumnWidth("Disease") + ColumnWidth("Phase") + 10 <= width;
        Assert.All(dataset.Studies, study => Assert.Contains(result.OutputLines, line => fits
            ? line.StartsWith($"│ {study.Id} ", StringComparison.Ordinal)
            : Regex.IsMatch(line, $"^Id +{Regex.Escape(study.Id)} *$")));
    }

    [Theory]
    [MemberData(nameof(EveryDatasetAtEveryWidth))]
    public void Studies_Rich_NamesTheColumnsItLeavesOut(string datasetName, int width)
    {
        var dataset = Datasets.Named(datasetName);
        var columns = PlainHeaders(Cli.RunOver(dataset, OutputStyle.Plain, width: null, "studies").Succeeded());

        var result = Cli.RunOver(dataset, OutputStyle.Rich, width, "studies").Succeeded();

        // The note wraps between words at the width; its lines end at the first that ends a sentence.
        var noteStart = Array.FindIndex(result.OutputLines, line => line.StartsWith(LeftOutNote, StringComparison.Ordinal));
        var note = noteStart < 0
            ? null
            : string.Join(' ', result.OutputLines.Skip(noteStart).TakeWhile((line, i) => i == 0 || !result.OutputLines[noteStart + i - 1].EndsWith('.')));
        var header = result.OutputLines.FirstOrDefault(line => line.StartsWith("│ Id ", StringComparison.Ordinal));
        if (header is not null)
        {
            // Every column is either in the table's header or named as left out, never both; id, disease and phase always show.
            var shown = header.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var leftOut = note is null ? [] : note[(note.IndexOf(':', StringComparison.Ordinal) + 2)..^1].Split(", ");
            Assert.Equal(columns.Order(), shown.Concat(leftOut).Order());
            Assert.Subset(shown.ToHashSet(), new HashSet<string> { "Id", "Disease", "Phase" });
            Assert.Equal(note is not null, leftOut.Length > 0);
            if (note is not null)
            {
                Assert.StartsWith($"{LeftOutNote}{width} columns: ", note, StringComparison.Ordinal);
            }
        }
        else
        {
            // Drawn as blocks, a row a block, every column shows.
            Assert.Null(note);
            Assert.All(columns, column => Assert.Contains(result.OutputLines, line => line.StartsWith(column + " ", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(EveryDatasetAtEveryWidth))]
    public void Studies_Plain_HasEveryColumnWhateverTheWidth(string datasetName, int width)
    {
        var dataset = Datasets.Named(datasetName);

        var result = Cli.RunOver(dataset, OutputStyle.Plain, width, "studies").Succeeded();

        Assert.Equal(PlainHeaders(Cli.RunOver(dataset, OutputStyle.Plain, width: null, "studies").Succeeded()), PlainHeaders(result));
        Assert.Contains("Institution", PlainHeaders(result));
        Assert.DoesNotContain(LeftOutNote, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryDataset))]
    public void Studies_DiseaseColumn_IsAShortNameThatDiseaseAccepts(string datasetName)
    {
        var dataset = Datasets.Named(datasetName);

        var result = Cli.RunOver(dataset, OutputStyle.Plain, width: null, "studies").Succeeded();

        Assert.All(dataset.Studies, study =>
        {
            var cells = Regex.Split(result.OutputLines.Single(line => line.StartsWith(study.Id + " ", StringComparison.Ordinal)), " {2,}");
            var disease = cells[Array.IndexOf(PlainHeaders(result), "Disease")];
            Assert.Equal(study.Disease, Disease.FromCode(disease));
            Assert.True(disease.Length <= study.Disease.Code.Length, disease);
        });
    }

    [Theory]
    [MemberData(nameof(EveryDatasetAtEveryWidth))]
    public void Diseases_Rich_TakesAFewLinesPerTerm(string datasetName, int width)
    {
        var terms = Disease.All.Length + DiseaseCourse.All.Length;

        var result = Cli.RunOver(Datasets.Named(datasetName), OutputStyle.Rich, width, "diseases").Succeeded();

        // A row, or a block of one line a column where the codes leave too little room for a table, for each term; before
        // the layout gave the codes their widths first, Spectre.Console folded the names into slivers over 255 lines at 80.
        Assert.InRange(result.OutputLines.Length, terms, 7 * terms);
    }

    /// <summary>
    /// Runs a command over a test dataset, rich at a width and plain; <c>study</c> alone runs once for each of the
    /// dataset's studies.
    /// </summary>
    private static IEnumerable<(string[] Args, ExplorerResult Rich, ExplorerResult Plain)> RichAndPlain(string datasetName, string[] command, int width)
    {
        var dataset = Datasets.Named(datasetName);
        IEnumerable<string[]> runs = command is ["study"] ? dataset.Studies.Select(s => new[] { "study", s.Id }) : [command];
        foreach (var args in runs)
        {
            // The four layout tests check the same runs; each is made once.
            var (rich, plain) = Renders.GetOrAdd(
                $"{datasetName} {width} {string.Join(' ', args)}",
                _ => (Cli.RunOver(dataset, OutputStyle.Rich, width, args).Succeeded(), Cli.RunOver(dataset, OutputStyle.Plain, width: null, args).Succeeded()));
            yield return (args, rich, plain);
        }
    }

    /// <summary>The headers of the first table of plain output: the line above the first line of dashes, split at its gaps.</summary>
    private static string[] PlainHeaders(ExplorerResult plain)
    {
        var rule = Array.FindIndex(plain.OutputLines, line => line.StartsWith("--", StringComparison.Ordinal));
        return Regex.Split(plain.OutputLines[rule - 1], " {2,}");
    }

    private static bool IsJson(string output) => output.TrimStart() is ['{' or '[', ..];

    /// <summary>The output without the note of the columns left out, which may wrap over several lines, up to the one ending a sentence.</summary>
    private static string WithoutLeftOutNote(string output)
    {
        var kept = new List<string>();
        var inNote = false;
        foreach (var line in output.Split('\n'))
        {
            inNote = inNote || line.StartsWith(LeftOutNote, StringComparison.Ordinal);
            if (!inNote)
            {
                kept.Add(line);
            }

            inNote = inNote && !line.EndsWith('.');
        }

        return string.Join('\n', kept);
    }

    // Words as both styles print them: split at spaces, table rules, chart bars, list commas, quotes and the colon after
    // a plain label.
    private static IEnumerable<string> Words(string output) =>
        Regex.Split(output, @"[\s│─╭╮╰╯├┤┬┴┼█■,()""]+|:(?=\s)").Where(word => word.Length > 0);
}
