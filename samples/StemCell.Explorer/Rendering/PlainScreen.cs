namespace StemCell.Explorer.Rendering;

/// <summary>
/// Plain text for files, pipes and tests: columns aligned with spaces, headers underlined with dashes, no trailing
/// spaces and no escape codes, so the output greps and diffs well. Charts are bars of <c>#</c> filling its width.
/// </summary>
internal sealed partial class PlainScreen(TextWriter output, int width = PlainScreen.DefaultWidth) : Screen
{
    private const string Gap = "  ";

    internal override void Heading(string title)
    {
        output.WriteLine(title);
        output.WriteLine(new string('=', title.Length));
    }

    internal override void Subheading(string title) => output.WriteLine(title);

    internal override void Line(string text) => output.WriteLine(text);

    internal override void BlankLine() => output.WriteLine();

    internal override void Fields(IReadOnlyList<(string Label, string Value)> fields)
    {
        var width = fields.Max(f => f.Label.Length) + 1;
        foreach (var (label, value) in fields)
        {
            output.WriteLine($"{(label + ":").PadRight(width)} {value}".TrimEnd());
        }
    }

    internal override void Table(TextTable table)
    {
        output.WriteLine(table.TitleWithCount);
        if (table.Rows.Count == 0)
        {
            output.WriteLine("(none)");
            return;
        }

        var widths = table.Columns.Select((column, i) => Math.Max(column.Header.Length, table.Rows.Max(r => r[i].Length))).ToArray();
        WriteRow([.. table.Columns.Select(c => c.Header)], widths);
        WriteRow([.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in table.Rows)
        {
            WriteRow(row, widths);
        }
    }

    private void WriteRow(IReadOnlyList<string> cells, int[] widths)
    {
        var line = string.Join(Gap, cells.Select((cell, i) => cell.PadRight(widths[i])));
        output.WriteLine(line.TrimEnd());
    }
}
