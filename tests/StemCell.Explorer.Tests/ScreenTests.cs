using StemCell.Domain.Vocabulary;
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
    public void Rich_TableTooWide_LeavesOutOptionalColumnsTakesBackThoseThatFitAndNamesTheRest()
    {
        // 20 + 10 + 30 + 30 + 6 and the rules are 116 columns. Narrow goes first, then Wider; then Narrow fits again.
        var table = new TextTable(
            "Things",
            ["Id", "Code", new TextColumn("Wide").LeftOut(1), new TextColumn("Wider").LeftOut(2), new TextColumn("Narrow").LeftOut(3)],
            [[new string('i', 20), new string('c', 10), new string('w', 30), new string('x', 30), new string('n', 6)]]);

        var lines = Render(OutputStyle.Rich, screen => screen.Table(table)).Split('\n');

        Assert.Contains($"│ {new string('i', 20)} │ {new string('c', 10)} │ {new string('w', 30)} │ {new string('n', 6)} │", lines);
        Assert.Contains("Left out at 80 columns: Wider.", lines);
        Assert.All(lines, line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void Rich_TableThatFits_LeavesNothingOut()
    {
        var table = Table with { Columns = ["Code", TextColumn.Wrapping("Note").LeftOut(1)] };

        var output = Render(OutputStyle.Rich, screen => screen.Table(table));

        Assert.Contains("│ a-long-code │ [bold]not markup[/] │", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Left out", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rich_TableWhoseRequiredColumnsAreTooWide_PrintsEachRowAsABlockOfEveryColumn()
    {
        var id = new string('i', 70);
        var table = new TextTable("Things", ["Id", "Code", new TextColumn("Extra").LeftOut(1)], [[id, "a-code", "more"]]);

        var lines = Render(OutputStyle.Rich, screen => screen.Table(table)).Split('\n').Select(line => line.TrimEnd()).ToList();

        Assert.Contains($"Id     {id}", lines);
        Assert.Contains("Code   a-code", lines);
        Assert.Contains("Extra  more", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("Left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Auto_OnAWriterThatIsNotTheConsole_IsPlain()
    {
        Assert.Equal(
            Render(OutputStyle.Plain, screen => screen.Table(Table)),
            Render(OutputStyle.Auto, screen => screen.Table(Table)));
    }

    [Fact]
    public void Plain_BarChart_ScalesTheLargestCountToTheWidthAndShowsZeroAsNoBar()
    {
        var output = Render(OutputStyle.Plain, screen => screen.BarChart("Counts", [("a-long-label", 4), ("b", 2), ("none", 0), ("c", 1)]), width: 40);

        Assert.Equal(
            """
            Counts
            a-long-label  4  #######################
            b             2  ############
            none          0
            c             1  ######

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public void Plain_Breakdown_ShowsEachPartsShareOfTheWhole()
    {
        var output = Render(OutputStyle.Plain, screen => screen.Breakdown("Parts", [("x", 1), ("yy", 2), ("zzz", 12)]), width: 40);

        Assert.Equal(
            """
            Parts
            x     1   7%  ##
            yy    2  13%  ####
            zzz  12  80%  ##########################

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public void Plain_BarChart_CutsALabelTooLongForTheWidth()
    {
        var label = new string('x', 60);

        var lines = Render(OutputStyle.Plain, screen => screen.BarChart("Long", [(label, 3)]), width: 40).Split('\n');

        Assert.Equal(40, lines[1].Length);
        Assert.StartsWith("xxxxxxx", lines[1], StringComparison.Ordinal);
        Assert.Contains("...  3  ##########", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutputStyle.Plain)]
    [InlineData(OutputStyle.Rich)]
    public void Charts_WithNothingToDraw_SayNone(OutputStyle style)
    {
        var output = Render(style, screen =>
        {
            screen.BarChart("Bars", []);
            screen.Breakdown("Parts", []);
        });

        Assert.Equal(["Bars", "(none)", "Parts", "(none)"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()));
    }

    [Fact]
    public void Rich_Charts_PrintLabelsAsTheyAre()
    {
        var output = Render(OutputStyle.Rich, screen =>
        {
            screen.BarChart("Bars [1]", [("[bold]a[/]", 2), ("b", 1)]);
            screen.Breakdown("Parts [2]", [("[red]x[/]", 1), ("y", 3)]);
        });

        Assert.Contains("Bars [1]", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\[bold\]a\[/\] +█+ 2 *$", output);
        Assert.Contains("Parts [2]", output, StringComparison.Ordinal);
        Assert.Contains("■ [red]x[/] 1 (25%)", output, StringComparison.Ordinal);
        Assert.Contains("■ y 3 (75%)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutputStyle.Plain, 80)]
    [InlineData(OutputStyle.Plain, 100)]
    [InlineData(OutputStyle.Plain, 132)]
    [InlineData(OutputStyle.Rich, 80)]
    [InlineData(OutputStyle.Rich, 100)]
    [InlineData(OutputStyle.Rich, 132)]
    public void Charts_ManyBarsAndParts_FitTheWidth(OutputStyle style, int width)
    {
        // Every status and fifteen years of starts, as a registry's trials of a disease have.
        var years = Enumerable.Range(2008, 15).Select(year => (year.ToString(System.Globalization.CultureInfo.InvariantCulture), year % 7)).ToList();
        var statuses = StudyStatus.All.Select(status => (status.Code, status.Value + 1)).ToList();

        var output = Render(style, screen =>
        {
            screen.BarChart("Studies by year started (40 studies)", [.. years, ("not stated", 40)]);
            screen.Breakdown("Studies by status (40 studies)", [.. statuses, ("not stated", 3)]);
        }, width);

        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= width, $"{line.Length} columns: {line}"));
        Assert.All(statuses, status => Assert.Contains(status.Code, output, StringComparison.Ordinal));
    }

    private static string Render(OutputStyle style, Action<Screen> draw, int width = 80)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        draw(Screen.Create(writer, style, width));
        return writer.ToString();
    }
}
