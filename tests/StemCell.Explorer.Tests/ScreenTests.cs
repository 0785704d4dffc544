using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Tests;

public class ScreenTests
{
    private static readonly TextTable Table = new(
        "Things",
        ["Code", TextColumn.Wrapping("Note")],
        [["a-long-code", "[bold]not markup[/]"], ["b", "short"]]);

    [Fact]
    public void Plain_Table_AlignsColumnsUnderlinesHeadersAndTrimsLineEnds()
    {
        var output = Render(OutputStyle.Plain, screen => screen.Table(Table));

        Assert.Equal(
            """
            Things (2)
            Code         Note
            -----------  -------------------
            a-long-code  [bold]not markup[/]
            b            short

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public void Plain_EmptyTable_SaysNone()
    {
        var output = Render(OutputStyle.Plain, screen => screen.Table(Table with { Rows = [] }));

        Assert.Equal("Things (0)\n(none)\n", output);
    }

    [Fact]
    public void Plain_HeadingAndFields()
    {
        var output = Render(OutputStyle.Plain, screen =>
        {
            screen.Heading("Title");
            screen.Fields([("Id", "x"), ("Longer", "y")]);
        });

        Assert.Equal("Title\n=====\nId:     x\nLonger: y\n", output);
    }

    [Fact]
    public void Rich_Table_DrawsBordersAndPrintsCellTextAsItIs()
    {
        var output = Render(OutputStyle.Rich, screen => screen.Table(Table));

        Assert.Contains("╭─", output, StringComparison.Ordinal);
        Assert.Contains("│ a-long-code │ [bold]not markup[/] │", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Auto_OnAWriterThatIsNotTheConsole_IsPlain()
    {
        Assert.Equal(
            Render(OutputStyle.Plain, screen => screen.Table(Table)),
            Render(OutputStyle.Auto, screen => screen.Table(Table)));
    }

    private static string Render(OutputStyle style, Action<Screen> draw)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        draw(Screen.Create(writer, style, width: 80));
        return writer.ToString();
    }
}
