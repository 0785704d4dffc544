using System.Globalization;

namespace StemCell.Explorer.Rendering;

/// <summary>
/// Where a command's human-readable output goes: headings, lines, label-value fields, tables and charts, drawn either
/// as plain aligned text or with Spectre.Console. JSON never goes through a screen; it is written as it is.
/// </summary>
internal abstract class Screen
{
    /// <summary>Creates the screen for a writer.</summary>
    /// <param name="output">Standard output, or a test's writer.</param>
    /// <param name="style">The style asked for; <see cref="OutputStyle.Auto"/> is rich only on the real, unredirected console.</param>
    /// <param name="width">
    /// The width to lay rich output out in when it is not a terminal, 100 when null; and the width plain charts fill, 80
    /// when null.
    /// </param>
    internal static Screen Create(TextWriter output, OutputStyle style, int? width)
    {
        var isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        return style switch
        {
            OutputStyle.Rich => new RichScreen(output, isTerminal, width),
            OutputStyle.Auto when isTerminal => new RichScreen(output, isTerminal, width),
            _ => new PlainScreen(output, width ?? PlainScreen.DefaultWidth),
        };
    }

    /// <summary>Writes the title of the whole output.</summary>
    internal abstract void Heading(string title);

    /// <summary>Writes the title of a part of the output that is not a table.</summary>
    internal abstract void Subheading(string title);

    /// <summary>Writes a line of text.</summary>
    internal abstract void Line(string text);

    /// <summary>Writes an empty line.</summary>
    internal abstract void BlankLine();

    /// <summary>Writes labels and their values, one pair a line, with the values aligned.</summary>
    internal abstract void Fields(IReadOnlyList<(string Label, string Value)> fields);

    /// <summary>Writes a table under its title and row count.</summary>
    internal abstract void Table(TextTable table);

    /// <summary>
    /// Writes a bar chart under its title: one bar a label, in the order given, each as long as its count in proportion
    /// to the largest. A bar of 0 is drawn empty, so a gap (a year with no study) shows.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="bars">The bars; labels are text, never markup.</param>
    internal abstract void BarChart(string title, IReadOnlyList<(string Label, int Count)> bars);

    /// <summary>
    /// Writes how a whole divides into parts under its title: each part's label, count and share of the whole, the sum of
    /// the counts. Parts with the same label have the same colour wherever they appear in one run.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="parts">The parts, none counted twice; labels are text, never markup.</param>
    internal abstract void Breakdown(string title, IReadOnlyList<(string Label, int Count)> parts);

    /// <summary>Returns a part's share of a whole as a whole percentage, such as <c>67%</c>.</summary>
    private protected static string Share(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{(total == 0 ? 0 : Math.Round(100.0 * count / total, MidpointRounding.AwayFromZero))}%");
}
