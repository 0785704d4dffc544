using System.Globalization;
using Spectre.Console;

namespace StemCell.Explorer.Rendering;

/// <summary>Charts drawn with Spectre.Console: <see cref="Spectre.Console.BarChart"/> and <see cref="BreakdownChart"/>.</summary>
internal sealed partial class RichScreen
{
    // Distinct on a dark and a light background; a label keeps its colour for the whole run, so phase-2 is the same
    // colour in every disease's breakdown.
    private static readonly Color[] Palette =
    [
        Color.DodgerBlue1, Color.Green3, Color.Gold1, Color.Orchid, Color.DarkOrange, Color.Turquoise2, Color.Red1,
        Color.MediumPurple1, Color.Chartreuse2, Color.HotPink, Color.SteelBlue1, Color.Tan,
    ];

    private readonly Dictionary<string, Color> _colours = new(StringComparer.Ordinal);

    internal override void BarChart(string title, IReadOnlyList<(string Label, int Count)> bars)
    {
        if (ChartTitle(title, bars))
        {
            var chart = new BarChart { Culture = CultureInfo.InvariantCulture }
                .WithMaxValue(Math.Max(bars.Max(b => b.Count), 1));
            foreach (var (label, count) in bars)
            {
                chart.AddItem(Markup.Escape(label), count, ColourOf(label));
            }

            _console.Write(chart);
        }
    }

    internal override void Breakdown(string title, IReadOnlyList<(string Label, int Count)> parts)
    {
        if (ChartTitle(title, parts))
        {
            var total = parts.Sum(p => p.Count);
            var chart = new BreakdownChart { Culture = CultureInfo.InvariantCulture }
                .FullSize()
                .ShowTagValues()
                .UseValueFormatter((value, culture) => $"{value.ToString(culture)} ({Share((int)value, total)})");
            foreach (var (label, count) in parts)
            {
                // Unlike a bar chart's labels, a breakdown's tags are text already.
                chart.AddItem(label, count, ColourOf(label));
            }

            _console.Write(chart);
        }
    }

    /// <summary>Writes a chart's title, and <c>(none)</c> under it when it has nothing to draw.</summary>
    /// <returns>Whether there is a chart to draw.</returns>
    private bool ChartTitle(string title, IReadOnlyList<(string Label, int Count)> items)
    {
        _console.Write(new Paragraph(title + "\n", TitleStyle));
        if (items.Count == 0)
        {
            _console.Write(new Text("(none)\n", CountStyle));
        }

        return items.Count > 0;
    }

    private Color ColourOf(string label)
    {
        if (!_colours.TryGetValue(label, out var colour))
        {
            colour = Palette[_colours.Count % Palette.Length];
            _colours.Add(label, colour);
        }

        return colour;
    }
}
