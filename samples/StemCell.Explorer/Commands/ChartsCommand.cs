using System.Collections.Immutable;
using System.CommandLine;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Commands;

/// <summary>
/// The <c>charts</c> command: the dataset's studies counted by phase for each disease, by status, cell type, tissue
/// source, donor origin and route, and by the year they started, as charts rather than tables.
/// </summary>
/// <remarks>
/// Every chart is computed from whatever studies the dataset holds, with no value known in advance. A study counts
/// once under each value it states, so a cell type chart's bars may add up to more than its studies, and once under
/// "not stated" when it states none. Phase and status, one value a study, are breakdowns of the whole; the rest are bars.
/// </remarks>
internal static class ChartsCommand
{
    /// <summary>The label of the bar that counts the studies whose sources state no value.</summary>
    private const string NotStated = "not stated";

    private static readonly Chart[] Charts =
    [
        new("phase", "phase, for each disease", DrawPhases),
        TermChart<StudyStatus>("status", "status", s => [s.Status], breakdown: true),
        TermChart("cell-type", "cell type", s => s.Interventions.Select(i => i.StemCellType)),
        TermChart("tissue", "tissue source", s => s.Interventions.Select(i => i.TissueSource)),
        TermChart("donor", "donor origin", s => s.Interventions.Select(i => i.DonorOrigin)),
        TermChart("route", "delivery route", s => s.Interventions.SelectMany(i => i.DeliveryRoutes)),
        new("year", "year started", DrawYears),
    ];

    internal static Command Create(ExplorerContext context)
    {
        var by = new Option<string>("--by")
        {
            Description = "Show one chart: " + string.Join("; ", Charts.Select(c => $"{c.Name} (studies by {c.Description})")) + ".",
            HelpName = "chart",
        };
        by.AcceptOnlyFromAmong([.. Charts.Select(c => c.Name)]);

        var command = new Command(
            "charts",
            "Show the dataset's studies as charts: by phase for each disease, by status, cell type, tissue source, donor origin "
            + "and route, and by the year they started. A study counts once under each value it states, and under "
            + $"'{NotStated}' when it states none.")
        {
            by,
        };
        command.SetAction(parseResult =>
        {
            var name = parseResult.GetValue(by);
            Show(context, [.. Charts.Where(c => name is null || c.Name == name)]);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Show(ExplorerContext context, IReadOnlyList<Chart> charts)
    {
        var screen = context.Screen;
        var studies = context.Dataset.Studies;
        screen.Heading($"The dataset in charts: {Text.Count(studies.Length, "study", "studies")}");
        foreach (var chart in charts)
        {
            screen.BlankLine();
            chart.Draw(screen, studies);
        }

        screen.BlankLine();
        screen.Line($"A study counts under each value it states, or under '{NotStated}'.");
        screen.Line("List the studies of a bar: studies --disease als --cell-type mesenchymal");
    }

    private static void DrawPhases(Screen screen, ImmutableArray<Study> studies)
    {
        var diseases = Disease.All.Where(d => studies.Any(s => s.Disease == d)).ToList();
        if (diseases.Count == 0)
        {
            screen.Breakdown(Title("phase", studies), []);
        }

        for (var i = 0; i < diseases.Count; i++)
        {
            if (i > 0)
            {
                screen.BlankLine();
            }

            ImmutableArray<Study> ofDisease = [.. studies.Where(s => s.Disease == diseases[i])];
            screen.Breakdown(Title("phase", ofDisease, diseases[i].DisplayName), CountTerms<TrialPhase>(ofDisease, s => [s.Phase]));
        }
    }

    // Every year from the first start to the last, with the years no study started as empty bars, so gaps show.
    private static void DrawYears(Screen screen, ImmutableArray<Study> studies)
    {
        var years = studies.Where(s => s.StartDate is not null).Select(s => s.StartDate!.Value.Year).ToList();
        List<(string Label, int Count)> bars = years.Count == 0
            ? []
            : [.. Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).Select(year => (Text.Number(year), years.Count(y => y == year)))];
        screen.BarChart(Title("year started", studies), WithNotStated(bars, studies.Length - years.Count));
    }

    /// <summary>A chart of the studies under each term of a vocabulary they state: bars, or a breakdown when each study states one at most.</summary>
    private static Chart TermChart<TTerm>(string name, string description, Func<Study, IEnumerable<TTerm?>> values, bool breakdown = false)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm> =>
        new(name, description, (screen, studies) =>
        {
            var title = Title(description, studies);
            var counts = CountTerms(studies, values);
            if (breakdown)
            {
                screen.Breakdown(title, counts);
            }
            else
            {
                screen.BarChart(title, counts);
            }
        });

    /// <summary>
    /// Counts the studies under each term of a vocabulary they state, in the vocabulary's order, leaving out the terms
    /// none states; then those that state none.
    /// </summary>
    private static IReadOnlyList<(string Label, int Count)> CountTerms<TTerm>(ImmutableArray<Study> studies, Func<Study, IEnumerable<TTerm?>> values)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        var stated = studies.Select(s => values(s).OfType<TTerm>().ToHashSet()).ToList();
        List<(string Label, int Count)> bars =
        [
            .. TTerm.All.Select(term => (term.Code, stated.Count(terms => terms.Contains(term)))).Where(bar => bar.Item2 > 0),
        ];
        return WithNotStated(bars, stated.Count(terms => terms.Count == 0));
    }

    private static IReadOnlyList<(string Label, int Count)> WithNotStated(List<(string Label, int Count)> bars, int notStated)
    {
        if (notStated > 0)
        {
            bars.Add((NotStated, notStated));
        }

        return bars;
    }

    private static string Title(string by, ImmutableArray<Study> studies, string? of = null) =>
        $"Studies by {by}{(of is null ? string.Empty : ": " + of)} ({Text.Count(studies.Length, "study", "studies")})";

    private sealed record Chart(string Name, string Description, Action<Screen, ImmutableArray<Study>> Draw);
}
