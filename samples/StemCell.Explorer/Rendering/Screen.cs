namespace StemCell.Explorer.Rendering;

/// <summary>
/// Where a command's human-readable output goes: headings, lines, label-value fields and tables, drawn either as
/// plain aligned text or as Spectre.Console tables. JSON never goes through a screen; it is written as it is.
/// </summary>
internal abstract class Screen
{
    /// <summary>Creates the screen for a writer.</summary>
    /// <param name="output">Standard output, or a test's writer.</param>
    /// <param name="style">The style asked for; <see cref="OutputStyle.Auto"/> is rich only on the real, unredirected console.</param>
    /// <param name="width">The width to lay rich output out in when it is not a terminal; 100 when null.</param>
    internal static Screen Create(TextWriter output, OutputStyle style, int? width)
    {
        var isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        return style switch
        {
            OutputStyle.Rich => new RichScreen(output, isTerminal, width),
            OutputStyle.Auto when isTerminal => new RichScreen(output, isTerminal, width),
            _ => new PlainScreen(output),
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
}
