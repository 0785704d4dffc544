using System.Globalization;

namespace StemCell.Explorer.Rendering;

/// <summary>Charts as text: a label column, a count column and a bar of <c>#</c>, the largest count's filling the width.</summary>
internal sealed partial class PlainScreen
{
    /// <summary>The width charts fill when none is given: a terminal's classic 80 columns.</summary>
    internal const int DefaultWidth = 80;

    // A long label is cut rather than let a bar shrink below this, or a line outgrow the width.
    private const int MinimumBarWidth = 10;
    private const string Ellipsis = "...";

    internal override void BarChart(string title, IReadOnlyList<(string Label, int Count)> bars) => Chart(title, bars, total: null);

    internal override void Breakdown(string title, IReadOnlyList<(string Label, int Count)> parts) =>
        Chart(title, parts, parts.Sum(p => p.Count));

    private void Chart(string title, IReadOnlyList<(string Label, int Count)> bars, int? total)
    {
        output.WriteLine(title);
        if (bars.Count == 0)
        {
            output.WriteLine("(none)");
            return;
        }

        var counts = bars.Select(b => b.Count.ToString(CultureInfo.InvariantCulture)).ToArray();
        var shares = total is { } whole ? bars.Select(b => Share(b.Count, whole)).ToArray() : null;
        var countWidth = counts.Max(c => c.Length);
        var shareWidth = shares?.Max(s => s.Length + Gap.Length) ?? 0;
        var fixedWidth = Gap.Length + countWidth + shareWidth + Gap.Length;
        var labelWidth = Math.Min(bars.Max(b => b.Label.Length), Math.Max(width - fixedWidth - MinimumBarWidth, Ellipsis.Length + 1));
        var barWidth = Math.Max(width - labelWidth - fixedWidth, 0);
        var largest = bars.Max(b => b.Count);

        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count) = bars[i];
            var share = shares is null ? string.Empty : Gap + shares[i].PadLeft(shareWidth - Gap.Length);
            var line = $"{Cut(label, labelWidth).PadRight(labelWidth)}{Gap}{counts[i].PadLeft(countWidth)}{share}{Gap}{new string('#', BarLength(count, largest, barWidth))}";
            output.WriteLine(line.TrimEnd());
        }
    }

    // Any count above 0 shows at least one mark, so a small count is never mistaken for none.
    private static int BarLength(int count, int largest, int barWidth) =>
        count <= 0 || largest <= 0 ? 0 : Math.Max(1, (int)Math.Round((double)count * barWidth / largest, MidpointRounding.AwayFromZero));

    private static string Cut(string label, int width) =>
        label.Length <= width ? label : string.Concat(label.AsSpan(0, width - Ellipsis.Length), Ellipsis);
}
