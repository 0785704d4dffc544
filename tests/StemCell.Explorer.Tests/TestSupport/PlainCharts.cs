using System.Globalization;
using System.Text.RegularExpressions;

namespace StemCell.Explorer.Tests.TestSupport;

/// <summary>The charts in the Explorer's plain output, read back: each one's title and bars.</summary>
internal static partial class PlainCharts
{
    /// <summary>Reads every chart: a block of lines after a blank line whose first line is a chart's title.</summary>
    internal static IReadOnlyList<PlainChart> Parse(string output)
    {
        var charts = new List<PlainChart>();
        foreach (var block in output.Split("\n\n"))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0 || Title().Match(lines[0]) is not { Success: true } title)
            {
                continue;
            }

            var bars = lines[1..].Select(line => Bar().Match(line) is { Success: true } bar
                ? new PlainBar(bar.Groups["label"].Value, Number(bar.Groups["count"].Value), bar.Groups["bar"].Length, line)
                : throw new InvalidOperationException($"'{line}' under '{lines[0]}' is not a bar of a chart."));
            charts.Add(new PlainChart(title.Groups["by"].Value, Number(title.Groups["studies"].Value), [.. bars], block));
        }

        return charts;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Studies by (?<by>.+) \((?<studies>\d+) stud(?:y|ies)\)$")]
    private static partial Regex Title();

    [GeneratedRegex(@"^(?<label>\S.*?) +(?<count>\d+)(?: +\d+%)?(?: +(?<bar>#+))?$")]
    private static partial Regex Bar();
}

/// <summary>A chart of plain output.</summary>
/// <param name="By">What it counts by, as its title says: <c>status</c>, <c>phase: Multiple sclerosis</c>.</param>
/// <param name="Studies">How many studies its title says it counts.</param>
/// <param name="Bars">Its bars, in order.</param>
/// <param name="Text">The chart as printed.</param>
internal sealed record PlainChart(string By, int Studies, IReadOnlyList<PlainBar> Bars, string Text);

/// <summary>A bar of a plain chart: its label, the count printed beside it, how many <c>#</c> it has, and its whole line.</summary>
internal sealed record PlainBar(string Label, int Count, int Length, string Line);
