using Spectre.Console;
using Spectre.Console.Rendering;

namespace StemCell.Explorer.Rendering;

/// <summary>
/// Tables with rounded borders and a little colour, drawn with Spectre.Console for a person at a terminal. Cell text is
/// always written as <see cref="Text"/>, never parsed as markup, so a quote with brackets in it prints as it is.
/// </summary>
internal sealed partial class RichScreen : Screen
{
    private const int DefaultWidth = 100;
    private const int MinimumWrappingWidth = 8;

    private static readonly Style HeadingStyle = new(Color.Aqua, decoration: Decoration.Bold);
    private static readonly Style TitleStyle = new(decoration: Decoration.Bold);
    private static readonly Style CountStyle = new(Color.Grey);
    private static readonly Style HeaderStyle = new(Color.Aqua, decoration: Decoration.Bold);

    private readonly IAnsiConsole _console;

    internal RichScreen(TextWriter output, bool isTerminal, int? width)
    {
        // On a terminal Spectre.Console detects colour, Unicode and width itself (and honours NO_COLOR). Anywhere else,
        // such as a test's writer, the output is laid out at a fixed width without escape codes, so it is repeatable.
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!isTerminal)
        {
            _console.Profile.Width = width ?? DefaultWidth;
            _console.Profile.Capabilities.Unicode = true;
        }
    }

    internal override void Heading(string title)
    {
        // A rule cuts a title that does not fit on its line, so a long one (a study's) goes above a plain rule instead.
        if (title.Length + 6 <= _console.Profile.Width)
        {
            _console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left, Style = HeadingStyle });
        }
        else
        {
            _console.Write(new Paragraph(title + "\n", HeadingStyle));
            _console.Write(new Rule { Style = HeadingStyle });
        }
    }

    internal override void Subheading(string title) => _console.Write(new Paragraph(title + "\n", TitleStyle));

    internal override void Line(string text) => _console.Write(new Text(text + "\n"));

    internal override void BlankLine() => _console.WriteLine();

    internal override void Fields(IReadOnlyList<(string Label, string Value)> fields)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (label, value) in fields)
        {
            grid.AddRow(new Text(label, TitleStyle), new Text(value));
        }

        _console.Write(grid);
    }

    internal override void Table(TextTable table)
    {
        _console.Write(new Paragraph().Append(table.Title, TitleStyle).Append($" ({table.Rows.Count})\n", CountStyle));
        if (table.Rows.Count == 0)
        {
            _console.Write(new Text("(none)\n", CountStyle));
            return;
        }

        if (Layout(table, _console.Profile.Width) is not var (shown, widths))
        {
            Records(table);
            return;
        }

        var grid = new Table().Border(TableBorder.Rounded).BorderStyle(CountStyle);
        for (var i = 0; i < shown.Count; i++)
        {
            var column = table.Columns[shown[i]];
            var tableColumn = new TableColumn(new Text(column.Header, HeaderStyle)) { Width = widths[i] };
            grid.AddColumn(column.Wraps ? tableColumn : tableColumn.NoWrap());
        }

        foreach (var row in table.Rows)
        {
            grid.AddRow(shown.Select(i => (IRenderable)new Text(row[i])));
        }

        _console.Write(grid);
        if (shown.Count < table.Columns.Count)
        {
            var leftOut = Enumerable.Range(0, table.Columns.Count).Except(shown).Select(i => table.Columns[i].Header).ToList();
            _console.Write(new Text(WrapAtWords($"Left out at {_console.Profile.Width} columns: {string.Join(", ", leftOut)}.", _console.Profile.Width), CountStyle));
        }
    }

    /// <summary>Breaks text into lines of at most <paramref name="width"/> columns between words, each line ending in a newline.</summary>
    private static string WrapAtWords(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        lines.Add(line);
        return string.Concat(lines.Select(l => l + "\n"));
    }

    /// <summary>
    /// Chooses the columns to draw and their widths: every column when they fit; or else without the optional columns,
    /// one at a time in the order they go, until the rest fit, and then with each left out column back, the most needed
    /// first, that still fits (a narrow one can, once a wide one is gone). Returns null when even the columns a table is
    /// not read without do not fit.
    /// </summary>
    private static (IReadOnlyList<int> Shown, int[] Widths)? Layout(TextTable table, int width)
    {
        var shown = Enumerable.Range(0, table.Columns.Count).ToList();
        var leftOut = new Stack<int>();
        var optional = new Queue<int>(shown.Where(i => table.Columns[i].IsOptional).OrderByDescending(i => table.Columns[i].LeftOutFirst));
        var widths = ColumnWidths(table, shown, width);
        while (widths is null && optional.TryDequeue(out var next))
        {
            shown.Remove(next);
            leftOut.Push(next);
            widths = ColumnWidths(table, shown, width);
        }

        if (widths is null)
        {
            return null;
        }

        while (leftOut.TryPop(out var column))
        {
            List<int> withIt = [.. shown.Append(column).Order()];
            if (ColumnWidths(table, withIt, width) is { } wider)
            {
                (shown, widths) = (withIt, wider);
            }
        }

        return (shown, widths);
    }

    /// <summary>
    /// Lays the columns out in the width themselves, rather than leaving it to Spectre.Console, which squeezes every
    /// column alike when a table is too wide: an id would be cut to a lone <c>…</c> and prose folded into a sliver.
    /// An id or code column always gets its widest cell, and a wrapping column at least its longest word (so a code in
    /// a list is never broken either); what is left goes to the wrapping columns, the one that needs least first, each up
    /// to its widest cell. Returns null when even that does not fit.
    /// </summary>
    private static int[]? ColumnWidths(TextTable table, IReadOnlyList<int> shown, int width)
    {
        var count = shown.Count;
        var natural = new int[count];
        var minimum = new int[count];
        for (var k = 0; k < count; k++)
        {
            var column = table.Columns[shown[k]];
            var cells = table.Rows.Select(row => row[shown[k]]).Append(column.Header).ToList();
            natural[k] = cells.Max(cell => cell.Length);
            minimum[k] = column.Wraps
                ? Math.Min(natural[k], Math.Max(MinimumWrappingWidth, cells.SelectMany(cell => cell.Split(' ')).Max(word => word.Length)))
                : natural[k];
        }

        // A rounded border draws one rule left of every column and one after the last; each cell is padded by one on each side.
        var spare = width - (3 * count) - 1 - minimum.Sum();
        if (spare < 0)
        {
            return null;
        }

        var widths = minimum;
        var wrapping = Enumerable.Range(0, count).Where(k => table.Columns[shown[k]].Wraps).OrderBy(k => natural[k] - minimum[k]).ToList();
        for (var k = 0; k < wrapping.Count; k++)
        {
            var column = wrapping[k];
            // A column that needs at most twice its share gets all it needs: one column fewer wraps, and the others
            // lose little.
            var share = spare / (wrapping.Count - k);
            var need = natural[column] - minimum[column];
            var extra = need <= 2 * share ? Math.Min(need, spare) : share;
            widths[column] += extra;
            spare -= extra;
        }

        return widths;
    }

    /// <summary>Draws each row as its own block of header-value lines, for a table whose ids alone are wider than the terminal.</summary>
    private void Records(TextTable table)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var row in table.Rows)
        {
            if (grid.Rows.Count > 0)
            {
                grid.AddEmptyRow();
            }

            for (var i = 0; i < table.Columns.Count; i++)
            {
                grid.AddRow(new Text(table.Columns[i].Header, HeaderStyle), new Text(row[i]));
            }
        }

        _console.Write(grid);
    }
}
