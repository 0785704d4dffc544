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

        var grid = new Table().Border(TableBorder.Rounded).BorderStyle(CountStyle);
        foreach (var column in table.Columns)
        {
            var tableColumn = new TableColumn(new Text(column.Header, HeaderStyle));
            grid.AddColumn(column.Wraps ? tableColumn : tableColumn.NoWrap());
        }

        foreach (var row in table.Rows)
        {
            grid.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
        }

        _console.Write(grid);
    }
}
